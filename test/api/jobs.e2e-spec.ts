import { AssessmentRoundDetail } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { JobQueue } from '../../apps/api/src/app/jobs/job-queue';
import { HearingCheckService } from '../../apps/api/src/app/reviews/hearing-check.service';
import { DAY_MS, shiftClock } from '../support/clock';
import { Actor, registerOrganisation } from '../support/factories';
import { completeReview, writerOf } from '../support/review-writing';
import { addReviewer, submittedRound } from '../support/reviews';
import { SharedServerDatabase, sharedServerDatabase } from '../support/server-database';
import { createTestApp } from '../support/test-app';

const until = async (done: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> => {
  const end = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > end) {
      throw new Error('timed out waiting for the job queue');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

const uniqueName = (what: string) =>
  `test-${what}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

describe('the job queue (pg-boss)', () => {
  let app: NestExpressApplication;
  let jobs: JobQueue;

  beforeAll(async () => {
    app = await createTestApp();
    jobs = app.get(JobQueue);
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await app.close();
  });

  it('schedules the evidence cleanup and the hearing check once, in Amsterdam time', async () => {
    const rows: { name: string; cron: string; timezone: string }[] = await app
      .get(DataSource)
      .query(`SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`);
    expect(rows).toEqual(
      expect.arrayContaining([
        { name: 'evidence-cleanup', cron: '17 */6 * * *', timezone: 'Europe/Amsterdam' },
        { name: 'hearing-check', cron: '5 * * * *', timezone: 'Europe/Amsterdam' },
      ]),
    );
  });

  it('retries a failing job with backoff and completes it when it succeeds', async () => {
    const name = uniqueName('retry');
    const attempts: number[] = [];
    await jobs.register<{ n: number }>({
      name,
      retryLimit: 3,
      retryDelaySeconds: 1,
      handler: async (data) => {
        attempts.push(Date.now());
        if (attempts.length < 3) {
          throw new Error(`attempt ${attempts.length} for ${data.n}`);
        }
      },
    });
    const id = await jobs.send(name, { n: 7 });
    await until(async () => (await jobs.stateOf(name, id)) === 'completed', 40_000);
    expect(attempts).toHaveLength(3);
    // Backoff: the second wait is longer than the first.
    expect(attempts[2] - attempts[1]).toBeGreaterThan(attempts[1] - attempts[0]);
  }, 60_000);

  it('keeps a job that used up its retries, failed and visible with its error', async () => {
    const name = uniqueName('fail');
    await jobs.register({
      name,
      retryLimit: 1,
      retryDelaySeconds: 1,
      handler: () => Promise.reject(new Error('the SMTP server said no')),
    });
    const id = await jobs.send(name, {});
    await until(async () => (await jobs.stateOf(name, id)) === 'failed', 40_000);
    expect(await jobs.failed(name)).toEqual([
      { id, name, retryCount: 1, failedAt: expect.any(String), error: 'the SMTP server said no' },
    ]);
    // The operator's list (cli.js jobs:failed) shows every kind of job.
    expect(await jobs.failed()).toEqual(
      expect.arrayContaining([expect.objectContaining({ id, name })]),
    );
  }, 60_000);

  it('works a batch of jobs in one poll, each completed or retried on its own', async () => {
    const name = uniqueName('batch');
    const handled: string[] = [];
    await jobs.register<{ label: string }>({
      name,
      retryLimit: 0,
      retryDelaySeconds: 1,
      batchSize: 10,
      handler: async ({ label }) => {
        handled.push(label);
        if (label === 'bad') {
          throw new Error('this one fails');
        }
      },
    });
    const ids = await Promise.all(
      ['a', 'bad', 'b', 'c'].map((label) => jobs.send(name, { label })),
    );
    await until(async () => {
      const states = await Promise.all(ids.map((id) => jobs.stateOf(name, id)));
      return states.every((state) => state === 'completed' || state === 'failed');
    });
    expect(await Promise.all(ids.map((id) => jobs.stateOf(name, id)))).toEqual([
      'completed',
      'failed',
      'completed',
      'completed',
    ]);
    // Nothing ran twice: the failed job did not send its batch round again.
    expect([...handled].sort()).toEqual(['a', 'b', 'bad', 'c']);
    expect((await jobs.failed(name)).map((job) => job.error)).toEqual(['this one fails']);
  }, 60_000);

  it('sends a job inside a transaction only when that transaction commits', async () => {
    const name = uniqueName('tx');
    await jobs.register({
      name,
      retryLimit: 0,
      retryDelaySeconds: 1,
      handler: () => Promise.resolve(),
    });
    const dataSource = app.get(DataSource);
    let rolledBack = '';
    await expect(
      dataSource.transaction(async (manager) => {
        rolledBack = await jobs.send(name, {}, manager);
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    expect(await jobs.stateOf(name, rolledBack)).toBeNull();
    const committed = await dataSource.transaction((manager) => jobs.send(name, {}, manager));
    await until(async () => (await jobs.stateOf(name, committed)) === 'completed');
  });

  describe('the hourly hearing check', () => {
    let qo: Actor;
    let round: AssessmentRoundDetail;

    beforeAll(async () => {
      qo = await registerOrganisation(app, 'Stichting Hoorzitting');
      const peer = await registerOrganisation(app, 'Stichting Wederhoor');
      round = await submittedRound(qo, { title: 'Zelfevaluatie met hoorzitting' });
      const lead = writerOf(await addReviewer(app, qo, round.id, { as: peer }));
      await completeReview(
        lead,
        round.responses.map((response) => response.criterionCode),
        () => 'meets',
        'meets',
      );
      await lead.client
        .post(`/api/v1/rounds/${round.id}/leerrapport/issue`, { hearingDays: 1 })
        .expect(201);
    });

    const status = async () =>
      (
        (await app
          .get(DataSource)
          .query(`SELECT status FROM leerrapports WHERE round_id = $1`, [round.id])) as {
          status: string;
        }[]
      )[0]?.status;

    it('leaves a hearing that is still open, and finalises it once its period has ended', async () => {
      await app.get(HearingCheckService).finaliseEnded();
      expect(await status()).toBe('hearing');
      const spy = shiftClock(app, 3 * DAY_MS);
      try {
        expect(await app.get(HearingCheckService).finaliseEnded()).toBeGreaterThanOrEqual(1);
      } finally {
        spy.mockRestore();
      }
      expect(await status()).toBe('final');
    });
  });
});

describe('the job queue with two API instances on one database', () => {
  let first: NestExpressApplication;
  let second: NestExpressApplication;
  let database: SharedServerDatabase;

  beforeAll(async () => {
    database = await sharedServerDatabase('lk_jobs');
    first = await createTestApp({}, database.url, 'postgres');
    second = await createTestApp({}, database.url, 'postgres');
  });

  afterAll(async () => {
    await first.close();
    await second.close();
    await database.drop();
  });

  it('runs each job once, whichever instance takes it', async () => {
    const name = uniqueName('once');
    const runs: string[] = [];
    for (const [label, app] of [
      ['first', first],
      ['second', second],
    ] as const) {
      await app.get(JobQueue).register<{ n: number }>({
        name,
        retryLimit: 0,
        retryDelaySeconds: 1,
        handler: async (data) => {
          runs.push(`${label}:${data.n}`);
        },
      });
    }
    const ids = await Promise.all(
      Array.from({ length: 20 }, (_, n) => first.get(JobQueue).send(name, { n })),
    );
    const queue = first.get(JobQueue);
    await until(async () => {
      const states = await Promise.all(ids.map((id) => queue.stateOf(name, id)));
      return states.every((state) => state === 'completed');
    });
    expect(runs.map((run) => Number(run.split(':')[1])).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, n) => n),
    );
  });
});
