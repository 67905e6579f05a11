import { Member, TeamDetail, TeamRole } from '@labelklaar/domain';

import { Actor } from './factories';

/** The quality officer creates a team and puts people in it, each with their team role. */
export async function createTeam(
  qualityOfficer: Actor,
  name: string,
  people: [Actor, TeamRole][],
): Promise<TeamDetail> {
  const team = (await qualityOfficer.client.post('/api/v1/teams', { name }).expect(201))
    .body as TeamDetail;
  const members = (await qualityOfficer.client.get('/api/v1/organisation/members').expect(200))
    .body as Member[];
  for (const [actor, teamRole] of people) {
    const member = members.find((m) => m.userId === actor.me.user.id);
    if (!member) {
      throw new Error('not a member of the organisation');
    }
    await qualityOfficer.client
      .put(`/api/v1/teams/${team.id}/members/${member.id}`, { teamRole })
      .expect(200);
  }
  return team;
}
