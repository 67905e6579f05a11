/** Inputs and outputs of the readiness rules, shared by the API (dashboards) and the web app. */
import type { DomainCode } from '../rubric/rubric.types';

export const CRITERION_STATUSES = [
  'met',
  'gap',
  'not-scored',
  'not-applicable',
  'evidence-missing',
  'evidence-expired',
] as const;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

/** The statuses that keep a required criterion from counting towards the label. */
export type BlockingStatus = Exclude<CriterionStatus, 'met' | 'not-applicable'>;

/** Dates are ISO calendar days (`YYYY-MM-DD`); `validUntil: null` means the evidence does not expire. */
export interface EvidenceValidity {
  id: string;
  validUntil: string | null;
}

export interface CriterionAssessment {
  criterionCode: string;
  level: number | null;
  notApplicable: boolean;
  evidence: EvidenceValidity[];
}

export interface CriterionStatusDetail {
  status: CriterionStatus;
  level: number | null;
  metLevel: number;
  hasValidEvidence: boolean;
  expiredEvidenceIds: string[];
}

export interface CriterionReadiness extends CriterionStatusDetail {
  code: string;
  title: string;
  domainCode: DomainCode;
  weight: number;
  required: boolean;
}

export type StatusCounts = Record<CriterionStatus, number>;

/**
 * `score` is the percentage of applicable weight that is met, rounded to one decimal (0–100),
 * or null when there is no applicable weight at all (every criterion not applicable, or none).
 */
export interface ReadinessSummary {
  score: number | null;
  counts: StatusCounts;
  metWeight: number;
  applicableWeight: number;
}

export interface DomainReadiness extends ReadinessSummary {
  code: DomainCode;
  title: string;
}

export interface Readiness {
  overall: ReadinessSummary;
  domains: DomainReadiness[];
  criteria: CriterionReadiness[];
}

export interface AuditBlocker {
  code: string;
  title: string;
  domainCode: DomainCode;
  weight: number;
  status: BlockingStatus;
}
