import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

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

  it('leaves GET /me answering 401 without a session, for API clients', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/me').expect(401);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body.type).toBe('/problems/not-authenticated');
  });
});
