import { Reflection, TeamAgreement, TeamDetail, TeamSession } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

import { Actor, addMember, registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { createTeam } from '../support/teams';
import { createTestApp } from '../support/test-app';

describe('team sessions and team agreements', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let manager: Actor;
  let lead: Actor;
  let member: Actor;
  let outsider: Actor;
  let otherOfficer: Actor;
  let noord: TeamDetail;
  let shared: Reflection;

  const session = (overrides: Record<string, unknown> = {}) => ({
    teamId: noord.id,
    sessionType: 'intervisie',
    date: '2026-11-20',
    presentCount: 7,
    modelId: 'beslissende-professional',
    stoodOut: 'We besluiten vaak alleen en snel.',
    similaritiesAndDifferences: 'Iedereen weegt de wens van de bewoner; veiligheid verschilt.',
    insights: 'Vaker vooraf even sparren.',
    agreementsMade: 'Bij twijfel over afsluiten: eerst een collega.',
    ...overrides,
  });
  const agreement = (overrides: Record<string, unknown> = {}) => ({
    teamId: noord.id,
    question: 'Wanneer sluiten we een traject af?',
    agreement: 'Na een evaluatiegesprek met de bewoner en het netwerk.',
    rationale: 'Zo houdt de bewoner regie over het einde.',
    agreedOn: '2026-11-20',
    reviewOn: '2027-05-20',
    ...overrides,
  });

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app, 'Stichting Teamleren');
    manager = await addMember(app, qo, 'manager');
    lead = await addMember(app, qo, 'contributor');
    member = await addMember(app, qo, 'professional');
    outsider = await addMember(app, qo, 'professional');
    otherOfficer = await registerOrganisation(app, 'Stichting Elders');
    noord = await createTeam(qo, 'Wijkteam Noord', [
      [lead, 'lead'],
      [member, 'member'],
    ]);
    await createTeam(qo, 'Jongerenwerk', [[outsider, 'member']]);
    shared = (
      await member.client
        .post('/api/v1/reflections', {
          teamId: noord.id,
          date: '2026-11-12',
          decisionKind: 'close-trajectory',
          dilemmas: ['continue-or-stop'],
          considerations: ['persons-wishes'],
          steps: [],
          decision: 'Afsluiten met nazorg.',
          insight: '',
          isShared: true,
        })
        .expect(201)
    ).body as Reflection;
  });

  afterAll(async () => {
    await app.close();
  });

  describe('/api/v1/team-sessions', () => {
    let recorded: TeamSession;

    it('answers 401 without a session', async () => {
      await request(app.getHttpServer()).get('/api/v1/team-sessions').expect(401);
    });

    it('lets the lead record a session with the shared reflections it discussed', async () => {
      const response = await lead.client
        .post('/api/v1/team-sessions', session({ reflectionIds: [shared.id] }))
        .expect(201);
      recorded = response.body as TeamSession;
      expect(recorded).toEqual({
        id: expect.any(String),
        teamId: noord.id,
        sessionType: 'intervisie',
        date: '2026-11-20',
        presentCount: 7,
        reflectionIds: [shared.id],
        modelId: 'beslissende-professional',
        stoodOut: 'We besluiten vaak alleen en snel.',
        similaritiesAndDifferences: 'Iedereen weegt de wens van de bewoner; veiligheid verschilt.',
        insights: 'Vaker vooraf even sparren.',
        agreementsMade: 'Bij twijfel over afsluiten: eerst een collega.',
        recordedBy: { userId: lead.me.user.id, displayName: 'Test contributor' },
        createdAt: expect.stringMatching(/Z$/),
        updatedAt: expect.stringMatching(/Z$/),
      });
    });

    it('lets the team and those who see every team read it; not another team, not another organisation', async () => {
      for (const reader of [member, manager, qo]) {
        const list = (await reader.client.get('/api/v1/team-sessions').expect(200))
          .body as TeamSession[];
        expect(list.map((s) => s.id)).toEqual([recorded.id]);
      }
      expect((await outsider.client.get('/api/v1/team-sessions').expect(200)).body).toEqual([]);
      await outsider.client.get(`/api/v1/team-sessions/${recorded.id}`).expect(404);
      await outsider.client.get(`/api/v1/team-sessions?team=${noord.id}`).expect(404);
      await otherOfficer.client.get(`/api/v1/team-sessions/${recorded.id}`).expect(404);
      await otherOfficer.client.post('/api/v1/team-sessions', session()).expect(404);
    });

    it('refuses a member who is not a lead, personal data, and a reflection not shared with the team', async () => {
      const notLead = await member.client.post('/api/v1/team-sessions', session());
      expect(notLead.status).toBe(403);
      expect(notLead.body.type).toBe('/problems/not-team-lead');
      const privacy = await lead.client.post(
        '/api/v1/team-sessions',
        session({ insights: 'Moeder bereikbaar op 010-1234567' }),
      );
      expect(privacy.status).toBe(422);
      expect(privacy.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(privacy.body.errors).toEqual([
        expect.objectContaining({ field: 'insights', code: 'containsPhone' }),
      ]);
      const unknown = await lead.client.post(
        '/api/v1/team-sessions',
        session({ reflectionIds: ['00000000-0000-4000-8000-000000000001'] }),
      );
      expect(unknown.status).toBe(422);
      expect(unknown.body.type).toBe('/problems/unknown-reflection');
      await lead.client.post('/api/v1/team-sessions', session({ presentCount: -1 })).expect(400);
      await lead.client
        .post('/api/v1/team-sessions', session({ sessionType: 'borrel' }))
        .expect(400);
    });

    it('lets the lead correct and remove it', async () => {
      const changed = await lead.client
        .put(`/api/v1/team-sessions/${recorded.id}`, session({ presentCount: 8 }))
        .expect(200);
      expect(changed.body.presentCount).toBe(8);
      await member.client.delete(`/api/v1/team-sessions/${recorded.id}`).expect(403);
      await manager.client.delete(`/api/v1/team-sessions/${recorded.id}`).expect(403);
      await qo.client.delete(`/api/v1/team-sessions/${recorded.id}`).expect(204);
      await lead.client.get(`/api/v1/team-sessions/${recorded.id}`).expect(404);
    });
  });

  describe('/api/v1/team-agreements', () => {
    let first: TeamAgreement;

    it('records an agreement as version 1', async () => {
      first = (await lead.client.post('/api/v1/team-agreements', agreement()).expect(201))
        .body as TeamAgreement;
      expect(first).toEqual({
        id: expect.any(String),
        teamId: noord.id,
        version: 1,
        question: 'Wanneer sluiten we een traject af?',
        agreement: 'Na een evaluatiegesprek met de bewoner en het netwerk.',
        rationale: 'Zo houdt de bewoner regie over het einde.',
        agreedOn: '2026-11-20',
        reviewOn: '2027-05-20',
        status: 'active',
        changedBy: { userId: lead.me.user.id, displayName: 'Test contributor' },
        changedAt: expect.stringMatching(/Z$/),
        createdAt: expect.stringMatching(/Z$/),
        history: [],
      });
    });

    it('keeps every version; a stale version answers 409 with the current one', async () => {
      const second = await lead.client
        .put(`/api/v1/team-agreements/${first.id}`, {
          ...agreement({ status: 'under-review' }),
          version: 1,
        })
        .expect(200);
      expect(second.body).toMatchObject({ version: 2, status: 'under-review' });
      expect((second.body as TeamAgreement).history.map((v) => [v.version, v.status])).toEqual([
        [1, 'active'],
      ]);
      const stale = await qo.client.put(`/api/v1/team-agreements/${first.id}`, {
        ...agreement(),
        version: 1,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.type).toBe('/problems/version-conflict');
      expect(stale.body.current.version).toBe(2);
    });

    it('is one searchable page for the team', async () => {
      await lead.client
        .post(
          '/api/v1/team-agreements',
          agreement({
            question: 'Hoort deze vraag bij ons team?',
            agreement: 'Alleen bij wonen en welzijn.',
          }),
        )
        .expect(201);
      const all = (await member.client.get(`/api/v1/team-agreements?team=${noord.id}`).expect(200))
        .body as TeamAgreement[];
      expect(all.map((a) => a.question)).toEqual([
        'Hoort deze vraag bij ons team?',
        'Wanneer sluiten we een traject af?',
      ]);
      const found = (
        await member.client.get('/api/v1/team-agreements?q=traject%20afsluiten').expect(200)
      ).body as TeamAgreement[];
      expect(found).toEqual([]);
      const byWord = (await member.client.get('/api/v1/team-agreements?q=TRAJECT').expect(200))
        .body as TeamAgreement[];
      expect(byWord.map((a) => a.id)).toEqual([first.id]);
      const percent = (await member.client.get('/api/v1/team-agreements?q=%25').expect(200)).body;
      expect(percent).toEqual([]);
    });

    it('refuses a member, personal data, a review before the agreement; hides it from others', async () => {
      await member.client.post('/api/v1/team-agreements', agreement()).expect(403);
      const privacy = await lead.client.post(
        '/api/v1/team-agreements',
        agreement({ rationale: 'Zoals bij j.devries@example.nl' }),
      );
      expect(privacy.status).toBe(422);
      expect(privacy.body.errors).toEqual([
        expect.objectContaining({ field: 'rationale', code: 'containsEmail' }),
      ]);
      const early = await lead.client.post(
        '/api/v1/team-agreements',
        agreement({ reviewOn: '2026-01-01' }),
      );
      expect(early.status).toBe(422);
      expect(early.body.type).toBe('/problems/review-before-agreement');
      expect((await outsider.client.get('/api/v1/team-agreements').expect(200)).body).toEqual([]);
      await outsider.client.get(`/api/v1/team-agreements/${first.id}`).expect(404);
      await otherOfficer.client.get(`/api/v1/team-agreements/${first.id}`).expect(404);
      await otherOfficer.client.delete(`/api/v1/team-agreements/${first.id}`).expect(404);
    });
  });
});
