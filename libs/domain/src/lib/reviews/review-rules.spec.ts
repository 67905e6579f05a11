import type { DomainRuleViolation } from '../errors/domain-rule-violation';
import { criterion, rubric } from '../readiness/readiness.fixtures';
import {
  assertReviewEditable,
  assertReviewSubmittable,
  checkReviewCompleteness,
  isReviewEditable,
  reviewAccessOf,
} from './review-rules';

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

describe('assertReviewEditable', () => {
  it('lets a draft change and refuses a submitted review (409)', () => {
    expect(() => assertReviewEditable('draft')).not.toThrow();
    expect(() => assertReviewEditable('submitted')).toThrow(
      expect.objectContaining({
        code: 'review-submitted',
        kind: 'conflict',
      }) as DomainRuleViolation,
    );
  });
});

describe('reviewAccessOf', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const later = new Date('2026-03-02T00:00:00Z');

  it.each<[string, Date | null, Date, string]>([
    ['an open invitation', null, later, 'active'],
    ['one expiring this very moment', null, now, 'expired'],
    ['an expired one', null, new Date('2026-02-01T00:00:00Z'), 'expired'],
    ['a revoked one, even before expiry', now, later, 'revoked'],
  ])('%s is %s', (_case, revokedAt, expiresAt, expected) => {
    expect(reviewAccessOf({ revokedAt, expiresAt }, now)).toBe(expected);
  });
});

describe('assertReviewSubmittable', () => {
  const complete = { complete: true, missingCriteria: [], missingOverall: false };

  it('submits a complete review before the leerrapport', () => {
    expect(() => assertReviewSubmittable(false, complete)).not.toThrow();
  });

  it('refuses once the leerrapport is issued, even a complete review (409)', () => {
    expect(() => assertReviewSubmittable(true, complete)).toThrow(
      expect.objectContaining({
        code: 'leerrapport-issued',
        kind: 'conflict',
      }) as DomainRuleViolation,
    );
  });

  it.each([
    [['OPD-01'], true, 'review-incomplete'],
    [['OPD-01'], false, 'review-incomplete'],
    [[], true, 'review-overall-missing'],
  ])(
    'with %p missing and the overall missing %p: %s (422)',
    (missingCriteria, missingOverall, code) => {
      expect(() =>
        assertReviewSubmittable(false, { complete: false, missingCriteria, missingOverall }),
      ).toThrow(
        expect.objectContaining({
          code,
          kind: 'invalid',
          details: { missing: missingCriteria },
          extensions: { missingCriteria, missingOverall },
        }) as DomainRuleViolation,
      );
    },
  );
});
