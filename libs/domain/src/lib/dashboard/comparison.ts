import { computeReadiness } from '../readiness/readiness';
import type { CriterionReadiness } from '../readiness/readiness.types';
import type { RubricVersion } from '../rubric/rubric.types';
import type { ComparedCriterion, CriterionChange, RoundComparison } from './dashboard.types';
import { toAssessments } from './round-report';
import type { ReportResponse } from './round-report.types';

/** One round as compared: its responses and the day its figures stand for (see roundReferenceDate). */
export interface ComparisonSide {
  round: { id: string; title: string };
  rubric: RubricVersion;
  responses: readonly ReportResponse[];
  referenceDate: string;
}

type Side = NonNullable<ComparedCriterion['before']>;

export const CRITERION_CHANGES: readonly CriterionChange[] = [
  'improved',
  'declined',
  'unchanged',
  'added',
  'removed',
];

/**
 * How one criterion changed between two rounds. A higher level is an improvement; at the same
 * level (or both without one) a criterion that now counts as met has improved and one that no
 * longer does has declined. Not applicable and not scored have no level. Swapping the rounds
 * swaps improved and declined (and added and removed).
 */
export function criterionChange(
  before: Pick<Side, 'level' | 'status'> | null,
  after: Pick<Side, 'level' | 'status'> | null,
): CriterionChange {
  if (before === null && after === null) {
    return 'unchanged';
  }
  if (before === null) {
    return 'added';
  }
  if (after === null) {
    return 'removed';
  }
  const difference = compareKey(after) - compareKey(before) || metKey(after) - metKey(before);
  if (difference > 0) {
    return 'improved';
  }
  return difference < 0 ? 'declined' : 'unchanged';
}

const compareKey = (side: Pick<Side, 'level' | 'status'>) =>
  side.status === 'not-applicable' || side.level === null ? -1 : side.level;
const metKey = (side: Pick<Side, 'status'>) => (side.status === 'met' ? 1 : 0);

/**
 * Criterion by criterion from `from` (the earlier round) to `to`. Rounds on different rubric
 * versions are matched by criterion code: codes only in `to` are added, codes only in `from`
 * removed. Order: `to`'s rubric order, then the removed criteria in `from`'s order.
 */
export function compareRounds(from: ComparisonSide, to: ComparisonSide): RoundComparison {
  const before = sideOf(from);
  const after = sideOf(to);
  const criteria: ComparedCriterion[] = [];
  for (const [code, current] of after) {
    const previous = before.get(code) ?? null;
    criteria.push(compared(current.criterion, previous?.side ?? null, current.side));
  }
  for (const [code, previous] of before) {
    if (!after.has(code)) {
      criteria.push(compared(previous.criterion, previous.side, null));
    }
  }
  const counts = Object.fromEntries(CRITERION_CHANGES.map((change) => [change, 0])) as Record<
    CriterionChange,
    number
  >;
  for (const criterion of criteria) {
    counts[criterion.change] += 1;
  }
  return {
    from: { id: from.round.id, title: from.round.title },
    to: { id: to.round.id, title: to.round.title },
    counts,
    criteria,
  };
}

function compared(
  criterion: CriterionReadiness,
  before: Side | null,
  after: Side | null,
): ComparedCriterion {
  return {
    code: criterion.code,
    title: criterion.title,
    domainCode: criterion.domainCode,
    change: criterionChange(before, after),
    before,
    after,
  };
}

function sideOf(side: ComparisonSide): Map<string, { criterion: CriterionReadiness; side: Side }> {
  const readiness = computeReadiness(
    side.rubric,
    toAssessments(side.responses),
    side.referenceDate,
  );
  const responses = new Map(side.responses.map((response) => [response.criterionCode, response]));
  return new Map(
    readiness.criteria.map((criterion) => {
      const response = responses.get(criterion.code);
      return [
        criterion.code,
        {
          criterion,
          side: {
            level: criterion.level,
            status: criterion.status,
            rationale: rationaleOf(response),
          },
        },
      ];
    }),
  );
}

function rationaleOf(response: ReportResponse | undefined): string {
  if (!response) {
    return '';
  }
  if (response.notApplicable && response.rationale.trim() === '') {
    return response.notApplicableReason ?? '';
  }
  return response.rationale;
}
