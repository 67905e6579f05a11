import {
  addDays,
  AssessmentRoundDetail,
  formatDate,
  isoDayIn,
  RoundEvent,
} from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import { ApiClient } from '../support/api-client';
import { Actor, addMember, registerOrganisation } from '../support/factories';
import { submitRound } from '../support/reviews';
import { RUBRIC, startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';

const today = () => isoDayIn(new Date());

/** Editing a draft round, withdrawing it, and the checks on starting one. */
describe('the life of a round', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  const newRound = (title: string, extra: Record<string, unknown> = {}) => ({
    title,
    ...RUBRIC,
    targetDate: '2027-06-01',
    route: 'internal',
    ...extra,
  });

  describe('POST /api/v1/rounds', () => {
    it('refuses a target date in the past with 422 and a clear message', async () => {
      const qo = await registerOrganisation(app);
      const yesterday = addDays(today(), -1);
      const response = await qo.client
        .post('/api/v1/rounds', newRound('Te laat', { targetDate: yesterday }))
        .expect(422);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body).toEqual({
        type: '/problems/target-date-in-past',
        title: 'Streefdatum ligt in het verleden',
        status: 422,
        detail: `De streefdatum (${formatDate(yesterday, 'nl')}) ligt in het verleden. Kies vandaag (${formatDate(today(), 'nl')}) of een latere datum.`,
        instance: '/api/v1/rounds',
      });
    });

    it('starts a round aimed at today', async () => {
      const qo = await registerOrganisation(app);
      await qo.client
        .post('/api/v1/rounds', newRound('Vandaag', { targetDate: today() }))
        .expect(201);
    });

    it('asks for confirmation (409) before a second open round on the same rubric', async () => {
      const qo = await registerOrganisation(app);
      const first = (await qo.client.post('/api/v1/rounds', newRound('Eerste')).expect(201))
        .body as AssessmentRoundDetail;

      const asked = await qo.client.post('/api/v1/rounds', newRound('Tweede')).expect(409);
      expect(asked.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(asked.body).toEqual({
        type: '/problems/second-open-round',
        title: 'Er loopt al een ronde',
        status: 409,
        detail:
          'Op dit normenkader loopt al een open ronde (Eerste). Weet je zeker dat je er nog een wilt starten? Bevestig dat dan.',
        instance: '/api/v1/rounds',
        openRounds: [{ id: first.id, title: 'Eerste' }],
      });
      expect((await qo.client.get('/api/v1/rounds').expect(200)).body).toHaveLength(1);

      const confirmed = await qo.client
        .post('/api/v1/rounds', newRound('Tweede', { confirmSecondOpenRound: true }))
        .expect(201);
      expect(confirmed.body).toMatchObject({ title: 'Tweede', status: 'draft' });
    });

    it('needs no confirmation once the open round is submitted or withdrawn', async () => {
      const qo = await registerOrganisation(app);
      const submitted = await startRound(qo, { title: 'Ingediend' });
      await submitRound(qo, submitted);
      const withdrawn = await startRound(qo, { title: 'Ingetrokken' });
      await qo.client
        .post(`/api/v1/rounds/${withdrawn.id}/withdraw`, { version: withdrawn.version })
        .expect(200);

      await qo.client.post('/api/v1/rounds', newRound('Nieuw')).expect(201);
    });

    it('refuses an unknown confirmation field type with 400', async () => {
      const qo = await registerOrganisation(app);
      const response = await qo.client
        .post('/api/v1/rounds', newRound('X', { confirmSecondOpenRound: 'ja' }))
        .expect(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ field: 'confirmSecondOpenRound', code: 'isBoolean' }),
      ]);
    });
  });

  describe('PATCH /api/v1/rounds/{roundId}', () => {
    let qo: Actor;
    let round: AssessmentRoundDetail;

    beforeAll(async () => {
      qo = await registerOrganisation(app);
      round = await startRound(qo, { title: 'Concept' });
    });

    it('changes title, target date, route and self-evaluation deadline of a draft round', async () => {
      const changed = await qo.client
        .patch(`/api/v1/rounds/${round.id}`, {
          version: round.version,
          title: 'Zelfevaluatie najaar',
          targetDate: '2027-11-01',
          route: 'peer-review',
          selfEvaluationDeadline: '2027-09-15',
        })
        .expect(200);
      expect(changed.body).toMatchObject({
        title: 'Zelfevaluatie najaar',
        targetDate: '2027-11-01',
        route: 'peer-review',
        selfEvaluationDeadline: '2027-09-15',
        version: round.version + 1,
      });
      round = changed.body as AssessmentRoundDetail;
    });

    it('refuses a new target date in the past with 422', async () => {
      const yesterday = addDays(today(), -1);
      const response = await qo.client
        .patch(`/api/v1/rounds/${round.id}`, { version: round.version, targetDate: yesterday })
        .expect(422);
      expect(response.body).toMatchObject({
        type: '/problems/target-date-in-past',
        status: 422,
        detail: expect.stringContaining(
          `De streefdatum (${formatDate(yesterday, 'nl')}) ligt in het verleden`,
        ),
      });
    });

    it('refuses unknown fields with 400', async () => {
      const response = await qo.client
        .patch(`/api/v1/rounds/${round.id}`, { version: round.version, status: 'submitted' })
        .expect(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ field: 'status', code: 'whitelistValidation' }),
      ]);
    });

    it('refuses changes to a submitted round with 409', async () => {
      const submitted = await submitRound(qo, await startRound(qo, { title: 'Vast' }));
      const response = await qo.client
        .patch(`/api/v1/rounds/${submitted.id}`, { version: submitted.version, title: 'Anders' })
        .expect(409);
      expect(response.body.type).toBe('/problems/round-submitted');
    });
  });

  describe('POST /api/v1/rounds/{roundId}/withdraw', () => {
    let qo: Actor;

    beforeAll(async () => {
      qo = await registerOrganisation(app);
    });

    it('answers 401 without a session', async () => {
      const round = await startRound(qo);
      const anonymous = await ApiClient.create(app);
      const response = await anonymous
        .post(`/api/v1/rounds/${round.id}/withdraw`, { version: 1 })
        .expect(401);
      expect(response.body.type).toBe('/problems/not-authenticated');
    });

    it('answers 400 without a version', async () => {
      const round = await startRound(qo);
      const response = await qo.client
        .post(`/api/v1/rounds/${round.id}/withdraw`, { reason: 'x' })
        .expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'version' }),
          expect.objectContaining({ field: 'reason', code: 'whitelistValidation' }),
        ]),
      );
    });

    it("answers 404 for another organisation's round and 403 for a contributor", async () => {
      const round = await startRound(qo);
      const other = await registerOrganisation(app);
      const notFound = await other.client
        .post(`/api/v1/rounds/${round.id}/withdraw`, { version: round.version })
        .expect(404);
      expect(notFound.body.type).toBe('/problems/not-found');
      const contributor = await addMember(app, qo, 'contributor');
      await contributor.client
        .post(`/api/v1/rounds/${round.id}/withdraw`, { version: round.version })
        .expect(403);
    });

    it('takes the round out of the list and the trend, keeping it and its history', async () => {
      const kept = await startRound(qo, { title: 'Blijft' });
      const round = await startRound(qo, { title: 'Per ongeluk gestart' });
      const stale = await qo.client
        .post(`/api/v1/rounds/${round.id}/withdraw`, { version: round.version + 1 })
        .expect(409);
      expect(stale.body).toMatchObject({ type: '/problems/version-conflict' });

      const withdrawn = await qo.client
        .post(`/api/v1/rounds/${round.id}/withdraw`, { version: round.version })
        .expect(200);
      expect(withdrawn.body).toMatchObject({
        id: round.id,
        status: 'withdrawn',
        withdrawnAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        version: round.version + 1,
      });

      const listed = (await qo.client.get('/api/v1/rounds').expect(200)).body as { id: string }[];
      expect(listed.map((r) => r.id)).toContain(kept.id);
      expect(listed.map((r) => r.id)).not.toContain(round.id);
      const trend = (await qo.client.get('/api/v1/organisation/trend').expect(200)).body as {
        rounds: { roundId?: string; id?: string; title: string }[];
      };
      expect(trend.rounds.map((point) => point.title)).not.toContain('Per ongeluk gestart');
      expect((await qo.client.get(`/api/v1/rounds/${round.id}`).expect(200)).body).toMatchObject({
        status: 'withdrawn',
      });
      const events = (await qo.client.get(`/api/v1/rounds/${round.id}/events`).expect(200))
        .body as RoundEvent[];
      expect(events.map((event) => event.type)).toEqual(['round.created', 'round.withdrawn']);
      expect(events[1]).toMatchObject({
        before: expect.objectContaining({ status: 'draft' }),
        after: expect.objectContaining({ status: 'withdrawn' }),
      });

      const again = await qo.client
        .post(`/api/v1/rounds/${round.id}/withdraw`, { version: round.version + 1 })
        .expect(409);
      expect(again.body).toMatchObject({
        type: '/problems/round-withdrawn',
        title: 'Ronde is ingetrokken',
        status: 409,
      });
      const edit = await qo.client
        .put(`/api/v1/rounds/${round.id}/responses/VAK-03`, { version: 1, level: 2 })
        .expect(409);
      expect(edit.body.type).toBe('/problems/round-withdrawn');
    });

    it('refuses to withdraw a submitted round with 409', async () => {
      const submitted = await submitRound(qo, await startRound(qo, { title: 'Ingediend' }));
      const response = await qo.client
        .post(`/api/v1/rounds/${submitted.id}/withdraw`, { version: submitted.version })
        .expect(409);
      expect(response.body.type).toBe('/problems/round-submitted');
    });
  });
});
