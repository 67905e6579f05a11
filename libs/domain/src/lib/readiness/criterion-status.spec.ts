import { DomainRuleViolation } from '../errors/domain-rule-violation';
import { computeCriterionStatus } from './criterion-status';
import { isEvidenceValidOn } from './evidence-validity';
import {
  assessment,
  criterion,
  EXPIRED_EVIDENCE,
  REFERENCE_DATE,
  VALID_EVIDENCE,
} from './readiness.fixtures';
import type { CriterionAssessment, CriterionStatus } from './readiness.types';

const waivable = criterion('OPD-05', { allowNotApplicable: true });
const mandatory = criterion('VAK-01', { allowNotApplicable: false });

describe('computeCriterionStatus', () => {
  it.each<[string, CriterionAssessment | undefined, CriterionStatus]>([
    ['met at the met level with open-ended evidence', assessment('OPD-05'), 'met'],
    ['met at the top level', assessment('OPD-05', { level: 4 }), 'met'],
    [
      'met above the scale (the scale bound is not this rule)',
      assessment('OPD-05', { level: 9 }),
      'met',
    ],
    [
      'met on the last valid day of the evidence',
      assessment('OPD-05', { evidence: [{ id: 'e', validUntil: REFERENCE_DATE }] }),
      'met',
    ],
    [
      'met when one of several items is still valid',
      assessment('OPD-05', { evidence: [EXPIRED_EVIDENCE, VALID_EVIDENCE] }),
      'met',
    ],
    ['gap one level below the met level', assessment('OPD-05', { level: 2 }), 'gap'],
    ['gap at level 0', assessment('OPD-05', { level: 0 }), 'gap'],
    ['gap even without evidence', assessment('OPD-05', { level: 1, evidence: [] }), 'gap'],
    ['not scored without an assessment', undefined, 'not-scored'],
    ['not scored without a level', assessment('OPD-05', { level: null }), 'not-scored'],
    ['not scored when the level is NaN', assessment('OPD-05', { level: Number.NaN }), 'not-scored'],
    [
      'not applicable when the criterion allows it',
      assessment('OPD-05', { notApplicable: true, level: null }),
      'not-applicable',
    ],
    [
      'not applicable wins over a level',
      assessment('OPD-05', { notApplicable: true, level: 1 }),
      'not-applicable',
    ],
    [
      'evidence missing at the met level without evidence',
      assessment('OPD-05', { evidence: [] }),
      'evidence-missing',
    ],
    [
      'evidence expired the day before',
      assessment('OPD-05', { evidence: [EXPIRED_EVIDENCE] }),
      'evidence-expired',
    ],
  ])('%s', (_case, given, expected) => {
    expect(computeCriterionStatus(waivable, given, REFERENCE_DATE).status).toBe(expected);
  });

  it.each<[string, CriterionAssessment, CriterionStatus]>([
    ['without a level', assessment('VAK-01', { notApplicable: true, level: null }), 'not-scored'],
    ['with a met level and evidence', assessment('VAK-01', { notApplicable: true }), 'not-scored'],
  ])('treats a refused not-applicable claim %s as not scored', (_case, given, expected) => {
    expect(computeCriterionStatus(mandatory, given, REFERENCE_DATE).status).toBe(expected);
  });

  it.each([
    [1, 1, 'met'],
    [2, 1, 'gap'],
    [4, 3, 'gap'],
    [4, 4, 'met'],
  ])('compares against the criterion met level %i (level %i → %s)', (metLevel, level, expected) => {
    const status = computeCriterionStatus(
      criterion('IMP-01', { metLevel }),
      assessment('IMP-01', { level }),
      REFERENCE_DATE,
    ).status;
    expect(status).toBe(expected);
  });

  it('reports level, met level, valid evidence and the expired items', () => {
    const given = assessment('OPD-05', {
      level: 2,
      evidence: [EXPIRED_EVIDENCE, VALID_EVIDENCE, { id: 'ev-2024', validUntil: '2024-12-31' }],
    });

    expect(computeCriterionStatus(waivable, given, REFERENCE_DATE)).toEqual({
      status: 'gap',
      level: 2,
      metLevel: 3,
      hasValidEvidence: true,
      expiredEvidenceIds: ['ev-old', 'ev-2024'],
    });
  });

  it('reports no level and no evidence for a criterion without assessment', () => {
    expect(computeCriterionStatus(waivable, undefined, REFERENCE_DATE)).toEqual({
      status: 'not-scored',
      level: null,
      metLevel: 3,
      hasValidEvidence: false,
      expiredEvidenceIds: [],
    });
  });
});

describe('isEvidenceValidOn', () => {
  it.each([
    [null, true],
    ['2025-07-01', true],
    [REFERENCE_DATE, true],
    ['2025-06-29', false],
    ['2024-12-31', false],
    ['2026-01-01', true],
  ])('evidence valid until %p is valid on 2025-06-30: %p', (validUntil, expected) => {
    expect(isEvidenceValidOn({ id: 'e', validUntil }, REFERENCE_DATE)).toBe(expected);
  });

  it.each(['30-06-2025', '2025-6-30', '2025-06-30T10:00:00Z', '2025-13-01', '2025-06-32', ''])(
    'refuses %p as a date',
    (value) => {
      expect(() => isEvidenceValidOn({ id: 'e', validUntil: value }, REFERENCE_DATE)).toThrow(
        expect.objectContaining({ code: 'invalid-date' }),
      );
      expect(() => isEvidenceValidOn({ id: 'e', validUntil: null }, value)).toThrow(
        DomainRuleViolation,
      );
    },
  );
});
