import { LearningRecord, TeamDetail } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

import { Actor, addMember, registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { createTeam } from '../support/teams';
import { createTestApp } from '../support/test-app';

describe('learning records (learning with clients and other organisations)', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let manager: Actor;
  let lead: Actor;
  let member: Actor;
  let outsider: Actor;
  let otherOfficer: Actor;
  let noord: TeamDetail;
  let jongeren: TeamDetail;

  const record = (overrides: Record<string, unknown> = {}) => ({
    teamId: noord.id,
    kind: 'client-council',
    date: '2026-10-14',
    counterpart: 'De cliëntenraad',
    asked: 'Hoe ervaren bewoners het afsluiten van een traject?',
    learned: 'Bewoners willen weten bij wie ze daarna terechtkunnen.',
    outcome: 'In het afsluitgesprek noemen we voortaan een vast aanspreekpunt.',
    ...overrides,
  });

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app, 'Stichting Samen Leren');
    manager = await addMember(app, qo, 'manager');
    lead = await addMember(app, qo, 'professional');
    member = await addMember(app, qo, 'professional');
    outsider = await addMember(app, qo, 'professional');
    otherOfficer = await registerOrganisation(app, 'Stichting Elders');
    noord = await createTeam(qo, 'Wijkteam Noord', [
      [lead, 'lead'],
      [member, 'member'],
    ]);
    jongeren = await createTeam(qo, 'Jongerenwerk', [[outsider, 'member']]);
  });

  afterAll(async () => {
    await app.close();
  });

  it('asks for a session', async () => {
    await request(app.getHttpServer()).get('/api/v1/learning-records').expect(401);
  });

  it('lets a lead record, correct and remove what the team learned; the team and those above read it', async () => {
    const created = (await lead.client.post('/api/v1/learning-records', record()).expect(201))
      .body as LearningRecord;
    expect(created).toMatchObject({
      teamId: noord.id,
      kind: 'client-council',
      date: '2026-10-14',
      counterpart: 'De cliëntenraad',
      outcome: 'In het afsluitgesprek noemen we voortaan een vast aanspreekpunt.',
      recordedBy: { userId: lead.me.user.id },
    });

    for (const reader of [member, qo, manager]) {
      const list = (await reader.client.get('/api/v1/learning-records').expect(200))
        .body as LearningRecord[];
      expect(list.map((r) => r.id)).toContain(created.id);
      await reader.client.get(`/api/v1/learning-records/${created.id}`).expect(200);
    }
    const filtered = (
      await qo.client
        .get(`/api/v1/learning-records?team=${noord.id}&kind=client-survey`)
        .expect(200)
    ).body as LearningRecord[];
    expect(filtered).toEqual([]);

    const updated = (
      await lead.client
        .put(
          `/api/v1/learning-records/${created.id}`,
          record({ kind: 'client-survey', outcome: '' }),
        )
        .expect(200)
    ).body as LearningRecord;
    expect(updated).toMatchObject({ id: created.id, kind: 'client-survey', outcome: '' });

    await lead.client.delete(`/api/v1/learning-records/${created.id}`).expect(204);
    await qo.client.get(`/api/v1/learning-records/${created.id}`).expect(404);
  });

  it('keeps a professional to their own teams, and the organisation’s own records to the officer', async () => {
    const teamRecord = (await lead.client.post('/api/v1/learning-records', record()).expect(201))
      .body as LearningRecord;
    const organisationRecord = (
      await qo.client
        .post(
          '/api/v1/learning-records',
          record({
            teamId: null,
            kind: 'organisation-exchange',
            counterpart: 'Stichting Buurtkracht',
            asked: 'Hoe organiseren zij moreel beraad?',
            learned: 'Een vaste gespreksleider maakt het veiliger.',
          }),
        )
        .expect(201)
    ).body as LearningRecord;
    expect(organisationRecord.teamId).toBeNull();

    // The outsider is in another team: sees neither, not even that they exist.
    expect((await outsider.client.get('/api/v1/learning-records').expect(200)).body).toEqual([]);
    await outsider.client.get(`/api/v1/learning-records/${teamRecord.id}`).expect(404);
    await outsider.client.get(`/api/v1/learning-records/${organisationRecord.id}`).expect(404);
    await outsider.client.get(`/api/v1/learning-records?team=${noord.id}`).expect(404);
    // A team member reads their team's records, not the organisation's own.
    const mine = (await member.client.get('/api/v1/learning-records').expect(200))
      .body as LearningRecord[];
    expect(mine.map((r) => r.id)).toEqual([teamRecord.id]);
    // Those who see every team read both.
    const all = (await manager.client.get('/api/v1/learning-records').expect(200))
      .body as LearningRecord[];
    expect(all.map((r) => r.id).sort()).toEqual([teamRecord.id, organisationRecord.id].sort());

    // Recording: a lead of the team or the officer; the organisation's own, the officer only.
    const notLead = await member.client.post('/api/v1/learning-records', record());
    expect(notLead.status).toBe(403);
    expect(notLead.body.type).toBe('/problems/not-team-lead');
    const leadForAll = await lead.client.post('/api/v1/learning-records', record({ teamId: null }));
    expect(leadForAll.status).toBe(403);
    expect(leadForAll.body.type).toBe('/problems/organisation-learning-officer-only');
    // A professional lead does not see the organisation's own record at all.
    await lead.client
      .put(`/api/v1/learning-records/${organisationRecord.id}`, record())
      .expect(404);
    await lead.client
      .put(`/api/v1/learning-records/${teamRecord.id}`, record({ teamId: jongeren.id }))
      .expect(404);
    await manager.client.post('/api/v1/learning-records', record()).expect(403);
    await qo.client.post('/api/v1/learning-records', record({ teamId: jongeren.id })).expect(201);
  });

  it('refuses personal data, unknown fields and kinds, and another organisation', async () => {
    const privacy = await lead.client.post(
      '/api/v1/learning-records',
      record({ learned: 'Mevrouw (jan@voorbeeld.nl) wil teruggebeld worden' }),
    );
    expect(privacy.status).toBe(422);
    expect(privacy.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(privacy.body.type).toBe('/problems/personal-data-in-text');
    expect(privacy.body.errors).toEqual([
      expect.objectContaining({ field: 'learned', code: 'containsEmail' }),
    ]);
    const counterpart = await lead.client.post(
      '/api/v1/learning-records',
      record({ counterpart: 'Bewoner op 1234 AB 12' }),
    );
    expect(counterpart.status).toBe(422);
    expect(counterpart.body.errors).toEqual([
      expect.objectContaining({ field: 'counterpart', code: 'containsPostcodeHouseNumber' }),
    ]);
    await lead.client.post('/api/v1/learning-records', record({ kind: 'borrel' })).expect(400);
    await lead.client.post('/api/v1/learning-records', record({ learned: '' })).expect(400);
    await lead.client.post('/api/v1/learning-records', record({ secret: 'x' })).expect(400);
    await lead.client.post('/api/v1/learning-records', record({ date: '2026-13-01' })).expect(400);
    const before = (await qo.client.get('/api/v1/learning-records').expect(200))
      .body as LearningRecord[];

    // Another organisation's officer: every record and team of this one is not found.
    await otherOfficer.client.post('/api/v1/learning-records', record()).expect(404);
    await otherOfficer.client.get(`/api/v1/learning-records/${before[0].id}`).expect(404);
    await otherOfficer.client.delete(`/api/v1/learning-records/${before[0].id}`).expect(404);
    expect((await otherOfficer.client.get('/api/v1/learning-records').expect(200)).body).toEqual(
      [],
    );
    expect((await qo.client.get('/api/v1/learning-records').expect(200)).body).toHaveLength(
      before.length,
    );
  });
});
