/**
 * Teams: an organisation has teams (a wijkteam, jongerenwerk); a member can be in several, and each
 * team has leads. The quality officer keeps the list of teams; the officer and the team's own leads
 * add and remove its members. A professional sees only the teams they are in.
 */
import { DomainRuleViolation } from '../errors/domain-rule-violation';
import type { MemberRole } from '../organisations/organisation.types';
import { isAllowed } from '../permissions/permissions';
import type { TeamRole } from './team.types';

export const TEAM_NAME_MAX_LENGTH = 80;
export const TEAM_DESCRIPTION_MAX_LENGTH = 500;

/** The name as stored: single spaces, not empty, within the limit. */
export function normaliseTeamName(name: string): string {
  const text = name.replace(/\s+/g, ' ').trim();
  if (text.length === 0) {
    throw new DomainRuleViolation('team-name-empty');
  }
  if (text.length > TEAM_NAME_MAX_LENGTH) {
    throw new DomainRuleViolation('team-name-too-long', { max: TEAM_NAME_MAX_LENGTH });
  }
  return text;
}

export function normaliseTeamDescription(description: string | undefined): string {
  const text = (description ?? '').trim();
  if (text.length > TEAM_DESCRIPTION_MAX_LENGTH) {
    throw new DomainRuleViolation('team-description-too-long', {
      max: TEAM_DESCRIPTION_MAX_LENGTH,
    });
  }
  return text;
}

/** Names are unique in an organisation regardless of case and spacing ("Wijkteam  noord"). */
export function teamNameKey(name: string): string {
  return normaliseTeamName(name).toLocaleLowerCase('nl');
}

/** The quality officer manages every team's members; anyone else only as a lead of that team. */
export function canManageTeamMembers(role: MemberRole, teamRole: TeamRole | null): boolean {
  return isAllowed(role, 'teams.manage') || teamRole === 'lead';
}

/**
 * Whether a member sees every team of the organisation, or only their own: the professional
 * sees no other teams' content, so only the teams they are in.
 */
export function seesAllTeams(role: MemberRole): boolean {
  return role !== 'professional';
}
