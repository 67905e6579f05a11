import { AssessmentRoundDetail, RoundReadinessReport } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { ApiClient } from '../support/api-client';
import { Actor, registerOrganisation } from '../support/factories';
import { answerAll, startRound, uploadPdf } from '../support/rounds';
import { createTestApp } from '../support/test-app';
import {
  answerSmallRound,
  createTestCatalog,
  linkEvidence,
  startSmallRound,
} from './dashboards.fixtures';

/**
 * No N+1: the readiness report and the trend read their data in a fixed number of queries, so the
 * count must not grow with the number of criteria, evidence links, actions or rounds.
 */
describe('queries of the dashboards', () => {
  let app: NestExpressApplication;
  let small: Actor;
  let large: Actor;
  let smallRound: AssessmentRoundDetail;
  let largeRound: AssessmentRoundDetail;

  /** Every SQL statement the API sends while the request runs (the session lookup included). */
  async function queriesOf(client: ApiClient, path: string): Promise<string[]> {
    const logger = app.get(DataSource).logger;
    const seen: string[] = [];
    const spy = jest.spyOn(logger, 'logQuery').mockImplementation((query: string) => {
      seen.push(query);
    });
    try {
      const response = await client.get(path);
      expect(response.status).toBe(200);
    } finally {
      spy.mockRestore();
    }
    return seen;
  }

  beforeAll(async () => {
    const catalog = createTestCatalog('query-test');
    app = await createTestApp({ rubricsDir: catalog.dir });

    // A round of 3 criteria with nothing in it.
    small = await registerOrganisation(app);
    smallRound = await startSmallRound(small, catalog.rubricId);

    // A round of all 24 criteria, each answered, 24 evidence links and 12 actions; and more rounds.
    large = await registerOrganisation(app);
    largeRound = await startRound(large, { title: 'Volledig' });
    await answerAll(large, largeRound);
    const codes = largeRound.responses.map((response) => response.criterionCode);
    for (let item = 0; item < 6; item += 1) {
      const evidence = await uploadPdf(large.client, { title: `Bewijs ${item}` }, `bewijs ${item}`);
      for (const code of codes.slice(item * 4, item * 4 + 4)) {
        await linkEvidence(large.client, largeRound.id, code, evidence.id);
      }
    }
    const members = (await large.client.get('/api/v1/organisation/members').expect(200)).body as {
      id: string;
    }[];
    for (const [index, code] of codes.slice(0, 12).entries()) {
      await large.client
        .post(`/api/v1/rounds/${largeRound.id}/actions`, {
          criterionCode: code,
          title: `Actie ${index}`,
          ownerId: index % 2 === 0 ? members[0].id : null,
          dueDate: '2099-01-01',
        })
        .expect(201);
    }
    for (const title of ['Tweede', 'Derde']) {
      const round = await startSmallRound(large, catalog.rubricId, { title });
      await answerSmallRound(large, round, { withEvidence: ['OPD-01', 'VAK-01'] });
    }
  });

  afterAll(async () => {
    await app.close();
  });

  /** A write the report depends on, without changing any figure. */
  async function touchResponses(roundId: string): Promise<void> {
    await app
      .get(DataSource)
      .query(`UPDATE criterion_responses SET rationale = rationale WHERE round_id = $1`, [roundId]);
  }

  it('reads a full round with evidence and actions in as many queries as an empty round of 3 criteria', async () => {
    const smallPath = `/api/v1/rounds/${smallRound.id}/readiness`;
    const largePath = `/api/v1/rounds/${largeRound.id}/readiness`;
    // The first report of a rubric version loads it once; later reports take it from memory.
    await queriesOf(small.client, smallPath);
    await queriesOf(large.client, largePath);

    // A write makes each report be computed afresh (kept reports cost fewer queries, below).
    await touchResponses(smallRound.id);
    await touchResponses(largeRound.id);
    const fewer = await queriesOf(small.client, smallPath);
    const more = await queriesOf(large.client, largePath);

    const report = (await large.client.get(largePath).expect(200)).body as RoundReadinessReport;
    expect(report.criteria).toHaveLength(24);
    expect(report.actions.open).toBe(12);
    expect(more.length).toBe(fewer.length);
    // Session and membership lookups, the round, then responses, evidence and actions.
    expect(more.length).toBeLessThanOrEqual(8);
    for (const table of [
      'assessment_rounds',
      'criterion_responses',
      'response_evidence',
      'improvement_actions',
    ]) {
      expect({ table, queries: more.filter((sql) => sql.includes(table)).length }).toEqual({
        table,
        queries: 1,
      });
    }
  });

  it('serves a report nobody changed from memory: the session and the round with its version', async () => {
    const path = `/api/v1/rounds/${largeRound.id}/readiness`;
    await touchResponses(largeRound.id);
    const computed = await queriesOf(large.client, path);
    const kept = await queriesOf(large.client, path);

    expect(computed.filter((sql) => sql.includes('criterion_responses'))).toHaveLength(1);
    expect(kept).toHaveLength(2);
    expect(kept.filter((sql) => sql.includes('round_report_versions'))).toHaveLength(1);
    expect(kept.filter((sql) => sql.includes('criterion_responses'))).toEqual([]);
  });

  it('reads the trend of three rounds in as many queries as that of one', async () => {
    await queriesOf(small.client, '/api/v1/organisation/trend');
    await queriesOf(large.client, '/api/v1/organisation/trend');

    const one = await queriesOf(small.client, '/api/v1/organisation/trend');
    const three = await queriesOf(large.client, '/api/v1/organisation/trend');

    const trend = (await large.client.get('/api/v1/organisation/trend').expect(200)).body as {
      rounds: unknown[];
    };
    expect(trend.rounds).toHaveLength(3);
    expect(three.length).toBe(one.length);
    expect(three.length).toBeLessThanOrEqual(8);
    expect(three.filter((sql) => sql.includes('criterion_responses'))).toHaveLength(1);
  });
});
