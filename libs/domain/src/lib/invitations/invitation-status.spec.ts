import { invitationLinkStatus, isInvitationOpen } from './invitation-status';

const now = new Date('2026-03-10T12:00:00Z');
const later = new Date('2026-03-11T12:00:00Z');
const earlier = new Date('2026-03-09T12:00:00Z');

describe('invitationLinkStatus', () => {
  it('is pending while unused, unrevoked and before its expiry', () => {
    expect(invitationLinkStatus({ expiresAt: later, acceptedAt: null, revokedAt: null }, now)).toBe(
      'pending',
    );
  });

  it('is expired from the moment of its expiry', () => {
    expect(invitationLinkStatus({ expiresAt: now, acceptedAt: null, revokedAt: null }, now)).toBe(
      'expired',
    );
  });

  it('is revoked when revoked before use, expired or not', () => {
    expect(
      invitationLinkStatus({ expiresAt: earlier, acceptedAt: null, revokedAt: earlier }, now),
    ).toBe('revoked');
  });

  it('stays accepted once used, even after its expiry', () => {
    expect(
      invitationLinkStatus({ expiresAt: earlier, acceptedAt: earlier, revokedAt: null }, now),
    ).toBe('accepted');
  });
});

describe('isInvitationOpen', () => {
  it('holds for a pending link only', () => {
    expect(isInvitationOpen({ expiresAt: later, acceptedAt: null, revokedAt: null }, now)).toBe(
      true,
    );
    expect(isInvitationOpen({ expiresAt: later, acceptedAt: now, revokedAt: null }, now)).toBe(
      false,
    );
    expect(isInvitationOpen({ expiresAt: later, acceptedAt: null, revokedAt: now }, now)).toBe(
      false,
    );
    expect(isInvitationOpen({ expiresAt: earlier, acceptedAt: null, revokedAt: null }, now)).toBe(
      false,
    );
  });
});
