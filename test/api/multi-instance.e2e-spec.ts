import { Evidence, Readiness, RubricVersionDetail } from '@labelklaar/domain';

import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { CookieAccessInfo } from 'cookiejar';
import { DataSource } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../../apps/api/src/app/config/app-config';
import { JobQueue } from '../../apps/api/src/app/jobs/job-queue';
import { ApiClient } from '../support/api-client';
import {
  Actor,
  createPlatformAdmin,
  registerOrganisation,
  TEST_PASSWORD,
} from '../support/factories';
import { pdfBytes, saveResponse, sha256, startRound, upload } from '../support/rounds';
import { bundledAs, publishVersion, uniqueRubricId } from '../support/rubric-authoring';
import { TestS3Server } from '../support/s3-server';
import { SharedServerDatabase, sharedServerDatabase } from '../support/server-database';
import { createTestApp } from '../support/test-app';

const LOGIN_LIMIT = 3;

/** The same browser (its cookies: session and XSRF token) as the load balancer sends it elsewhere. */
async function sameBrowserOn(url: string, browser: ApiClient, clientAddress?: string) {
  const moved = await ApiClient.create(url, clientAddress ? { clientAddress } : {});
  const cookies = browser.agent.jar.getCookies(CookieAccessInfo.All);
  moved.agent.jar.setCookies(cookies.map((cookie) => cookie.toString()));
  return moved;
}

/** Files in an instance's own storage folder (the staging folder included). */
function filesOnDisk(app: NestExpressApplication): string[] {
  const folder = join(app.get<AppConfig>(APP_CONFIG).dataDir, 'files');
  return existsSync(folder)
    ? readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
    : [];
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) {
      throw new Error(`not reached within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Two API instances, each listening on a port of its own, on one server database and one S3
 * server: what a load balancer in front of them needs to hold.
 */
describe('two API instances on one database and one S3 server', () => {
  let s3: TestS3Server;
  let database: SharedServerDatabase;
  let first: NestExpressApplication;
  let second: NestExpressApplication;
  let firstUrl: string;
  let secondUrl: string;
  let qo: Actor;

  beforeAll(async () => {
    s3 = await TestS3Server.start();
    database = await sharedServerDatabase('lk_instances');
    const settings = { s3: s3.settings, loginRateLimit: LOGIN_LIMIT };
    first = await createTestApp(settings, database.url, 'postgres');
    second = await createTestApp(settings, database.url, 'postgres');
    await first.listen(0, '127.0.0.1');
    await second.listen(0, '127.0.0.1');
    firstUrl = await first.getUrl();
    secondUrl = await second.getUrl();
    qo = await registerOrganisation(first);
  }, 120_000);

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.drop();
    await s3?.close();
  });

  it('listens on two ports', () => {
    expect(firstUrl).not.toBe(secondUrl);
  });

  it('downloads through one instance a file uploaded through the other', async () => {
    const content = Buffer.concat([pdfBytes('gedeeld'), randomBytes(256 * 1024)]);
    const uploaded = await upload(qo.client, { name: 'gedeeld.pdf', content }).expect(201);
    const evidence = uploaded.body as Evidence;
    const elsewhere = await sameBrowserOn(secondUrl, qo.client);
    const listed = (await elsewhere.get('/api/v1/evidence').expect(200)).body as Evidence[];
    expect(listed.map((item) => item.id)).toContain(evidence.id);
    const download = await elsewhere
      .get(`/api/v1/evidence/${evidence.id}/content`)
      .buffer(true)
      .expect(200);
    expect(sha256(download.body as Buffer)).toBe(sha256(content));
    expect(await s3.keys()).toContain(`evidence/${sha256(content)}`);
    // Neither instance keeps the file on its own disk.
    for (const app of [first, second]) {
      expect(filesOnDisk(app)).toEqual([]);
    }
  });

  it('holds a session on both, and ends it on both at logout', async () => {
    const browser = await ApiClient.create(first);
    const me = await browser.login(qo.email, TEST_PASSWORD);
    const elsewhere = await sameBrowserOn(secondUrl, browser);
    expect((await elsewhere.get('/api/v1/me').expect(200)).body).toEqual(me);
    await elsewhere.post('/api/v1/auth/logout').expect(204);
    const again = await sameBrowserOn(firstUrl, browser);
    await again.get('/api/v1/me').expect(401);
  });

  it('counts failed logins of both instances against one limit', async () => {
    const address = '2001:db8:beef:1::1';
    const onFirst = await ApiClient.create(firstUrl, { clientAddress: address });
    const onSecond = await ApiClient.create(secondUrl, { clientAddress: address });
    const tries = [onFirst, onSecond, onFirst];
    for (const [attempt, client] of tries.entries()) {
      await client
        .post('/api/v1/auth/login', { email: qo.email, password: `fout-${attempt}` })
        .expect(401);
    }
    for (const client of [onSecond, onFirst]) {
      const blocked = await client.post('/api/v1/auth/login', {
        email: qo.email,
        password: TEST_PASSWORD,
      });
      expect([blocked.status, blocked.body.type]).toEqual([429, '/problems/too-many-requests']);
    }
  });

  it('never serves readiness from before a change made through the other instance', async () => {
    const round = await startRound(qo);
    const code = round.responses[0].criterionCode;
    const elsewhere = await sameBrowserOn(secondUrl, qo.client);
    const statusOf = async (client: ApiClient) => {
      const response = await client.get(`/api/v1/rounds/${round.id}/readiness`).expect(200);
      return (response.body as Readiness).criteria.find((item) => item.code === code)?.level;
    };
    expect(await statusOf(elsewhere)).toBeNull();
    await saveResponse(qo.client, round.id, code, round.responses[0].version, {
      level: 2,
      targetLevel: 3,
      rationale: 'Op de andere instantie gezet.',
    });
    expect(await statusOf(elsewhere)).toBe(2);
  });

  it('shows a rubric version retired through one instance as retired on the other', async () => {
    const admin = (await createPlatformAdmin(first)).client;
    const rubricId = uniqueRubricId('instanties');
    await publishVersion(admin, bundledAs(rubricId));
    const reader = await sameBrowserOn(secondUrl, admin);
    const path = `/api/v1/rubrics/${rubricId}/versions/1.0.0`;
    // The second instance reads, and so keeps, the published version first.
    expect(((await reader.get(path).expect(200)).body as RubricVersionDetail).status).toBe(
      'published',
    );
    await admin.post(`${path}/retire`, {}).expect(200);
    expect(((await reader.get(path).expect(200)).body as RubricVersionDetail).status).toBe(
      'retired',
    );
  });

  it('runs a scheduled job once per slot, though both instances schedule and work it', async () => {
    const runs: { instance: string; jobId: string }[] = [];
    const name = `tick-${randomBytes(3).toString('hex')}`;
    for (const [instance, app] of [
      ['first', first],
      ['second', second],
    ] as const) {
      await app.get(JobQueue).register({
        name,
        cron: '* * * * *',
        retryLimit: 0,
        retryDelaySeconds: 1,
        handler: async (_data, job) => {
          runs.push({ instance, jobId: job.id });
        },
      });
    }
    // pg-boss checks the schedules every 30 s, on whichever instance gets there first; two
    // minutes' slots have passed once it ran twice. Then the schedule goes and the queue drains.
    await until(() => runs.length >= 2, 200_000);
    const sql = first.get(DataSource);
    await sql.query(`DELETE FROM pgboss.schedule WHERE name = $1`, [name]);
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    const slots: { slot: string }[] = await sql.query(
      `SELECT singleton_on::text AS slot FROM pgboss.job
        WHERE name = '__pgboss__send-it' AND singleton_key = $1`,
      [name],
    );
    const jobs: { id: string }[] = await sql.query(`SELECT id FROM pgboss.job WHERE name = $1`, [
      name,
    ]);
    // One job per minute's slot, each run once, by one instance or the other.
    expect(new Set(slots.map((row) => row.slot)).size).toBe(slots.length);
    expect(jobs).toHaveLength(slots.length);
    expect(runs.map((run) => run.jobId).sort()).toEqual(jobs.map((job) => job.id).sort());
  }, 240_000);
});
