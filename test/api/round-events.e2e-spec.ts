import { AssessmentRoundDetail, RoundEvent } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { Actor, registerOrganisation } from '../support/factories';
import { answerAll, saveResponse, startRound, uploadPdf } from '../support/rounds';
import { createTestApp } from '../support/test-app';

describe('round events', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let round: AssessmentRoundDetail;

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app);
    round = await startRound(qo, { title: 'Historie' });
  });

  afterAll(async () => {
    await app.close();
  });

  const eventsOf = async (query = ''): Promise<RoundEvent[]> =>
    (await qo.client.get(`/api/v1/rounds/${round.id}/events${query}`).expect(200))
      .body as RoundEvent[];

  describe('GET /api/v1/rounds/{roundId}/events', () => {
    it('records who changed what, when, with before and after', async () => {
      await saveResponse(qo.client, round.id, 'OPD-01', 1, {
        level: 2,
        rationale: 'Eerste inschatting',
      });
      await saveResponse(qo.client, round.id, 'OPD-01', 2, {
        level: 3,
        rationale: 'Na het teamoverleg',
      });
      const history = await eventsOf('?criterionCode=OPD-01');
      expect(history).toEqual([
        expect.objectContaining({
          type: 'response.updated',
          subject: 'response',
          criterionCode: 'OPD-01',
        }),
        expect.objectContaining({
          type: 'response.updated',
          subject: 'response',
          criterionCode: 'OPD-01',
        }),
      ]);
      expect(history[1]).toEqual({
        id: expect.any(String),
        sequence: expect.any(Number),
        roundId: round.id,
        criterionCode: 'OPD-01',
        subject: 'response',
        subjectId: expect.any(String),
        type: 'response.updated',
        actor: { userId: qo.me.user.id, displayName: 'Kwaliteit Test' },
        occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        before: expect.objectContaining({ level: 2, rationale: 'Eerste inschatting' }),
        after: expect.objectContaining({
          level: 3,
          rationale: 'Na het teamoverleg',
          isCarriedOver: false,
        }),
      });
      expect(history[1].sequence).toBeGreaterThan(history[0].sequence);
    });

    it('records every kind of change to the round, its responses, evidence links and actions', async () => {
      const pdf = await uploadPdf(qo.client, {}, 'historie');
      await qo.client
        .post(`/api/v1/rounds/${round.id}/responses/OPD-02/evidence/${pdf.id}`)
        .expect(201);
      await qo.client
        .delete(`/api/v1/rounds/${round.id}/responses/OPD-02/evidence/${pdf.id}`)
        .expect(204);
      const action = await qo.client
        .post(`/api/v1/rounds/${round.id}/actions`, { criterionCode: 'OPD-02', title: 'Actie' })
        .expect(201);
      await qo.client
        .patch(`/api/v1/actions/${action.body.id}`, { version: 1, status: 'in-progress' })
        .expect(200);
      await qo.client
        .put(`/api/v1/rounds/${round.id}/responses/OPD-02/owner`, { memberId: null })
        .expect(200);
      await qo.client
        .patch(`/api/v1/rounds/${round.id}`, { version: 1, ambitions: 'Meer leren met inwoners.' })
        .expect(200);
      const types = (await eventsOf()).map((event) => event.type);
      expect(types).toEqual([
        'round.created',
        'response.updated',
        'response.updated',
        'evidence.linked',
        'evidence.unlinked',
        'action.created',
        'action.updated',
        'round.updated',
      ]);
      const actionEvent = (await eventsOf('?criterionCode=OPD-02')).find(
        (event) => event.type === 'action.updated',
      );
      expect(actionEvent).toMatchObject({
        before: { status: 'open' },
        after: { status: 'in-progress' },
        subjectId: action.body.id,
      });
    });

    it('writes no event for a refused change', async () => {
      const before = (await eventsOf()).length;
      await qo.client
        .put(`/api/v1/rounds/${round.id}/responses/OPD-01`, { version: 1, level: 1 })
        .expect(409);
      await qo.client
        .put(`/api/v1/rounds/${round.id}/responses/OPD-01`, { version: 3, level: 9 })
        .expect(422);
      expect(await eventsOf()).toHaveLength(before);
    });

    it('records the submission with the content hash', async () => {
      const other = await startRound(qo, { title: 'In te dienen' });
      await answerAll(qo, other);
      const submitted = await qo.client.post(`/api/v1/rounds/${other.id}/submit`).expect(200);
      const events = (await qo.client.get(`/api/v1/rounds/${other.id}/events`).expect(200))
        .body as RoundEvent[];
      expect(events.at(-1)).toMatchObject({
        type: 'round.submitted',
        before: { status: 'draft' },
        after: { status: 'submitted', contentHash: submitted.body.contentHash },
      });
    });

    it('answers 404 for an unknown round', async () => {
      await qo.client.get('/api/v1/rounds/00000000-0000-4000-8000-000000000000/events').expect(404);
    });
  });

  describe('the round_events table', () => {
    /** Straight through the driver, past TypeORM's query log: these statements are meant to fail. */
    async function sql(
      text: string,
      params: unknown[] = [],
    ): Promise<{ rows: Record<string, unknown>[] }> {
      const runner = app.get(DataSource).createQueryRunner();
      try {
        const client = (await runner.connect()) as {
          query(text: string, params: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
        };
        return await client.query(text, params);
      } finally {
        await runner.release();
      }
    }

    it.each([
      ['UPDATE', `UPDATE round_events SET actor_name = 'Iemand anders' WHERE round_id = $1`],
      ['DELETE', 'DELETE FROM round_events WHERE round_id = $1'],
    ])('refuses %s in the database itself', async (_operation, statement) => {
      const count = async () =>
        Number(
          (await sql('SELECT count(*) AS n FROM round_events WHERE round_id = $1', [round.id]))
            .rows[0]?.['n'],
        );
      const before = await count();
      expect(before).toBeGreaterThan(0);
      await expect(sql(statement, [round.id])).rejects.toThrow(/append-only/);
      expect(await count()).toBe(before);
    });

    it('refuses TRUNCATE, and deleting the round would take its history along so that is refused too', async () => {
      await expect(sql('TRUNCATE round_events')).rejects.toThrow(/append-only/);
      await expect(sql('DELETE FROM assessment_rounds WHERE id = $1', [round.id])).rejects.toThrow(
        /fk_round_events_round_id/,
      );
    });
  });
});
