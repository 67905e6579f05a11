import { isoDayIn } from '../common/iso-day';
import { DomainRuleViolation } from '../errors/domain-rule-violation';
import {
  grantsReviewAccess,
  reviewInvitationExpiresAt,
  reviewInvitationLastDay,
  reviewInvitationStatus,
  startOfDayIn,
} from './review-invitation-rules';

const at = (iso: string) => new Date(iso);

describe('reviewInvitationStatus', () => {
  const expiresAt = at('2026-06-01T22:00:00Z');
  const before = at('2026-06-01T21:59:59Z');

  it.each([
    ['pending', 'not accepted yet', { expiresAt, acceptedAt: null, revokedAt: null }, before],
    [
      'accepted',
      'accepted, before expiry',
      { expiresAt, acceptedAt: before, revokedAt: null },
      before,
    ],
    [
      'revoked',
      'accepted, then revoked',
      { expiresAt, acceptedAt: before, revokedAt: before },
      before,
    ],
    [
      'revoked',
      'revoked and past expiry',
      { expiresAt, acceptedAt: null, revokedAt: before },
      expiresAt,
    ],
    [
      'expired',
      'never accepted, at expiry',
      { expiresAt, acceptedAt: null, revokedAt: null },
      expiresAt,
    ],
    [
      'expired',
      'accepted, at expiry',
      { expiresAt, acceptedAt: before, revokedAt: null },
      expiresAt,
    ],
  ] as const)('is %s when %s', (status, _case, invitation, now) => {
    expect(reviewInvitationStatus(invitation, now)).toBe(status);
  });

  it('grants access only while accepted, unrevoked and before the expiry instant', () => {
    const accepted = { expiresAt, acceptedAt: before, revokedAt: null };
    expect(grantsReviewAccess(accepted, before)).toBe(true);
    expect(grantsReviewAccess(accepted, expiresAt)).toBe(false);
    expect(grantsReviewAccess({ ...accepted, revokedAt: before }, before)).toBe(false);
    expect(grantsReviewAccess({ ...accepted, acceptedAt: null }, before)).toBe(false);
  });
});

describe('reviewInvitationLastDay', () => {
  it('defaults to 30 days after today', () => {
    expect(reviewInvitationLastDay('2026-01-15')).toBe('2026-02-14');
    expect(reviewInvitationLastDay('2026-01-15', null)).toBe('2026-02-14');
  });

  it('accepts today and today + 90', () => {
    expect(reviewInvitationLastDay('2026-01-15', '2026-01-15')).toBe('2026-01-15');
    expect(reviewInvitationLastDay('2026-01-15', '2026-04-15')).toBe('2026-04-15');
  });

  it.each([
    ['2026-01-14', 'review-invitation-expiry-in-past'],
    ['2026-04-16', 'review-invitation-expiry-too-late'],
  ])('refuses %s with %s', (day, code) => {
    expect(() => reviewInvitationLastDay('2026-01-15', day)).toThrow(DomainRuleViolation);
    expect(() => reviewInvitationLastDay('2026-01-15', day)).toThrow(code);
  });
});

describe('startOfDayIn and reviewInvitationExpiresAt', () => {
  it.each([
    ['2026-01-15', '2026-01-14T23:00:00.000Z'],
    ['2026-07-01', '2026-06-30T22:00:00.000Z'],
    // Both daylight-saving changes of 2026 in Amsterdam (29 March, 25 October).
    ['2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['2026-03-30', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z'],
    ['2026-10-26', '2026-10-25T23:00:00.000Z'],
  ])('starts %s in Amsterdam at %s', (day, instant) => {
    expect(startOfDayIn(day).toISOString()).toBe(instant);
  });

  it('lets an invitation work through its whole last day, Amsterdam time', () => {
    const expiresAt = reviewInvitationExpiresAt('2026-03-28');
    expect(expiresAt.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(isoDayIn(new Date(expiresAt.getTime() - 1))).toBe('2026-03-28');
    expect(isoDayIn(expiresAt)).toBe('2026-03-29');
  });

  it('works in another time zone too', () => {
    expect(startOfDayIn('2026-01-15', 'UTC').toISOString()).toBe('2026-01-15T00:00:00.000Z');
    expect(startOfDayIn('2026-01-15', 'America/New_York').toISOString()).toBe(
      '2026-01-15T05:00:00.000Z',
    );
  });
});
