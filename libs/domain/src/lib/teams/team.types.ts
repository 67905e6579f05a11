/** Teams of an organisation (a wijkteam, jongerenwerk) as the API returns them. */
import type { MemberRole } from '../organisations/organisation.types';

/** In a team someone is a member or one of its leads (a lead is a member too). */
export const TEAM_ROLES = ['member', 'lead'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export interface TeamSummary {
  id: string;
  name: string;
  description: string;
  memberCount: number;
  /** The leads by name, for the list. */
  leads: { memberId: string; displayName: string }[];
  /** The asking member's own place in the team, or null when they are not in it. */
  myRole: TeamRole | null;
  createdAt: string;
}

export interface TeamMember {
  /** The organisation membership (`memberId` elsewhere in the API). */
  memberId: string;
  userId: string;
  displayName: string;
  email: string;
  organisationRole: MemberRole;
  teamRole: TeamRole;
  addedAt: string;
}

export interface TeamDetail extends TeamSummary {
  members: TeamMember[];
  /** Whether the asking member may add and remove members and leads (the officer, a lead). */
  canManageMembers: boolean;
}

export interface NewTeam {
  name: string;
  description?: string;
}

export interface TeamChanges {
  name?: string;
  description?: string;
}

export interface TeamMemberChange {
  memberId: string;
  teamRole: TeamRole;
}
