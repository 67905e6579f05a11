import { MemberRole } from '@labelklaar/domain';

export interface SessionContext {
  sessionId: string;
  userId: string;
  email: string;
  displayName: string;
  activeOrganisationId: string | null;
}

/** The organisation a request acts in: always taken from the session, never from the request. */
export interface TenantContext {
  organisationId: string;
  membershipId: string;
  role: MemberRole;
}

export interface RequestWithContext {
  session?: SessionContext;
  tenant?: TenantContext;
}
