import { criterion, rubric } from '../readiness/readiness.fixtures';
import { checkReviewCompleteness, isReviewEditable } from './review-rules';

const RUBRIC = rubric([
  { code: 'OPD', criteria: [criterion('OPD-01'), criterion('OPD-02')] },
  { code: 'VAK', criteria: [criterion('VAK-01')] },
]);

describe('checkReviewCompleteness', () => {
  it('is complete when every criterion and the overall judgement are judged', () => {
    const findings = ['OPD-01', 'OPD-02', 'VAK-01'].map((criterionCode) => ({
      criterionCode,
      judgement: 'not-assessed' as const,
    }));
    expect(checkReviewCompleteness(RUBRIC, findings, 'meets')).toEqual({
      complete: true,
      missingCriteria: [],
      missingOverall: false,
    });
  });

  it('lists the criteria without a judgement in rubric order, and a missing overall judgement', () => {
    const findings = [
      { criterionCode: 'OPD-02', judgement: 'meets' as const },
      { criterionCode: 'VAK-01', judgement: null },
      { criterionCode: 'XYZ-99', judgement: 'meets' as const },
    ];
    expect(checkReviewCompleteness(RUBRIC, findings, null)).toEqual({
      complete: false,
      missingCriteria: ['OPD-01', 'VAK-01'],
      missingOverall: true,
    });
  });
});

describe('isReviewEditable', () => {
  it('lets a draft change and locks a submitted review', () => {
    expect(isReviewEditable('draft')).toBe(true);
    expect(isReviewEditable('submitted')).toBe(false);
  });
});
