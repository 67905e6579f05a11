import { CriterionResponse } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { ApiClient } from '../support/api-client';
import { Actor, registerOrganisation } from '../support/factories';
import { answerFor, startRound, uploadPdf } from '../support/rounds';
import { createTestApp } from '../support/test-app';
import { linkEvidence } from './dashboards.fixtures';

/**
 * Saving an answer is the hottest write: at most 5 statements to the database, the session lookup
 * and the audit event included, whatever evidence the answer has; the answer and its event are
 * written by one statement, so neither exists without the other.
 */
describe('queries of a response save', () => {
  let app: NestExpressApplication;
  let actor: Actor;

  async function save(client: ApiClient, path: string, body: object) {
    const seen: string[] = [];
    const spy = jest
      .spyOn(app.get(DataSource).logger, 'logQuery')
      .mockImplementation((query: string) => {
        seen.push(query);
      });
    try {
      const response = await client.put(path, body);
      return { response, queries: seen };
    } finally {
      spy.mockRestore();
    }
  }

  beforeAll(async () => {
    app = await createTestApp();
    actor = await registerOrganisation(app);
  });

  afterAll(async () => {
    await app.close();
  });

  it('saves an answer with linked evidence in at most 5 queries, its event included', async () => {
    const round = await startRound(actor, { title: 'Queries' });
    const code = round.responses[0].criterionCode;
    for (const title of ['Verslag', 'Plan']) {
      const evidence = await uploadPdf(actor.client, { title }, title);
      await linkEvidence(actor.client, round.id, code, evidence.id);
    }
    const path = `/api/v1/rounds/${round.id}/responses/${code}`;
    const before = (await actor.client.get(path).expect(200)).body as CriterionResponse;

    const { response, queries } = await save(actor.client, path, {
      ...answerFor(code),
      version: before.version,
    });

    expect(response.status).toBe(200);
    const saved = response.body as CriterionResponse;
    expect(saved.version).toBe(before.version + 1);
    expect(saved.evidence.map((item) => item.title)).toEqual(['Verslag', 'Plan']);
    expect(queries.length).toBeLessThanOrEqual(5);
    expect(queries.filter((sql) => /START TRANSACTION|BEGIN/i.test(sql))).toEqual([]);
    const events = (
      await actor.client.get(`/api/v1/rounds/${round.id}/events?criterionCode=${code}`).expect(200)
    ).body as {
      type: string;
    }[];
    expect(events.filter((event) => event.type === 'response.updated')).toHaveLength(1);
  });

  it('writes neither answer nor event for a stale version, and answers 409 with the current one', async () => {
    const round = await startRound(actor, { title: 'Stale' });
    const code = round.responses[1].criterionCode;
    const path = `/api/v1/rounds/${round.id}/responses/${code}`;
    const first = await actor.client.put(path, { ...answerFor(code, 2), version: 1 }).expect(200);

    const stale = await actor.client.put(path, { ...answerFor(code, 4), version: 1 });

    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ level: 2, version: first.body.version });
    const events = (
      await actor.client.get(`/api/v1/rounds/${round.id}/events?criterionCode=${code}`).expect(200)
    ).body as { type: string }[];
    expect(events.filter((event) => event.type === 'response.updated')).toHaveLength(1);
  });
});
