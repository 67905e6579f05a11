import type { RoundStatus } from '../assessments/round.types';
import { isoDayIn } from '../common/iso-day';
import { assertIsoDay } from '../readiness/evidence-validity';
import { computeReadiness } from '../readiness/readiness';
import type { CriterionAssessment } from '../readiness/readiness.types';
import type { RubricVersion } from '../rubric/rubric.types';
import type { OrganisationTrend, TrendPoint } from './dashboard.types';
import { compareCodeUnits } from './round-report';

export interface TrendRoundInput {
  round: {
    id: string;
    title: string;
    status: RoundStatus;
    targetDate: string;
    /** ISO timestamp of the submission, null for a draft. */
    submittedAt: string | null;
    /** ISO timestamp; orders rounds with the same target date. */
    createdAt: string;
  };
  rubric: RubricVersion;
  assessments: readonly CriterionAssessment[];
  /** See roundReferenceDate. */
  referenceDate: string;
}

/**
 * The day a round's figures stand for: a submitted round is frozen, so its figures are those of
 * the day it was submitted (in the organisation's time zone); a draft is measured today.
 */
export function roundReferenceDate(
  round: { submittedAt: string | Date | null },
  today: string,
  timeZone = 'Europe/Amsterdam',
): string {
  if (round.submittedAt === null) {
    return assertIsoDay(today);
  }
  return isoDayIn(new Date(round.submittedAt), timeZone);
}

/** Readiness per round and domain, oldest round first (by target date, then creation). */
export function buildTrend(rounds: readonly TrendRoundInput[]): OrganisationTrend {
  const ordered = [...rounds].sort(
    (a, b) =>
      compareCodeUnits(a.round.targetDate, b.round.targetDate) ||
      compareCodeUnits(a.round.createdAt, b.round.createdAt) ||
      compareCodeUnits(a.round.id, b.round.id),
  );
  return { rounds: ordered.map(trendPoint) };
}

function trendPoint({ round, rubric, assessments, referenceDate }: TrendRoundInput): TrendPoint {
  const readiness = computeReadiness(rubric, assessments, referenceDate);
  return {
    roundId: round.id,
    title: round.title,
    status: round.status,
    targetDate: round.targetDate,
    submittedAt: round.submittedAt,
    overall: readiness.overall.score,
    domains: readiness.domains.map(({ code, title, score }) => ({ code, title, score })),
  };
}
