import { isActionOverdue } from '../actions/action-rules';
import type { ImprovementAction } from '../actions/action.types';
import type { AssessmentRound, MyCriterion } from '../assessments/round.types';
import { addDays } from '../common/iso-day';
import type { MemberRole } from '../organisations/organisation.types';
import { assertIsoDay } from '../readiness/evidence-validity';
import type { AuditBlocker } from '../readiness/readiness.types';
import type { RoundReadinessReport } from './dashboard.types';
import { daysBetween } from './days';

/**
 * The home page: where the organisation stands, for the person looking. Every figure comes from
 * the round list (progress) and the readiness report; this only picks and counts.
 */

/** An action due within this many days counts as "due" on the home page. */
export const HOME_ACTION_HORIZON_DAYS = 14;
/** At most this many blockers and actions are listed by name; the counts are always complete. */
export const HOME_LIST_LIMIT = 5;

export interface HomeRound {
  id: string;
  title: string;
  status: AssessmentRound['status'];
  targetDate: string;
  selfEvaluationDeadline: string;
  /** Calendar days from today; negative once past. */
  daysToDeadline: number;
  daysToTarget: number;
  isSelfEvaluationOverdue: boolean;
  /** Readiness percentage (one decimal), null without any applicable weight. */
  readiness: number | null;
  blockerCount: number;
  blockers: AuditBlocker[];
  /** Answers marked "klaar voor controle", waiting for the quality officer. */
  readyForReviewCount: number;
  answered: number;
  total: number;
}

export interface HomeAction {
  id: string;
  roundId: string;
  criterionCode: string;
  title: string;
  dueDate: string | null;
  isOverdue: boolean;
  ownerName: string | null;
}

export interface HomeActions {
  overdue: number;
  /** Open, not late: due within the horizon (or at all, when every open action counts). */
  dueSoon: number;
  items: HomeAction[];
}

export interface HomeMyCriteria {
  total: number;
  /** Not yet marked ready for the quality officer. */
  toDo: number;
  /** Neither scored nor marked not applicable. */
  unanswered: number;
  items: MyCriterion[];
}

export interface HomeAdmin {
  rubricCount: number;
  /** Organisations counted in the sector figures (their latest submitted round), all rubrics. */
  sectorOrganisations: number;
}

export interface HomeOverview {
  referenceDate: string;
  organisationId: string | null;
  organisationName: string | null;
  role: MemberRole | null;
  isPlatformAdmin: boolean;
  /** Open rounds; for a manager without an open round, the latest submitted one. */
  rounds: HomeRound[];
  actions: HomeActions | null;
  myCriteria: HomeMyCriteria | null;
  admin: HomeAdmin | null;
}

export function toHomeRound(
  round: AssessmentRound,
  report: RoundReadinessReport,
  today: string,
): HomeRound {
  return {
    id: round.id,
    title: round.title,
    status: round.status,
    targetDate: round.targetDate,
    selfEvaluationDeadline: round.selfEvaluationDeadline,
    daysToDeadline: daysBetween(today, round.selfEvaluationDeadline),
    daysToTarget: report.daysToTarget,
    isSelfEvaluationOverdue: round.isSelfEvaluationOverdue,
    readiness: report.overall.score,
    blockerCount: report.blockers.length,
    blockers: report.blockers.slice(0, HOME_LIST_LIMIT),
    readyForReviewCount: round.progress.readyForReview,
    answered: round.progress.answered,
    total: round.progress.total,
  };
}

/**
 * The rounds the home page shows: the open ones, soonest target first; a manager with none
 * open still sees where the latest submitted round ended.
 */
export function homeRounds<
  T extends Pick<AssessmentRound, 'status' | 'targetDate' | 'submittedAt'>,
>(rounds: readonly T[], role: MemberRole): T[] {
  const open = rounds
    .filter((round) => round.status === 'draft')
    .sort((a, b) => a.targetDate.localeCompare(b.targetDate));
  if (open.length > 0 || role !== 'manager') {
    return open;
  }
  const done = rounds
    .filter((round) => round.status === 'submitted' || round.status === 'reviewed')
    .sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''));
  return done.slice(0, 1);
}

/**
 * Open actions that are late or due within the horizon (every open one with `horizonDays` null,
 * undated last), soonest due first.
 */
export function homeActions(
  actions: readonly ImprovementAction[],
  today: string,
  horizonDays: number | null = HOME_ACTION_HORIZON_DAYS,
): HomeActions {
  const horizon = horizonDays === null ? null : addDays(assertIsoDay(today), horizonDays);
  const relevant = actions
    .filter((action) => action.status === 'open' || action.status === 'in-progress')
    .filter((action) => horizon === null || (action.dueDate !== null && action.dueDate <= horizon))
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const overdue = relevant.filter((action) => isActionOverdue(action, today)).length;
  return {
    overdue,
    dueSoon: relevant.length - overdue,
    items: relevant.slice(0, HOME_LIST_LIMIT).map((action) => ({
      id: action.id,
      roundId: action.roundId,
      criterionCode: action.criterionCode,
      title: action.title,
      dueDate: action.dueDate,
      isOverdue: isActionOverdue(action, today),
      ownerName: action.owner?.displayName ?? null,
    })),
  };
}

/** A contributor's own criteria in open rounds: how many still wait for them. */
export function homeMyCriteria(criteria: readonly MyCriterion[]): HomeMyCriteria {
  const toDo = criteria.filter((criterion) => criterion.state !== 'ready-for-review');
  return {
    total: criteria.length,
    toDo: toDo.length,
    unanswered: criteria.filter((criterion) => criterion.level === null && !criterion.notApplicable)
      .length,
    items: toDo.slice(0, HOME_LIST_LIMIT * 2),
  };
}
