import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { ApiClient } from '../support/api-client';
import { Actor, registerOrganisation, TEST_PASSWORD } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { createTestApp } from '../support/test-app';

describe('GET /api/v1/auth/session', () => {
  let app: NestExpressApplication;
  let qo: Actor;

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app);
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers an anonymous visitor 200: nobody is logged in', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/auth/session').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toEqual({ authenticated: false, me: null });
  });

  it('answers a logged-in user with who they are, as GET /me does', async () => {
    const me = await qo.client.get('/api/v1/me').expect(200);
    const response = await qo.client.get('/api/v1/auth/session').expect(200);
    expect(response.body).toEqual({ authenticated: true, me: me.body });
    expect(response.body.me).toEqual(qo.me);
  });

  it('says nobody is logged in once the session has ended', async () => {
    const client = await ApiClient.create(app);
    await client.login(qo.email, TEST_PASSWORD);
    expect((await client.get('/api/v1/auth/session').expect(200)).body.authenticated).toBe(true);
    await client.post('/api/v1/auth/logout').expect(204);
    const response = await client.get('/api/v1/auth/session').expect(200);
    expect(response.body).toEqual({ authenticated: false, me: null });
  });

  it('treats a session past its expiry as none: the guarded API answers 401, nobody is logged in', async () => {
    const client = await ApiClient.create(app);
    await client.login(qo.email, TEST_PASSWORD);
    await client.get('/api/v1/organisation').expect(200);
    await app
      .get(DataSource)
      .query(
        `UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = $1 AND created_at = (SELECT max(created_at) FROM sessions WHERE user_id = $1)`,
        [qo.me.user.id],
      );
    const refused = await client.get('/api/v1/organisation').expect(401);
    expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(refused.body.type).toBe('/problems/not-authenticated');
    expect((await client.get('/api/v1/auth/session').expect(200)).body).toEqual({
      authenticated: false,
      me: null,
    });
    // The other session of the same person is untouched.
    await qo.client.get('/api/v1/organisation').expect(200);
  });

  it('leaves GET /me answering 401 without a session, for API clients', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/me').expect(401);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body.type).toBe('/problems/not-authenticated');
  });
});
