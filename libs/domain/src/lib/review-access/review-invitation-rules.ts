import { addDays } from '../common/iso-day';
import { DomainRuleViolation, stateConflict } from '../errors/domain-rule-violation';
import { assertIsoDay } from '../readiness/evidence-validity';
import {
  REVIEW_INVITATION_DEFAULT_DAYS,
  REVIEW_INVITATION_MAX_DAYS,
  type ReviewInvitationStatus,
} from './review-invitation.types';

/** The moments that decide what an invitation is worth now. */
export interface ReviewInvitationState {
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * Revoked wins over everything, then expiry (an accepted invitation expires too: the access ends
 * on its expiry date), then acceptance.
 */
export function reviewInvitationStatus(
  invitation: ReviewInvitationState,
  now: Date,
): ReviewInvitationStatus {
  if (invitation.revokedAt) {
    return 'revoked';
  }
  if (invitation.expiresAt.getTime() <= now.getTime()) {
    return 'expired';
  }
  return invitation.acceptedAt ? 'accepted' : 'pending';
}

/** Whether an accepted invitation still grants its reviewer access to the round. */
export function grantsReviewAccess(invitation: ReviewInvitationState, now: Date): boolean {
  return reviewInvitationStatus(invitation, now) === 'accepted';
}

/**
 * The last day the invitation works: today + 30 when not given; never before today and at most
 * today + 90 (`today` is the organisation's calendar day).
 */
export function reviewInvitationLastDay(today: string, expiresOn?: string | null): string {
  const last = expiresOn ? assertIsoDay(expiresOn) : addDays(today, REVIEW_INVITATION_DEFAULT_DAYS);
  if (last < assertIsoDay(today)) {
    throw new DomainRuleViolation('review-invitation-expiry-in-past', { expiresOn: last });
  }
  const latest = addDays(today, REVIEW_INVITATION_MAX_DAYS);
  if (last > latest) {
    throw new DomainRuleViolation('review-invitation-expiry-too-late', {
      expiresOn: last,
      latest,
    });
  }
  return last;
}

/** Minutes a time zone is ahead of UTC at an instant (Amsterdam: 60 in winter, 120 in summer). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The instant a calendar day starts in a time zone (midnight local time). */
export function startOfDayIn(day: string, timeZone = 'Europe/Amsterdam'): Date {
  const [year, month, date] = assertIsoDay(day).split('-').map(Number);
  const midnightUtc = Date.UTC(year, month - 1, date);
  const guess = midnightUtc - offsetMinutes(new Date(midnightUtc), timeZone) * 60_000;
  // Around a daylight-saving change the offset at the guess may differ from the one at UTC midnight.
  return new Date(midnightUtc - offsetMinutes(new Date(guess), timeZone) * 60_000);
}

/** An invitation valid through `lastDay` (Amsterdam) expires when the next day begins. */
export function reviewInvitationExpiresAt(lastDay: string, timeZone = 'Europe/Amsterdam'): Date {
  return startOfDayIn(addDays(lastDay, 1), timeZone);
}

/** A reviewer looks from outside: a member of the reviewed organisation cannot review it. */
export function assertReviewerIsOutsider(isMember: boolean, email: string): void {
  if (isMember) {
    throw stateConflict('reviewer-is-member', { email });
  }
}

/** The invitation is for one address; accepting it as someone else is refused. */
export function assertInvitee(invitationEmail: string, email: string): void {
  if (invitationEmail !== email) {
    throw stateConflict('invitation-email-mismatch', { email: invitationEmail });
  }
}

/**
 * Whether a new invitation to `email` makes its reviewer the lead, given the round's active
 * invitations: one invitation per address at a time, and one lead reviewer per round. Without a
 * choice, the first invitation is the lead's.
 */
export function leadOfNewInvitation(
  active: readonly { email: string; lead: boolean }[],
  email: string,
  lead: boolean | undefined,
): boolean {
  if (active.some((invitation) => invitation.email === email)) {
    throw stateConflict('reviewer-already-invited', { email });
  }
  const hasLead = active.some((invitation) => invitation.lead);
  if (lead === true && hasLead) {
    throw stateConflict('lead-reviewer-exists');
  }
  return lead ?? !hasLead;
}
