/** Small hand-built rubrics for the readiness specs; deliberately independent of libs/criteria. */
import type { Criterion, DomainCode, RubricVersion } from '../rubric/rubric.types';
import type { CriterionAssessment, EvidenceValidity } from './readiness.types';

export const REFERENCE_DATE = '2025-06-30';
export const VALID_EVIDENCE: EvidenceValidity = { id: 'ev-open', validUntil: null };
export const EXPIRED_EVIDENCE: EvidenceValidity = { id: 'ev-old', validUntil: '2025-06-29' };

export function criterion(code: string, overrides: Partial<Criterion> = {}): Criterion {
  return {
    code,
    title: `Title ${code}`,
    description: 'Test criterion',
    guidanceQuestions: [],
    evidenceKinds: ['overig'],
    weight: 1,
    required: true,
    allowNotApplicable: false,
    maturityScale: [1, 2, 3, 4].map((level) => ({
      level,
      name: `Level ${level}`,
      descriptor: 'Test descriptor',
    })),
    metLevel: 3,
    ...overrides,
  };
}

export function rubric(domains: { code: DomainCode; criteria: Criterion[] }[]): RubricVersion {
  return {
    id: 'test-rubric',
    version: '1.0.0',
    status: 'published',
    title: 'Test rubric',
    effectiveDate: '2025-01-01',
    domains: domains.map(({ code, criteria }) => ({
      code,
      title: `Domain ${code}`,
      description: 'Test domain',
      criteria,
    })),
  };
}

export function assessment(
  criterionCode: string,
  overrides: Partial<CriterionAssessment> = {},
): CriterionAssessment {
  return {
    criterionCode,
    level: 3,
    notApplicable: false,
    evidence: [VALID_EVIDENCE],
    ...overrides,
  };
}
