import { AssessmentRoundDetail, RoundReadinessReport } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import { ApiClient } from '../support/api-client';
import { Actor, registerOrganisation, TEST_PASSWORD } from '../support/factories';
import { answerFor, saveResponse, startRound } from '../support/rounds';
import { SharedServerDatabase, sharedServerDatabase } from '../support/server-database';
import { createTestApp } from '../support/test-app';

/**
 * Two API instances on one database, as behind a load balancer: each keeps readiness reports in
 * memory, and a write through one must show in the next report the other serves.
 */
describe('the readiness report across instances', () => {
  let first: NestExpressApplication;
  let second: NestExpressApplication;
  let database: SharedServerDatabase;
  let officer: Actor;
  let onSecond: ApiClient;
  let round: AssessmentRoundDetail;

  beforeAll(async () => {
    database = await sharedServerDatabase('lk_readiness');
    first = await createTestApp({}, database.url, 'postgres');
    second = await createTestApp({}, database.url, 'postgres');
    officer = await registerOrganisation(first);
    onSecond = await ApiClient.create(second);
    await onSecond.login(officer.email, TEST_PASSWORD);
    round = await startRound(officer, { title: 'Twee instanties' });
  }, 120_000);

  afterAll(async () => {
    await first.close();
    await second.close();
    await database.drop();
  });

  const readiness = async (client: ApiClient) =>
    (await client.get(`/api/v1/rounds/${round.id}/readiness`).expect(200))
      .body as RoundReadinessReport;
  const scoredOn = (report: RoundReadinessReport, code: string) =>
    report.criteria.find((row) => row.code === code)?.level ?? null;

  it('shows an answer saved through one instance in the report the other kept', async () => {
    const code = round.responses[0].criterionCode;
    expect(scoredOn(await readiness(onSecond), code)).toBeNull();
    expect(scoredOn(await readiness(onSecond), code)).toBeNull();

    await saveResponse(
      officer.client,
      round.id,
      code,
      round.responses[0].version,
      answerFor(code, 2),
    );

    expect(scoredOn(await readiness(onSecond), code)).toBe(2);
  });

  it('shows an action added through one instance in the report of the other', async () => {
    const code = round.responses[1].criterionCode;
    const before = await readiness(onSecond);
    await officer.client
      .post(`/api/v1/rounds/${round.id}/actions`, {
        criterionCode: code,
        title: 'Plan',
        dueDate: '2099-01-01',
      })
      .expect(201);

    const after = await readiness(onSecond);

    expect(after.actions.open).toBe(before.actions.open + 1);
    // The second instance's own kept report is no different from what the first computes.
    expect(await readiness(officer.client)).toEqual(after);
  });
});
