import { addDays } from '../common/iso-day';
import { daysBetween } from '../dashboard/days';
import { nextPeriod, periodOf, type Period } from './periods';

/** How often a team answers the five prikkelende vragen. */
export type CheckInCadence = 'monthly' | 'quarterly';

export const CHECK_IN_CADENCES: readonly CheckInCadence[] = ['monthly', 'quarterly'];

/** A team that set no cadence yet answers quarterly: the lighter of the two. */
export const DEFAULT_CHECK_IN_CADENCE: CheckInCadence = 'quarterly';

/** The five questions of the verbetercyclus, in their fixed order. */
export const CHECK_IN_QUESTIONS = [
  'goes-well',
  'others-could-learn',
  'not-yet-well',
  'what-can-i-do',
  'where-do-i-need-help',
] as const;
export type CheckInQuestion = (typeof CHECK_IN_QUESTIONS)[number];

/**
 * The reminder comes this many days before the period ends, so there is still time to answer:
 * a week for a month, two weeks for a quarter.
 */
export const CHECK_IN_REMINDER_LEAD_DAYS: Record<CheckInCadence, number> = {
  monthly: 7,
  quarterly: 14,
};

function unitOf(cadence: CheckInCadence) {
  return cadence === 'monthly' ? 'month' : 'quarter';
}

/** The period a check-in answered on `today` belongs to: the running one. */
export function dueCheckInPeriod(today: string, cadence: CheckInCadence): Period {
  return periodOf(today, unitOf(cadence));
}

/** The period after the running one: when the next check-in opens. */
export function nextCheckInPeriod(today: string, cadence: CheckInCadence): Period {
  return nextPeriod(dueCheckInPeriod(today, cadence));
}

/** Whether an answer for `periodKey` may still be given on `today`: the running period or the one before. */
export function isCheckInPeriodOpen(
  periodKey: string,
  today: string,
  cadence: CheckInCadence,
): boolean {
  const running = dueCheckInPeriod(today, cadence);
  const previous = periodOf(addDays(running.from, -1), unitOf(cadence));
  return periodKey === running.key || periodKey === previous.key;
}

export interface CheckInReminderFacts {
  today: string;
  cadence: CheckInCadence;
  /** Whether this member already answered the running period. */
  hasAnswered: boolean;
}

/**
 * A member is reminded once per period, on the day the lead time before the period's end begins,
 * unless they answered already. One day, not a window: the daily job never nags twice.
 */
export function isCheckInReminderDue({
  today,
  cadence,
  hasAnswered,
}: CheckInReminderFacts): boolean {
  if (hasAnswered) {
    return false;
  }
  const period = dueCheckInPeriod(today, cadence);
  return daysBetween(today, period.to) === CHECK_IN_REMINDER_LEAD_DAYS[cadence];
}
