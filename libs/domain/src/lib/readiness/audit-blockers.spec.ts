import type { Criterion } from '../rubric/rubric.types';
import { computeAuditBlockers, selectAuditBlockers } from './audit-blockers';
import { computeReadiness } from './readiness';
import {
  assessment,
  criterion,
  EXPIRED_EVIDENCE,
  REFERENCE_DATE,
  rubric,
} from './readiness.fixtures';
import type { CriterionAssessment } from './readiness.types';

const sample = rubric([
  {
    code: 'OPD',
    criteria: [
      criterion('OPD-01', { weight: 2 }),
      criterion('OPD-05', { weight: 1, required: false }),
    ],
  },
  {
    code: 'VAK',
    criteria: [
      criterion('VAK-03', { weight: 3 }),
      criterion('VAK-01', { weight: 3 }),
      criterion('VAK-02', { weight: 3, allowNotApplicable: true }),
      criterion('VAK-04', { weight: 2 }),
    ],
  },
]);

describe('computeAuditBlockers', () => {
  it('lists required non-met criteria, heaviest first and by code within a weight', () => {
    const blockers = computeAuditBlockers(
      sample,
      [
        assessment('OPD-01', { level: 1 }),
        assessment('OPD-05', { level: 1 }),
        assessment('VAK-03', { evidence: [] }),
        assessment('VAK-02', { notApplicable: true }),
        assessment('VAK-04', { evidence: [EXPIRED_EVIDENCE] }),
      ],
      REFERENCE_DATE,
    );

    expect(blockers).toEqual([
      { code: 'VAK-01', title: 'Title VAK-01', domainCode: 'VAK', weight: 3, status: 'not-scored' },
      {
        code: 'VAK-03',
        title: 'Title VAK-03',
        domainCode: 'VAK',
        weight: 3,
        status: 'evidence-missing',
      },
      { code: 'OPD-01', title: 'Title OPD-01', domainCode: 'OPD', weight: 2, status: 'gap' },
      {
        code: 'VAK-04',
        title: 'Title VAK-04',
        domainCode: 'VAK',
        weight: 2,
        status: 'evidence-expired',
      },
    ]);
  });

  it.each<[string, Criterion, CriterionAssessment, boolean]>([
    ['a met required criterion', criterion('X-1'), assessment('X-1'), false],
    [
      'a not-applicable required criterion',
      criterion('X-1', { allowNotApplicable: true }),
      assessment('X-1', { notApplicable: true, level: null }),
      false,
    ],
    [
      'an optional criterion with a gap',
      criterion('X-1', { required: false }),
      assessment('X-1', { level: 1 }),
      false,
    ],
    ['a required criterion with a gap', criterion('X-1'), assessment('X-1', { level: 2 }), true],
    [
      'a required criterion with a refused not-applicable claim',
      criterion('X-1'),
      assessment('X-1', { notApplicable: true }),
      true,
    ],
  ])('treats %s as a blocker: %p', (_case, given, answer, expected) => {
    const single = rubric([{ code: 'VAK', criteria: [given] }]);

    expect(computeAuditBlockers(single, [answer], REFERENCE_DATE).length > 0).toBe(expected);
  });

  it('gives the same list from readiness already computed', () => {
    const given = [assessment('VAK-01', { level: 2 })];

    expect(selectAuditBlockers(computeReadiness(sample, given, REFERENCE_DATE).criteria)).toEqual(
      computeAuditBlockers(sample, given, REFERENCE_DATE),
    );
  });

  it('gives no blockers when every required criterion is met', () => {
    const allMet = ['OPD-01', 'VAK-01', 'VAK-02', 'VAK-03', 'VAK-04'].map((code) =>
      assessment(code),
    );

    expect(computeAuditBlockers(sample, allMet, REFERENCE_DATE)).toEqual([]);
  });
});
