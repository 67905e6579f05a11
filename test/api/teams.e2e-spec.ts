import { Member, TeamDetail, TeamSummary } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import { TeamsService } from '../../apps/api/src/app/teams/teams.service';
import { Actor, addMember, registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { createTestApp } from '../support/test-app';

describe('teams and their members', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let lead: Actor;
  let professional: Actor;
  let colleague: Actor;
  let manager: Actor;
  let other: Actor;
  let members: Member[];
  let noord: TeamDetail;
  let jongeren: TeamDetail;

  const memberIdOf = (actor: Actor) => {
    const found = members.find((member) => member.userId === actor.me.user.id);
    if (!found) {
      throw new Error('not a member');
    }
    return found.id;
  };

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app, 'Stichting Teamwerk');
    lead = await addMember(app, qo, 'contributor');
    professional = await addMember(app, qo, 'professional');
    colleague = await addMember(app, qo, 'professional');
    manager = await addMember(app, qo, 'manager');
    other = await registerOrganisation(app, 'Stichting Elders');
    members = (await qo.client.get('/api/v1/organisation/members').expect(200)).body as Member[];
    noord = (
      await qo.client
        .post('/api/v1/teams', { name: '  Wijkteam   Noord ', description: 'Noord en Oost' })
        .expect(201)
    ).body as TeamDetail;
    jongeren = (await qo.client.post('/api/v1/teams', { name: 'Jongerenwerk' }).expect(201))
      .body as TeamDetail;
  });

  afterAll(async () => {
    await app.close();
  });

  it('creates a team with a tidy name, and refuses the same name again whatever its case', async () => {
    expect(noord).toMatchObject({
      name: 'Wijkteam Noord',
      description: 'Noord en Oost',
      memberCount: 0,
      members: [],
      canManageMembers: true,
    });
    const again = await qo.client.post('/api/v1/teams', { name: 'wijkteam noord' });
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(again.body.type).toContain('team-name-taken');
    expect(again.body.detail).toContain('wijkteam noord');
    const blank = await qo.client.post('/api/v1/teams', { name: '   ' });
    expect(blank.status).toBe(422);
    const unknownField = await qo.client.post('/api/v1/teams', { name: 'X', colour: 'rood' });
    expect(unknownField.status).toBe(400);
    const teams = (await qo.client.get('/api/v1/teams').expect(200)).body as TeamSummary[];
    expect(teams.map((team) => team.name)).toEqual(['Jongerenwerk', 'Wijkteam Noord']);
  });

  it('lets the quality officer add members and leads; a member can be in several teams', async () => {
    await qo.client
      .put(`/api/v1/teams/${noord.id}/members/${memberIdOf(lead)}`, { teamRole: 'lead' })
      .expect(200);
    const after = await qo.client
      .put(`/api/v1/teams/${noord.id}/members/${memberIdOf(professional)}`, {
        teamRole: 'member',
      })
      .expect(200);
    expect((after.body as TeamDetail).members.map((m) => [m.displayName, m.teamRole])).toEqual(
      expect.arrayContaining([
        ['Test contributor', 'lead'],
        ['Test professional', 'member'],
      ]),
    );
    await qo.client
      .put(`/api/v1/teams/${jongeren.id}/members/${memberIdOf(professional)}`, {
        teamRole: 'member',
      })
      .expect(200);
    const service = app.get(TeamsService);
    const teams = await service.teamsOf(qo.organisationId, professional.me.user.id);
    expect(teams.map((team) => team.name)).toEqual(['Jongerenwerk', 'Wijkteam Noord']);
    expect(await service.isMember(qo.organisationId, professional.me.user.id, noord.id)).toBe(true);
    expect(await service.isLead(qo.organisationId, lead.me.user.id, noord.id)).toBe(true);
    expect(await service.isLead(qo.organisationId, professional.me.user.id, noord.id)).toBe(false);
    // Another organisation's id for the same team is never a match.
    expect(await service.isMember(other.organisationId, professional.me.user.id, noord.id)).toBe(
      false,
    );
    const unknown = await qo.client.put(
      `/api/v1/teams/${noord.id}/members/${other.me.memberships[0]?.organisationId}`,
      { teamRole: 'member' },
    );
    expect(unknown.status).toBe(422);
    expect(
      (
        await qo.client.put(`/api/v1/teams/${noord.id}/members/${memberIdOf(lead)}`, {
          teamRole: 'boss',
        })
      ).status,
    ).toBe(400);
  });

  it('lets a lead manage their own team only, and a plain member not at all', async () => {
    await lead.client
      .put(`/api/v1/teams/${noord.id}/members/${memberIdOf(colleague)}`, { teamRole: 'member' })
      .expect(200);
    await lead.client
      .delete(`/api/v1/teams/${noord.id}/members/${memberIdOf(colleague)}`)
      .expect(204);
    const notTheirs = await lead.client.put(
      `/api/v1/teams/${jongeren.id}/members/${memberIdOf(colleague)}`,
      { teamRole: 'member' },
    );
    expect(notTheirs.status).toBe(403);
    const plain = await professional.client.put(
      `/api/v1/teams/${noord.id}/members/${memberIdOf(colleague)}`,
      { teamRole: 'member' },
    );
    expect(plain.status).toBe(403);
    // The colleague is in no team: another team's members are not theirs to see, so 404.
    const outsider = await colleague.client.put(
      `/api/v1/teams/${noord.id}/members/${memberIdOf(colleague)}`,
      { teamRole: 'lead' },
    );
    expect(outsider.status).toBe(404);
    expect((await lead.client.patch(`/api/v1/teams/${noord.id}`, { name: 'X' })).status).toBe(403);
  });

  it('shows a professional only their own teams, and everyone else every team', async () => {
    const mine = (await professional.client.get('/api/v1/teams').expect(200)).body as TeamSummary[];
    expect(mine.map((team) => [team.name, team.myRole])).toEqual([
      ['Jongerenwerk', 'member'],
      ['Wijkteam Noord', 'member'],
    ]);
    expect((await colleague.client.get('/api/v1/teams').expect(200)).body).toEqual([]);
    expect((await colleague.client.get(`/api/v1/teams/${noord.id}`)).status).toBe(404);
    const managerView = (await manager.client.get('/api/v1/teams').expect(200))
      .body as TeamSummary[];
    expect(managerView).toHaveLength(2);
    const detail = (await manager.client.get(`/api/v1/teams/${noord.id}`).expect(200))
      .body as TeamDetail;
    expect(detail.canManageMembers).toBe(false);
    expect(detail.leads.map((l) => l.displayName)).toEqual(['Test contributor']);
  });

  it("answers 404 for another organisation's team, for every route", async () => {
    const base = `/api/v1/teams/${noord.id}`;
    const probes = [
      await other.client.get(base),
      await other.client.patch(base, { name: 'Overgenomen' }),
      await other.client.delete(base),
      await other.client.put(`${base}/members/${memberIdOf(lead)}`, { teamRole: 'member' }),
      await other.client.delete(`${base}/members/${memberIdOf(lead)}`),
    ];
    expect(probes.map((probe) => probe.status)).toEqual([404, 404, 404, 404, 404]);
    expect((await other.client.get('/api/v1/teams').expect(200)).body).toEqual([]);
    expect((await qo.client.get(base).expect(200)).body.name).toBe('Wijkteam Noord');
  });

  it('renames and removes a team; leaving the organisation takes someone out of its teams', async () => {
    const renamed = await qo.client
      .patch(`/api/v1/teams/${jongeren.id}`, { name: 'Jongerenwerk Zuid' })
      .expect(200);
    expect(renamed.body.name).toBe('Jongerenwerk Zuid');
    expect(
      (await qo.client.patch(`/api/v1/teams/${jongeren.id}`, { name: 'Wijkteam noord' })).status,
    ).toBe(409);
    await qo.client.delete(`/api/v1/organisation/members/${memberIdOf(professional)}`).expect(204);
    const noordNow = (await qo.client.get(`/api/v1/teams/${noord.id}`).expect(200))
      .body as TeamDetail;
    expect(noordNow.members.map((m) => m.displayName)).toEqual(['Test contributor']);
    await qo.client.delete(`/api/v1/teams/${jongeren.id}`).expect(204);
    expect((await qo.client.get(`/api/v1/teams/${jongeren.id}`)).status).toBe(404);
  });
});
