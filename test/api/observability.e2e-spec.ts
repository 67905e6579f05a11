import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { startRound } from '../support/rounds';
import { createTestApp, testDatabaseKind } from '../support/test-app';

const TOKEN = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** A log destination that keeps every line pino writes. */
function captureLog() {
  const chunks: string[] = [];
  return {
    stream: { write: (chunk: string) => void chunks.push(chunk) },
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line.length > 0),
    entries: (): Record<string, unknown>[] =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/** The value of one sample of the Prometheus text, or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const line = text
    .split('\n')
    .find(
      (candidate) =>
        candidate.startsWith(`${name}{`) &&
        Object.entries(labels).every(([key, value]) => candidate.includes(`${key}="${value}"`)),
    );
  return line === undefined ? undefined : Number(line.split(' ').pop());
}

describe('operations: logs, health and metrics', () => {
  const log = captureLog();
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createTestApp({ logLevel: 'log' }, undefined, testDatabaseKind(), {
      logDestination: log.stream,
    });
  });

  afterAll(async () => {
    await app.close();
  });

  describe('the request log', () => {
    it('writes every line as JSON, Nest’s own log lines included', () => {
      const entries = log.entries();
      expect(log.lines().length).toBeGreaterThan(0);
      expect(entries.find((entry) => entry['context'] === 'NestApplication')).toMatchObject({
        level: 'info',
        msg: 'Nest application successfully started',
      });
    });

    it('logs one line per request: request id, user and organisation ids, route, status, duration', async () => {
      const officer = await registerOrganisation(app);
      const round = await startRound(officer);

      const response = await officer.client.get(`/api/v1/rounds/${round.id}`).expect(200);

      const id = response.headers['x-request-id'];
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const lines = log.entries().filter((entry) => entry['requestId'] === id);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        level: 'info',
        requestId: id,
        userId: officer.me.user.id,
        organisationId: officer.organisationId,
        route: '/api/v1/rounds/:roundId',
        req: { method: 'GET', path: `/api/v1/rounds/${round.id}` },
        res: { statusCode: 200 },
      });
      expect(typeof lines[0]['durationMs']).toBe('number');
      expect(typeof lines[0]['time']).toBe('string');
    });

    it('keeps personal data out: no e-mail, names, cookies, headers, bodies or query strings', async () => {
      const officer = await registerOrganisation(app);
      const before = log.lines().length;

      await officer.client.get('/api/v1/search?q=Jansen-geheim').expect(200);
      await request(app.getHttpServer())
        .get('/api/v1/unsubscribe?token=tok-abcdefghijklmnopqrstuvwxyz0123456789')
        .set('Authorization', 'Bearer secret-of-someone')
        .expect((response) => expect(response.status).toBeGreaterThanOrEqual(400));

      const written = log.lines().slice(before).join('\n');
      expect(written).toContain('/api/v1/search');
      expect(written).toContain('/api/v1/unsubscribe');
      for (const secret of [
        officer.email,
        'Kwaliteit Test',
        'Jansen-geheim',
        'tok-abcdefghijklmnopqrstuvwxyz',
        'secret-of-someone',
        'lk_session',
        'XSRF-TOKEN',
        'Labelklaar-test',
      ]) {
        expect(written).not.toContain(secret);
      }
    });

    it('honours a caller’s X-Request-Id and returns it; anything else gets an id of its own', async () => {
      const given = await request(app.getHttpServer())
        .get('/api/health/live')
        .set('X-Request-Id', 'lb-7f3a-0001')
        .expect(200);
      expect(given.headers['x-request-id']).toBe('lb-7f3a-0001');

      const refused = await request(app.getHttpServer())
        .get('/api/v1/me')
        .set('X-Request-Id', 'not a token; <script>')
        .expect(401);
      const own = refused.headers['x-request-id'];
      expect(own).toMatch(/^[0-9a-f-]{36}$/);
      expect(log.entries().find((entry) => entry['requestId'] === own)).toMatchObject({
        res: { statusCode: 401 },
        route: '/api/v1/me',
      });
    });
  });

  describe('health', () => {
    it('answers live without asking anything else', async () => {
      const response = await request(app.getHttpServer()).get('/api/health/live').expect(200);
      expect(response.body).toMatchObject({ status: 'live', version: '0.1.0' });
    });

    it('answers ready when the database answers, every migration is applied and storage takes a file', async () => {
      const response = await request(app.getHttpServer()).get('/api/health/ready').expect(200);
      expect(response.body).toMatchObject({
        status: 'ready',
        checks: { database: 'ok', migrations: 'ok', storage: 'ok' },
      });
    });

    it('keeps /api/health as it was', async () => {
      const response = await request(app.getHttpServer()).get('/api/health').expect(200);
      expect(response.body).toMatchObject({ status: 'ok', version: '0.1.0' });
    });

    it('answers 503 not-ready naming the migrations while one of this build is not applied', async () => {
      const dataSource = app.get(DataSource);
      const [newest]: { id: number; timestamp: string; name: string }[] = await dataSource.query(
        'SELECT id, timestamp, name FROM migrations ORDER BY timestamp DESC LIMIT 1',
      );
      await dataSource.query('DELETE FROM migrations WHERE id = $1', [newest.id]);
      try {
        const response = await request(app.getHttpServer())
          .get('/api/health/ready')
          .set('Accept-Language', 'en')
          .expect(503)
          .expect('Content-Type', PROBLEM_JSON);
        expect(response.body).toMatchObject({
          type: '/problems/not-ready',
          checks: { database: 'ok', migrations: 'pending', storage: 'ok' },
        });
        expect(response.body.detail).toContain('migrations');
      } finally {
        await dataSource.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [
          newest.id,
          newest.timestamp,
          newest.name,
        ]);
      }
      await request(app.getHttpServer()).get('/api/health/ready').expect(200);
    });

    it('answers 503 not-ready naming the storage when it cannot take a file', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'labelklaar-ready-'));
      // The data folder's "files" is a plain file: nothing can be stored under it.
      writeFileSync(join(folder, 'files'), 'not a folder');
      const broken = await createTestApp({ dataDir: folder });
      try {
        const response = await request(broken.getHttpServer())
          .get('/api/health/ready')
          .set('Accept-Language', 'en')
          .expect(503)
          .expect('Content-Type', PROBLEM_JSON);
        expect(response.body).toMatchObject({
          type: '/problems/not-ready',
          status: 503,
          checks: { database: 'ok', migrations: 'ok', storage: 'not-writable' },
        });
        expect(response.body.detail).toContain('Not ready: storage');
        await request(broken.getHttpServer()).get('/api/health/live').expect(200);
      } finally {
        await broken.close();
      }
    });
  });

  describe('metrics', () => {
    it('answers a direct request from this host in Prometheus’s format', async () => {
      await request(app.getHttpServer()).get('/api/health/live').expect(200);

      const response = await request(app.getHttpServer()).get('/metrics').expect(200);

      expect(response.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
      const text = response.text;
      expect(
        sample(text, 'labelklaar_http_request_duration_seconds_count', {
          method: 'GET',
          route: '/api/health/live',
          status_code: '200',
        }),
      ).toBeGreaterThanOrEqual(1);
      expect(text).toContain('process_cpu_user_seconds_total');
      expect(text).toContain('nodejs_eventloop_lag_seconds');
      expect(text).toMatch(/^labelklaar_db_pool_connections \d+$/m);
      expect(text).toMatch(/^labelklaar_db_pool_idle_connections \d+$/m);
      expect(text).toMatch(/^labelklaar_db_pool_waiting_requests \d+$/m);
      expect(
        sample(text, 'labelklaar_job_queue_depth', { queue: 'mail-send' }),
      ).toBeGreaterThanOrEqual(0);
    });

    it('labels requests by route template, never by the ids in the path', async () => {
      const officer = await registerOrganisation(app);
      const round = await startRound(officer);
      await officer.client.get(`/api/v1/rounds/${round.id}`).expect(200);

      const text = (await request(app.getHttpServer()).get('/metrics').expect(200)).text;

      expect(
        sample(text, 'labelklaar_http_request_duration_seconds_count', {
          route: '/api/v1/rounds/:roundId',
          status_code: '200',
        }),
      ).toBeGreaterThanOrEqual(1);
      expect(text).not.toContain(round.id);
    });

    it('times each export by format', async () => {
      const officer = await registerOrganisation(app);
      const round = await startRound(officer);
      const read = async () =>
        sample(
          (await request(app.getHttpServer()).get('/metrics').expect(200)).text,
          'labelklaar_export_duration_seconds_count',
          { format: 'csv', outcome: 'completed' },
        ) ?? 0;
      const before = await read();

      await officer.client.get(`/api/v1/rounds/${round.id}/criteria.csv`).expect(200);

      expect(await read()).toBe(before + 1);
    });

    it('does not exist for anyone else while no token is configured (404)', async () => {
      const response = await request(app.getHttpServer())
        .get('/metrics')
        .set('X-Forwarded-For', '203.0.113.7')
        .set('Authorization', `Bearer ${TOKEN}`)
        .expect(404)
        .expect('Content-Type', PROBLEM_JSON);
      expect(response.text).not.toContain('labelklaar_');
    });

    it('counts only its own requests: a registry per application instance', async () => {
      const other = await createTestApp({ metricsToken: TOKEN });
      try {
        for (let i = 0; i < 3; i += 1) {
          await request(other.getHttpServer()).get('/api/health/ready').expect(200);
        }
        const scrape = async (target: NestExpressApplication) =>
          sample(
            (await request(target.getHttpServer()).get('/metrics').expect(200)).text,
            'labelklaar_http_request_duration_seconds_count',
            { route: '/api/health/ready', status_code: '200' },
          ) ?? 0;
        const mine = await scrape(app);

        expect(await scrape(other)).toBe(3);
        expect(await scrape(app)).toBe(mine);
      } finally {
        await other.close();
      }
    });

    it('with a token configured: 401 without it or with a wrong one, 200 with it', async () => {
      const guarded = await createTestApp({ metricsToken: TOKEN });
      const remote = () =>
        request(guarded.getHttpServer()).get('/metrics').set('X-Forwarded-For', '203.0.113.7');
      try {
        const missing = await remote().expect(401).expect('Content-Type', PROBLEM_JSON);
        expect(missing.headers['www-authenticate']).toMatch(/^Bearer/);
        expect(missing.body).toMatchObject({ type: '/problems/metrics-token-required' });
        await remote()
          .set('Authorization', `Bearer ${TOKEN.slice(0, -1)}0`)
          .expect(401);
        await remote().set('Authorization', `Bearer ${TOKEN}x`).expect(401);
        await remote().set('Authorization', TOKEN).expect(401);

        const allowed = await remote().set('Authorization', `Bearer ${TOKEN}`).expect(200);
        expect(allowed.text).toContain('labelklaar_http_request_duration_seconds');
      } finally {
        await guarded.close();
      }
    });
  });
});
