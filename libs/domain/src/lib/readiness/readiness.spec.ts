import { computeReadiness, emptyStatusCounts, readinessScore } from './readiness';
import {
  assessment,
  criterion,
  EXPIRED_EVIDENCE,
  REFERENCE_DATE,
  rubric,
} from './readiness.fixtures';

// OPD: weights 2 + 1 (OPD-02 may be waived); VAK: weights 3 + 3 + 2; IMP: no criteria at all.
const sample = rubric([
  {
    code: 'OPD',
    criteria: [
      criterion('OPD-01', { weight: 2 }),
      criterion('OPD-02', { weight: 1, required: false, allowNotApplicable: true }),
    ],
  },
  {
    code: 'VAK',
    criteria: [
      criterion('VAK-01', { weight: 3 }),
      criterion('VAK-02', { weight: 3 }),
      criterion('VAK-03', { weight: 2 }),
    ],
  },
  { code: 'IMP', criteria: [] },
]);

describe('computeReadiness', () => {
  it('scores met weight over applicable weight per domain and overall', () => {
    const readiness = computeReadiness(
      sample,
      [
        assessment('OPD-01'),
        assessment('OPD-02', { notApplicable: true, level: null, evidence: [] }),
        assessment('VAK-01'),
        assessment('VAK-02', { level: 2 }),
        assessment('VAK-03', { evidence: [EXPIRED_EVIDENCE] }),
      ],
      REFERENCE_DATE,
    );

    expect(readiness.overall).toEqual({
      score: 50,
      metWeight: 5,
      applicableWeight: 10,
      counts: {
        ...emptyStatusCounts(),
        met: 2,
        gap: 1,
        'not-applicable': 1,
        'evidence-expired': 1,
      },
    });
    expect(
      readiness.domains.map(({ code, score, metWeight, applicableWeight }) => ({
        code,
        score,
        metWeight,
        applicableWeight,
      })),
    ).toEqual([
      { code: 'OPD', score: 100, metWeight: 2, applicableWeight: 2 },
      { code: 'VAK', score: 37.5, metWeight: 3, applicableWeight: 8 },
      { code: 'IMP', score: null, metWeight: 0, applicableWeight: 0 },
    ]);
  });

  it('counts criteria without an assessment as not scored', () => {
    const readiness = computeReadiness(sample, [], REFERENCE_DATE);

    expect(readiness.overall).toEqual({
      score: 0,
      metWeight: 0,
      applicableWeight: 11,
      counts: { ...emptyStatusCounts(), 'not-scored': 5 },
    });
    expect(readiness.criteria.every((item) => item.status === 'not-scored')).toBe(true);
  });

  it('always reports all six statuses, zero when none', () => {
    const { overall, domains } = computeReadiness(sample, [], REFERENCE_DATE);

    expect(Object.keys(overall.counts).sort()).toEqual([
      'evidence-expired',
      'evidence-missing',
      'gap',
      'met',
      'not-applicable',
      'not-scored',
    ]);
    expect(domains[2]).toEqual({
      code: 'IMP',
      title: 'Domain IMP',
      score: null,
      metWeight: 0,
      applicableWeight: 0,
      counts: emptyStatusCounts(),
    });
  });

  it('gives a null score when every criterion is not applicable', () => {
    const onlyOptional = rubric([
      { code: 'OPD', criteria: [criterion('OPD-05', { allowNotApplicable: true })] },
    ]);
    const readiness = computeReadiness(
      onlyOptional,
      [assessment('OPD-05', { notApplicable: true })],
      REFERENCE_DATE,
    );

    expect(readiness.overall.score).toBeNull();
    expect(readiness.domains[0]?.score).toBeNull();
  });

  it('lists every criterion with its domain, weight and status detail', () => {
    const [first] = computeReadiness(sample, [assessment('OPD-01')], REFERENCE_DATE).criteria;

    expect(first).toEqual({
      code: 'OPD-01',
      title: 'Title OPD-01',
      domainCode: 'OPD',
      weight: 2,
      required: true,
      status: 'met',
      level: 3,
      metLevel: 3,
      hasValidEvidence: true,
      expiredEvidenceIds: [],
    });
  });

  it('ignores assessments of criteria outside this rubric version', () => {
    const readiness = computeReadiness(sample, [assessment('OLD-99')], REFERENCE_DATE);

    expect(readiness.criteria.map((item) => item.code)).not.toContain('OLD-99');
    expect(readiness.overall.counts['not-scored']).toBe(5);
  });

  it('refuses two assessments of the same criterion', () => {
    const twice = [assessment('VAK-01'), assessment('VAK-01', { level: 1 })];

    expect(() => computeReadiness(sample, twice, REFERENCE_DATE)).toThrow(
      expect.objectContaining({
        code: 'duplicate-criterion-assessment',
        details: { criterionCode: 'VAK-01' },
      }),
    );
  });

  it('refuses a reference date that is not an ISO day', () => {
    expect(() => computeReadiness(sample, [], '2025-06-30T12:00:00Z')).toThrow(
      expect.objectContaining({ code: 'invalid-date' }),
    );
  });
});

describe('readinessScore', () => {
  it.each([
    [0, 10, 0],
    [10, 10, 100],
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 8, 12.5],
    [1, 80, 1.3],
    [3, 16, 18.8],
    [1, 2000, 0.1],
    [0, 0, null],
  ])('scores %i of %i as %p', (metWeight, applicableWeight, expected) => {
    expect(readinessScore(metWeight, applicableWeight)).toBe(expected);
  });
});
