import type { MemberRole } from '../organisations/organisation.types';
import { isAllowed } from '../permissions/permissions';
import { seesAllTeams } from '../teams/team-rules';
import type { TeamRole } from '../teams/team.types';

/**
 * A team's shared work (sessions, agreements, check-ins, learning records) is read by the team,
 * and by those who see every team (officer, manager, contributor); never by a professional of
 * another team.
 */
export function canReadTeamWork(role: MemberRole, teamRole: TeamRole | null): boolean {
  return teamRole !== null || seesAllTeams(role);
}

/** Sessions and agreements are recorded by a lead of the team, or by the quality officer. */
export function canRecordTeamWork(role: MemberRole, teamRole: TeamRole | null): boolean {
  return teamRole === 'lead' || isAllowed(role, 'teams.manage');
}

/** Check-ins are answered by the team's own members, each for themselves. */
export function canAnswerCheckIn(teamRole: TeamRole | null): boolean {
  return teamRole !== null;
}

/**
 * A learning record of the organisation as a whole (no team) is the quality officer's to record;
 * everyone who sees every team reads it (a professional reads only their own teams' records).
 */
export function canRecordOrganisationLearning(role: MemberRole): boolean {
  return isAllowed(role, 'teams.manage');
}
