import { MemberRole } from '@labelklaar/domain';

import { DataSource } from 'typeorm';

import { SessionContext } from '../common/auth/request-context';

interface SessionActorRow {
  sessionId: string;
  userId: string;
  activeOrganisationId: string | null;
  email: string;
  displayName: string;
  platformAdmin: boolean;
  membershipId: string | null;
  membershipRole: MemberRole | null;
}

/**
 * Read model: who a session cookie belongs to, with their membership in the session's active
 * organisation, in one query. It reads the organisations context's `memberships` table, which
 * every guarded request needs and which only this read model reads from auth; the membership is
 * the organisations context's to change.
 */
export async function readSessionActor(
  dataSource: DataSource,
  tokenHash: string,
  now: Date,
): Promise<SessionContext | null> {
  const rows: SessionActorRow[] = await dataSource.query(
    `SELECT s.id AS "sessionId", s.user_id AS "userId", s.active_organisation_id AS "activeOrganisationId",
            u.email AS "email", u.display_name AS "displayName", u.platform_admin AS "platformAdmin",
            m.id AS "membershipId", m.role AS "membershipRole"
       FROM sessions s
       JOIN users u ON u.id = s.user_id
       LEFT JOIN memberships m ON m.organisation_id = s.active_organisation_id AND m.user_id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > $2`,
    [tokenHash, now],
  );
  const [row] = rows;
  if (!row) {
    return null;
  }
  const { membershipId, membershipRole, ...session } = row;
  return {
    ...session,
    activeMembership:
      membershipId && membershipRole && session.activeOrganisationId
        ? { id: membershipId, organisationId: session.activeOrganisationId, role: membershipRole }
        : null,
  };
}
