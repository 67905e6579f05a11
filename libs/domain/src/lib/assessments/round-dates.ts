import { addDays } from '../common/iso-day';
import { DomainRuleViolation } from '../errors/domain-rule-violation';
import { assertIsoDay } from '../readiness/evidence-validity';
import type { RoundStatus } from './round.types';

/** Certifying bodies ask for the self-evaluation six weeks before the audit or toetsing date. */
export const SELF_EVALUATION_WEEKS_BEFORE_TARGET = 6;

export function defaultSelfEvaluationDeadline(targetDate: string): string {
  return addDays(targetDate, -7 * SELF_EVALUATION_WEEKS_BEFORE_TARGET);
}

/** The deadline, given or by default; it may not fall after the date the round aims at. */
export function resolveSelfEvaluationDeadline(
  targetDate: string,
  given: string | null | undefined,
): string {
  const deadline = given ?? defaultSelfEvaluationDeadline(targetDate);
  if (assertIsoDay(deadline) > assertIsoDay(targetDate)) {
    throw new DomainRuleViolation('deadline-after-target-date', { deadline, targetDate });
  }
  return deadline;
}

/** A round aims at an audit or toetsing still to come: a date already past is a typing error. */
export function isTargetDateInPast(targetDate: string, today: string): boolean {
  return assertIsoDay(targetDate) < assertIsoDay(today);
}

export function assertTargetDateNotPast(targetDate: string, today: string): void {
  if (isTargetDateInPast(targetDate, today)) {
    throw new DomainRuleViolation('target-date-in-past', { targetDate, today });
  }
}

/** Only an open round can be late: a submitted self-evaluation is done. */
export function isSelfEvaluationOverdue(
  round: { status: RoundStatus; selfEvaluationDeadline: string },
  today: string,
): boolean {
  return round.status === 'draft' && assertIsoDay(today) > round.selfEvaluationDeadline;
}
