import {
  AssessmentRoundDetail,
  computeReadiness,
  CriterionResponse,
  CriterionStatus,
  DomainCode,
  MemberRef,
  ResponseReview,
  ResponseState,
  RubricVersion,
} from '@labelklaar/domain';

/** One criterion as the round page lists it. */
export interface CriterionRow {
  code: string;
  title: string;
  required: boolean;
  status: CriterionStatus;
  level: number | null;
  metLevel: number;
  state: ResponseState | null;
  owner: MemberRef | null;
  evidenceCount: number;
  expiredEvidenceCount: number;
  isCarriedOver: boolean;
  /** The answer's version for a save from the table ("Klopt nog"), or null without an answer. */
  version: number | null;
  /** The quality officer's check (klaar voor controle), if any. */
  review: ResponseReview | null;
}

export interface DomainSection {
  code: DomainCode;
  title: string;
  answered: number;
  total: number;
  /** Percentage of applicable weight met, or null when nothing applies. */
  score: number | null;
  rows: CriterionRow[];
}

/**
 * The round per domain, with readiness from the shared rules. Evidence counts as expired when it
 * is no longer valid on the round's target date, as the API flags it.
 */
export function buildRoundView(
  rubric: RubricVersion,
  round: AssessmentRoundDetail,
): DomainSection[] {
  const responses = new Map(round.responses.map((response) => [response.criterionCode, response]));
  const readiness = computeReadiness(rubric, round.responses.map(toAssessment), round.targetDate);
  const statusOf = new Map(readiness.criteria.map((criterion) => [criterion.code, criterion]));
  return rubric.domains.map((domain) => {
    const progress = round.progress.domains.find((p) => p.code === domain.code);
    return {
      code: domain.code,
      title: domain.title,
      answered: progress?.answered ?? 0,
      total: progress?.total ?? domain.criteria.length,
      score: readiness.domains.find((d) => d.code === domain.code)?.score ?? null,
      rows: domain.criteria.map((criterion) => {
        const response = responses.get(criterion.code);
        return {
          code: criterion.code,
          title: criterion.title,
          required: criterion.required,
          status: statusOf.get(criterion.code)?.status ?? 'not-scored',
          level: response?.notApplicable ? null : (response?.level ?? null),
          metLevel: criterion.metLevel,
          state: response?.state ?? null,
          review: response?.review ?? null,
          owner: response?.owner ?? null,
          evidenceCount: response?.evidence.length ?? 0,
          expiredEvidenceCount: response?.evidence.filter((e) => e.isExpired).length ?? 0,
          isCarriedOver: response?.isCarriedOver ?? false,
          version: response?.version ?? null,
        };
      }),
    };
  });
}

function toAssessment(response: CriterionResponse) {
  return {
    criterionCode: response.criterionCode,
    level: response.level,
    notApplicable: response.notApplicable,
    evidence: response.evidence.map((e) => ({ id: e.id, validUntil: e.validUntil })),
  };
}
