import { MemberRole } from '@labelklaar/domain';

import { DataSource } from 'typeorm';

import { ReviewerGrant, SessionContext } from '../common/auth/request-context';

interface SessionActorRow {
  sessionId: string;
  userId: string;
  activeOrganisationId: string | null;
  email: string;
  displayName: string;
  platformAdmin: boolean;
  membershipId: string | null;
  membershipRole: MemberRole | null;
  lastSeenAt: Date;
  grantId: string | null;
  grantOrganisationId: string | null;
  grantRoundId: string | null;
}

/** A session as one request finds it: who, their active membership and any review grant. */
export interface SessionActor {
  session: SessionContext;
  lastSeenAt: Date;
  /** For the round asked about (`reviewRoundId`): the grant of an accepted invitation, or null. */
  reviewGrant: ReviewerGrant | null;
}

/**
 * Read model: who a session cookie belongs to, with their membership in the session's active
 * organisation and, when the request names a round a reviewer may read, their review grant for
 * it, in one query. It reads the organisations context's `memberships` and the review-access
 * context's `review_invitations` tables, which every guarded request needs and which only this
 * read model reads from auth; both are their contexts' to change. The grant follows the rule of
 * ReviewInvitationsRepository.activeGrant and ReviewerScopeService: an invitation this user
 * accepted, not revoked, expiring after `now`, of an organisation the user is no member of.
 */
export async function readSessionActor(
  dataSource: DataSource,
  tokenHash: string,
  now: Date,
  reviewRoundId: string | null = null,
): Promise<SessionActor | null> {
  const rows: SessionActorRow[] = await dataSource.query(
    `SELECT s.id AS "sessionId", s.user_id AS "userId", s.active_organisation_id AS "activeOrganisationId",
            u.email AS "email", u.display_name AS "displayName", u.platform_admin AS "platformAdmin",
            m.id AS "membershipId", m.role AS "membershipRole",
            s.last_seen_at AS "lastSeenAt",
            g.id AS "grantId", g.organisation_id AS "grantOrganisationId", g.round_id AS "grantRoundId"
       FROM sessions s
       JOIN users u ON u.id = s.user_id
       LEFT JOIN memberships m ON m.organisation_id = s.active_organisation_id AND m.user_id = s.user_id
       LEFT JOIN LATERAL (
         SELECT i.id, i.organisation_id, i.round_id FROM review_invitations i
          WHERE $3::uuid IS NOT NULL AND i.round_id = $3::uuid AND i.accepted_by_user_id = s.user_id
            AND i.revoked_at IS NULL AND i.expires_at > $2
            AND NOT EXISTS (SELECT 1 FROM memberships rm
                             WHERE rm.organisation_id = i.organisation_id AND rm.user_id = s.user_id)
          ORDER BY i.expires_at DESC LIMIT 1
       ) g ON true
      WHERE s.token_hash = $1 AND s.expires_at > $2`,
    [tokenHash, now, reviewRoundId],
  );
  const [row] = rows;
  if (!row) {
    return null;
  }
  const {
    membershipId,
    membershipRole,
    lastSeenAt,
    grantId,
    grantOrganisationId,
    grantRoundId,
    ...session
  } = row;
  return {
    session: {
      ...session,
      activeMembership:
        membershipId && membershipRole && session.activeOrganisationId
          ? { id: membershipId, organisationId: session.activeOrganisationId, role: membershipRole }
          : null,
    },
    lastSeenAt,
    reviewGrant:
      grantId && grantOrganisationId && grantRoundId
        ? { invitationId: grantId, organisationId: grantOrganisationId, roundId: grantRoundId }
        : null,
  };
}
