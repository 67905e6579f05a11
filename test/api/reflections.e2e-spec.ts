import { Reflection, TeamDetail } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { Actor, addMember, registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { createTeam } from '../support/teams';
import { createTestApp } from '../support/test-app';

const SECRET = 'Zelfregie-9c1e: de bewoner wilde het zelf regelen';

describe('decision reflections', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let manager: Actor;
  let lead: Actor;
  let author: Actor;
  let colleague: Actor;
  let outsider: Actor;
  let other: Actor;
  let noord: TeamDetail;

  const reflection = (overrides: Record<string, unknown> = {}) => ({
    teamId: noord.id,
    date: '2026-11-12',
    decisionKind: 'close-trajectory',
    dilemmas: ['continue-or-stop', 'who-steers'],
    considerations: ['persons-wishes', 'colleagues'],
    steps: ['Met de bewoner geëvalueerd', 'Met een collega gespard'],
    decision: 'We sluiten het traject af met een nazorggesprek over 6 weken.',
    insight: SECRET,
    ...overrides,
  });

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app, 'Stichting Reflectie');
    manager = await addMember(app, qo, 'manager');
    lead = await addMember(app, qo, 'contributor');
    author = await addMember(app, qo, 'professional');
    colleague = await addMember(app, qo, 'professional');
    outsider = await addMember(app, qo, 'professional');
    other = await addMember(
      app,
      await registerOrganisation(app, 'Stichting Elders'),
      'professional',
    );
    noord = await createTeam(qo, 'Wijkteam Noord', [
      [lead, 'lead'],
      [author, 'member'],
      [colleague, 'member'],
    ]);
    await createTeam(qo, 'Jongerenwerk', [[outsider, 'member']]);
  });

  afterAll(async () => {
    await app.close();
  });

  describe('POST /api/v1/reflections', () => {
    it('answers 401 without a session', async () => {
      await request(app.getHttpServer()).get('/api/v1/reflections').expect(401);
    });

    it('stores a reflection of its author, private until shared', async () => {
      const response = await author.client.post('/api/v1/reflections', reflection()).expect(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        teamId: noord.id,
        teamName: 'Wijkteam Noord',
        authorId: author.me.user.id,
        authorName: 'Test professional',
        isOwn: true,
        date: '2026-11-12',
        decisionKind: 'close-trajectory',
        dilemmas: ['continue-or-stop', 'who-steers'],
        modelId: null,
        modelVersion: null,
        promptAnswers: [],
        considerations: ['persons-wishes', 'colleagues'],
        steps: ['Met de bewoner geëvalueerd', 'Met een collega gespard'],
        decision: 'We sluiten het traject af met een nazorggesprek over 6 weken.',
        insight: SECRET,
        isShared: false,
        createdAt: expect.stringMatching(/Z$/),
        updatedAt: expect.stringMatching(/Z$/),
      });
      const id = (response.body as Reflection).id;
      await colleague.client.get(`/api/v1/reflections/${id}`).expect(404);
      expect((await colleague.client.get('/api/v1/reflections').expect(200)).body).toEqual([]);
    });

    it('refuses personal data with a 422 naming each field and what to remove, storing nothing', async () => {
      const count = async () =>
        Number((await app.get(DataSource).query('SELECT count(*) AS n FROM reflections'))[0].n);
      const before = await count();
      const response = await author.client.post(
        '/api/v1/reflections',
        reflection({
          steps: ['Gebeld met 06-12345678', 'Dossier bij BSN 123456782 opgezocht'],
          decision: 'Mail naar moeder@example.nl',
        }),
      );
      expect(response.status).toBe(422);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body).toMatchObject({
        type: '/problems/personal-data-in-text',
        status: 422,
        errors: [
          {
            field: 'steps[0]',
            code: 'containsPhone',
            message: expect.stringContaining('telefoonnummer'),
          },
          {
            field: 'steps[1]',
            code: 'containsBsn',
            message: expect.stringContaining('burgerservicenummer'),
          },
          {
            field: 'decision',
            code: 'containsEmail',
            message: expect.stringContaining('e-mailadres'),
          },
        ],
      });
      expect(JSON.stringify(response.body)).not.toContain('123456782');
      expect(await count()).toBe(before);
    });

    it('refuses personal data in a change too, leaving the reflection as it was', async () => {
      const created = (await author.client.post('/api/v1/reflections', reflection()).expect(201))
        .body as Reflection;
      const refused = await author.client.put(
        `/api/v1/reflections/${created.id}`,
        reflection({ insight: 'Woont op 1234 AB 12' }),
      );
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field: 'insight', code: 'containsPostcodeHouseNumber' }),
      ]);
      const after = await author.client.get(`/api/v1/reflections/${created.id}`).expect(200);
      expect(after.body.insight).toBe(SECRET);
      await author.client.delete(`/api/v1/reflections/${created.id}`).expect(204);
    });

    it('refuses a team the author is not in, a model the product does not have, unknown fields', async () => {
      const teams = (await outsider.client.get('/api/v1/teams').expect(200)).body as {
        id: string;
      }[];
      const notInTeam = await author.client.post(
        '/api/v1/reflections',
        reflection({ teamId: teams[0].id }),
      );
      expect(notInTeam.status).toBe(422);
      expect(notInTeam.body.type).toBe('/problems/not-in-team');
      const model = await author.client.post(
        '/api/v1/reflections',
        reflection({ modelId: 'bestaat-niet' }),
      );
      expect(model.status).toBe(422);
      expect(model.body.type).toBe('/problems/unknown-decision-model');
      const extra = await author.client.post(
        '/api/v1/reflections',
        reflection({ clientName: 'X' }),
      );
      expect(extra.status).toBe(400);
      const badKind = await author.client.post(
        '/api/v1/reflections',
        reflection({ dilemmas: ['who-pays'] }),
      );
      expect(badKind.status).toBe(400);
    });
  });

  it('pins the model used and its version, and answers only that model’s steps', async () => {
    const models = (await author.client.get('/api/v1/decision-models').expect(200)).body as {
      id: string;
      version: string;
    }[];
    const model = models.find((m) => m.id === 'beslissende-professional');
    expect(model).toBeDefined();
    const created = await author.client
      .post(
        '/api/v1/reflections',
        reflection({
          modelId: 'beslissende-professional',
          promptAnswers: [{ promptId: 'step-1', answer: 'De wens van de bewoner woog zwaar.' }],
        }),
      )
      .expect(201);
    expect(created.body).toMatchObject({
      modelId: 'beslissende-professional',
      modelVersion: model?.version,
      promptAnswers: [{ promptId: 'step-1', answer: 'De wens van de bewoner woog zwaar.' }],
    });
    const unknownStep = await author.client.post(
      '/api/v1/reflections',
      reflection({
        modelId: 'beslissende-professional',
        promptAnswers: [{ promptId: 'step-99', answer: 'x' }],
      }),
    );
    expect(unknownStep.status).toBe(422);
    expect(unknownStep.body.type).toBe('/problems/unknown-model-prompt');
    const privateAnswer = await author.client.post(
      '/api/v1/reflections',
      reflection({
        modelId: 'beslissende-professional',
        promptAnswers: [{ promptId: 'step-1', answer: 'geboren 3-4-1990' }],
      }),
    );
    expect(privateAnswer.status).toBe(422);
    expect(privateAnswer.body.errors).toEqual([
      expect.objectContaining({ field: 'promptAnswers[0].answer', code: 'containsDateOfBirth' }),
    ]);
    await author.client.delete(`/api/v1/reflections/${created.body.id}`).expect(204);
  });

  describe('sharing with the team', () => {
    let shared: Reflection;

    beforeAll(async () => {
      shared = (
        await author.client.post('/api/v1/reflections', reflection({ isShared: true })).expect(201)
      ).body as Reflection;
    });

    it('lets the team read a shared reflection, by its author’s name', async () => {
      const read = await colleague.client.get(`/api/v1/reflections/${shared.id}`).expect(200);
      expect(read.body).toMatchObject({
        id: shared.id,
        isOwn: false,
        authorName: 'Test professional',
        insight: SECRET,
      });
      const list = (await lead.client.get('/api/v1/reflections?scope=shared').expect(200))
        .body as Reflection[];
      expect(list.map((r) => r.id)).toEqual([shared.id]);
    });

    it('keeps it from other teams and other organisations (404)', async () => {
      await outsider.client.get(`/api/v1/reflections/${shared.id}`).expect(404);
      expect((await outsider.client.get('/api/v1/reflections').expect(200)).body).toEqual([]);
      await other.client.get(`/api/v1/reflections/${shared.id}`).expect(404);
      expect((await other.client.get('/api/v1/reflections').expect(200)).body).toEqual([]);
    });

    it('never lets a manager or the quality officer read one reflection’s text', async () => {
      for (const reader of [manager, qo]) {
        for (const path of ['/api/v1/reflections', `/api/v1/reflections/${shared.id}`]) {
          const response = await reader.client.get(path);
          expect(response.status).toBe(403);
          expect(JSON.stringify(response.body)).not.toContain(SECRET);
        }
      }
    });

    it('lets only the author change or remove it', async () => {
      const change = await colleague.client.put(`/api/v1/reflections/${shared.id}`, reflection());
      expect(change.status).toBe(403);
      expect(change.body.type).toBe('/problems/reflection-not-yours');
      await colleague.client.delete(`/api/v1/reflections/${shared.id}`).expect(403);
      const unshared = await author.client
        .put(`/api/v1/reflections/${shared.id}`, reflection({ isShared: false }))
        .expect(200);
      expect(unshared.body.isShared).toBe(false);
      await colleague.client.get(`/api/v1/reflections/${shared.id}`).expect(404);
    });
  });
});
