import {
  AssessmentRoundDetail,
  computeReadiness,
  Criterion,
  CriterionResponse,
  CriterionStatus,
  ImprovementAction,
  ReviewDetail,
  ReviewFinding,
  RubricDomain,
  RubricVersionDetail,
} from '@labelklaar/domain';

import { buildRoundView, DomainSection } from '../../assessment-rounds/round-view';

export interface ReviewViewInput {
  review: ReviewDetail;
  round: AssessmentRoundDetail;
  rubric: RubricVersionDetail;
  actions: ImprovementAction[];
  /** The criterion code asked for; unknown or absent shows the first. */
  selected: string | null;
  lang: 'nl' | 'en';
}

/** The criterion on screen: what the organisation said beside what the reviewer writes. */
export interface SelectedCriterion {
  domain: RubricDomain;
  criterion: Criterion;
  response: CriterionResponse | null;
  status: CriterionStatus | null;
  actions: ImprovementAction[];
  finding: ReviewFinding | null;
  previous: string | null;
  next: string | null;
}

export interface ReviewView {
  domains: DomainSection[];
  findings: ReadonlyMap<string, ReviewFinding>;
  /** Criteria with a judgement ('not-assessed' counts: it is a judgement). */
  judged: number;
  total: number;
  /** Readiness of the whole round (percentage of applicable weight met), as on the round page. */
  overallScore: number | null;
  selected: SelectedCriterion | null;
  kindLabels: ReadonlyMap<string, string>;
}

/** Everything the review page shows, from the review, the round, its rubric and its actions. */
export function buildReviewView(input: ReviewViewInput): ReviewView {
  const { review, round, rubric } = input;
  const findings = new Map(review.findings.map((finding) => [finding.criterionCode, finding]));
  const criteria = rubric.domains.flatMap((domain) =>
    domain.criteria.map((criterion) => ({ domain, criterion })),
  );
  const domains = buildRoundView(rubric, round);
  const readiness = computeReadiness(
    rubric,
    round.responses.map((r) => ({
      criterionCode: r.criterionCode,
      level: r.level,
      notApplicable: r.notApplicable,
      evidence: r.evidence.map((e) => ({ id: e.id, validUntil: e.validUntil })),
    })),
    round.targetDate,
  );
  const index = Math.max(
    0,
    criteria.findIndex((entry) => entry.criterion.code === input.selected),
  );
  const current = criteria.at(index);
  const code = current?.criterion.code;
  return {
    domains,
    findings,
    judged: criteria.filter((entry) => findings.get(entry.criterion.code)?.judgement).length,
    total: criteria.length,
    overallScore: readiness.overall.score,
    kindLabels: new Map(rubric.evidenceKinds.map((kind) => [kind.key, kind.label[input.lang]])),
    selected: current
      ? {
          ...current,
          response: round.responses.find((r) => r.criterionCode === code) ?? null,
          status: readiness.criteria.find((c) => c.code === code)?.status ?? null,
          actions: input.actions.filter((action) => action.criterionCode === code),
          finding: (code && findings.get(code)) || null,
          previous: index > 0 ? criteria[index - 1].criterion.code : null,
          next: criteria.at(index + 1)?.criterion.code ?? null,
        }
      : null,
  };
}

/** The review with one finding replaced by what the API saved. */
export function withFinding(review: ReviewDetail, finding: ReviewFinding): ReviewDetail {
  const others = review.findings.filter((f) => f.criterionCode !== finding.criterionCode);
  return { ...review, findings: [...others, finding] };
}
