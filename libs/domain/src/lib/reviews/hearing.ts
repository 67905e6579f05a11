import { addDays } from '../common/iso-day';
import { DomainRuleViolation } from '../errors/domain-rule-violation';
import { DEFAULT_HEARING_DAYS, MAX_HEARING_DAYS, type LeerrapportStatus } from './review.types';

/**
 * Hoor en wederhoor: the last day on which the organisation may respond, counted in calendar
 * days from the day the leerrapport is issued (issued on 1 March with 14 days: until 15 March).
 */
export function hearingEndsOn(issuedOn: string, days: number = DEFAULT_HEARING_DAYS): string {
  if (!Number.isInteger(days) || days < 1 || days > MAX_HEARING_DAYS) {
    throw new DomainRuleViolation('invalid-hearing-period', { max: MAX_HEARING_DAYS });
  }
  return addDays(issuedOn, days);
}

/** Responses are accepted up to and including the last day of the period. */
export function isHearingOpen(
  status: LeerrapportStatus,
  endsOn: string | null,
  today: string,
): boolean {
  return status === 'hearing' && endsOn !== null && today <= endsOn;
}

/**
 * The status as it is today: a hearing whose period has ended is final, even before anyone has
 * written that down (the API then records it, lazily, on the next request that looks).
 */
export function effectiveLeerrapportStatus(
  status: LeerrapportStatus,
  endsOn: string | null,
  today: string,
): LeerrapportStatus {
  return status === 'hearing' && endsOn !== null && today > endsOn ? 'final' : status;
}

/**
 * The last day to respond, to show while the hearing runs; once the leerrapport is final, "one
 * can respond until" would be untrue next to "definitief", so there is none (the moment it became
 * final is shown instead).
 */
export function openHearingEndsOn(status: LeerrapportStatus, endsOn: string | null): string | null {
  return status === 'hearing' ? endsOn : null;
}
