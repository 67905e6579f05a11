import fc from 'fast-check';

import { isoDayIn } from '../common/iso-day';
import { DomainRuleViolation } from '../errors/domain-rule-violation';
import {
  assertInvitee,
  assertReviewerIsOutsider,
  grantsReviewAccess,
  leadOfNewInvitation,
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

describe('who may be invited', () => {
  it('refuses a member of the reviewed organisation (409)', () => {
    expect(() => assertReviewerIsOutsider(false, 'bo@buurtkracht.nl')).not.toThrow();
    expect(() => assertReviewerIsOutsider(true, 'kees@voorbeeld.nl')).toThrow(
      expect.objectContaining({
        code: 'reviewer-is-member',
        kind: 'conflict',
        details: { email: 'kees@voorbeeld.nl' },
      }) as DomainRuleViolation,
    );
  });

  it('accepts an invitation only as the address it was sent to (409)', () => {
    expect(() => assertInvitee('bo@buurtkracht.nl', 'bo@buurtkracht.nl')).not.toThrow();
    expect(() => assertInvitee('bo@buurtkracht.nl', 'eve@elders.nl')).toThrow(
      expect.objectContaining({
        code: 'invitation-email-mismatch',
        details: { email: 'bo@buurtkracht.nl' },
      }) as DomainRuleViolation,
    );
  });
});

describe('leadOfNewInvitation', () => {
  const lead = { email: 'bo@buurtkracht.nl', lead: true };
  const other = { email: 'ali@wijkwerk.nl', lead: false };

  it.each<[string, { email: string; lead: boolean }[], boolean | undefined, boolean]>([
    ['the first invitation, without a choice', [], undefined, true],
    ['a later one, without a choice', [lead], undefined, false],
    ['a later one, asked to be no lead', [other], false, false],
    ['a later one, asked to be the lead while there is none', [other], true, true],
  ])('makes %s the lead: %s', (_case, active, asked, expected) => {
    expect(leadOfNewInvitation(active, 'new@elders.nl', asked)).toBe(expected);
  });

  it('refuses a second active invitation to the same address (409)', () => {
    expect(() => leadOfNewInvitation([other], 'ali@wijkwerk.nl', undefined)).toThrow(
      expect.objectContaining({
        code: 'reviewer-already-invited',
        details: { email: 'ali@wijkwerk.nl' },
      }) as DomainRuleViolation,
    );
  });

  it('refuses a second lead (409)', () => {
    expect(() => leadOfNewInvitation([lead], 'new@elders.nl', true)).toThrow(
      expect.objectContaining({
        code: 'lead-reviewer-exists',
        kind: 'conflict',
      }) as DomainRuleViolation,
    );
  });

  it('never leaves a round with two leads, however invitations are sent', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            email: fc.constantFrom('a@x.nl', 'b@x.nl', 'c@x.nl', 'd@x.nl'),
            lead: fc.option(fc.boolean(), { nil: undefined }),
          }),
          { maxLength: 8 },
        ),
        (requests) => {
          const active: { email: string; lead: boolean }[] = [];
          for (const request of requests) {
            try {
              active.push({
                email: request.email,
                lead: leadOfNewInvitation(active, request.email, request.lead),
              });
            } catch (error) {
              expect(error).toBeInstanceOf(DomainRuleViolation);
            }
          }
          expect(active.filter((invitation) => invitation.lead).length).toBeLessThanOrEqual(1);
          expect(new Set(active.map((invitation) => invitation.email)).size).toBe(active.length);
          if (active.length > 0 && requests.every((request) => request.lead !== false)) {
            expect(active[0].lead).toBe(true);
          }
        },
      ),
    );
  });
});
