import { AccountLanguage } from '../accounts/account.types';

/** Shapes of organisations, members and invitations as the API returns them. */

/**
 * - `professional`: a sociaal werker, who writes decision reflections and takes part in their
 *   teams' sessions and check-ins; they see no rounds, dashboards or other teams' content.
 */
export const MEMBER_ROLES = ['quality-officer', 'contributor', 'manager', 'professional'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  /** The account's language: of its mail, and of the interface on a device where none was chosen. */
  language: AccountLanguage;
}

export interface Membership {
  organisationId: string;
  organisationName: string;
  role: MemberRole;
}

export interface Me {
  user: UserSummary;
  memberships: Membership[];
  activeOrganisationId: string | null;
  /** Staff of the label owner, who may read the anonymised sector view. */
  platformAdmin: boolean;
}

/** Whether anyone is logged in, and who: asked by the web app on start, logged in or not. */
export interface SessionState {
  authenticated: boolean;
  me: Me | null;
}

export interface OrganisationOverview {
  id: string;
  name: string;
  createdAt: string;
  memberCount: number;
  pendingInvitationCount: number;
  /** A manager has to establish (vaststellen) a round before it can be submitted. */
  signOffRequired: boolean;
  /** Set while an erasure of the organisation has been asked for and can still be undone. */
  deletion: { requestedAt: string; dueAt: string } | null;
}

/** The settings a quality officer edits for the organisation. */
export interface OrganisationSettings {
  signOffRequired: boolean;
}

export interface Member {
  id: string;
  userId: string;
  email: string;
  displayName: string;
  role: MemberRole;
  joinedAt: string;
}

export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

export interface Invitation {
  id: string;
  email: string;
  role: MemberRole;
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
}

/** Returned once, when the invitation is created: the link carries the only copy of the token. */
export interface CreatedInvitation {
  invitation: Invitation;
  acceptUrl: string;
}

export interface InvitationPreview {
  organisationName: string;
  email: string;
  role: MemberRole;
  expiresAt: string;
  hasAccount: boolean;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: { field: string; code: string; message: string }[];
}
