import { NestExpressApplication } from '@nestjs/platform-express';
import request, { Response } from 'supertest';

import { ApiClient } from '../support/api-client';
import { Actor, registerOrganisation, TEST_PASSWORD } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { startRound } from '../support/rounds';
import { startTcpProxy, TcpProxy } from '../support/tcp-proxy';
import { createTestApp, testDatabaseKind } from '../support/test-app';

const UNAVAILABLE = {
  type: '/problems/database-unavailable',
  title: 'Even niet beschikbaar',
  status: 503,
  detail: 'De database is op dit moment niet bereikbaar. Probeer het over 5 seconden opnieuw.',
};

/** What a client sees: status, problem+json or not, Retry-After and the problem's type. */
const seen = (response: Response) => ({
  status: response.status,
  problem: PROBLEM_JSON.test(response.headers['content-type'] ?? ''),
  retryAfter: response.headers['retry-after'] ?? null,
  type: (response.body as { type?: string }).type ?? null,
});

const UNAVAILABLE_SEEN = {
  status: 503,
  problem: true,
  retryAfter: '5',
  type: '/problems/database-unavailable',
};

describe('a database that cannot be reached', () => {
  let proxy: TcpProxy;
  let app: NestExpressApplication;
  let officer: Actor;
  let roundId: string;

  beforeAll(async () => {
    proxy = await startTcpProxy(process.env['DATABASE_URL'] ?? '');
    app = await createTestApp({}, proxy.url);
    officer = await registerOrganisation(app);
    roundId = (await startRound(officer)).id;
  });

  afterAll(async () => {
    await proxy.restore();
    await app.close();
    await proxy.close();
  });

  afterEach(async () => {
    // Every test leaves the database reachable again, as a restart ends.
    await proxy.restore();
  });

  it('answers 503 database-unavailable with Retry-After while it is down, and works again once it is back', async () => {
    const health = request(app.getHttpServer());
    await proxy.cut();

    const down = await health.get('/api/health');
    expect(down.body).toEqual({ ...UNAVAILABLE, instance: '/api/health' });
    expect(seen(down)).toEqual(UNAVAILABLE_SEEN);
    const read = await officer.client.get(`/api/v1/rounds/${roundId}`);
    expect(seen(read)).toEqual(UNAVAILABLE_SEEN);
    const write = await officer.client.patch(`/api/v1/rounds/${roundId}`, {
      version: 1,
      title: 'Tijdens de storing',
    });
    expect(seen(write)).toEqual(UNAVAILABLE_SEEN);
    const anonymous = await ApiClient.create(app);
    const login = await anonymous.post('/api/v1/auth/login', {
      email: officer.email,
      password: TEST_PASSWORD,
    });
    expect(seen(login)).toEqual(UNAVAILABLE_SEEN);
    const english = await health.get('/api/health').set('Accept-Language', 'en');
    expect(english.body.detail).toBe(
      'The database cannot be reached right now. Try again in 5 seconds.',
    );

    await proxy.restore();

    const up = await health.get('/api/health');
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ status: 'ok', database: testDatabaseKind() });
    const again = await officer.client.get(`/api/v1/rounds/${roundId}`);
    expect(again.status).toBe(200);
    expect(again.body.title).toBe('Zelfevaluatie 2026');
    await officer.client
      .patch(`/api/v1/rounds/${roundId}`, { version: again.body.version, title: 'Na de storing' })
      .expect(200);
  });

  it('answers every request of a burst with 503, never 500, when the connection is cut under them', async () => {
    proxy.hold();
    // Requests that reach the database and wait for its answer when the connection goes.
    const burst = Array.from({ length: 19 }, (_, index) =>
      index % 2 === 0
        ? request(app.getHttpServer()).get('/api/health')
        : officer.client.get(`/api/v1/rounds/${roundId}`),
    );
    const answers = Promise.all(burst.map((call) => call.then(seen)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await proxy.cut();

    expect(await answers).toEqual(burst.map(() => UNAVAILABLE_SEEN));

    await proxy.restore();
    await request(app.getHttpServer()).get('/api/health').expect(200);
    await officer.client.get(`/api/v1/rounds/${roundId}`).expect(200);
  });
});
