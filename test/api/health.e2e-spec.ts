import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

import { createTestApp, testDatabaseKind } from '../support/test-app';

describe('GET /api/health', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers ok with the kind of database', async () => {
    const response = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      database: testDatabaseKind(),
      version: expect.any(String),
      time: expect.any(String),
    });
  });

  it('sets helmet security headers and a readable XSRF-TOKEN cookie', async () => {
    const response = await request(app.getHttpServer()).get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const xsrf = cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='));
    expect(xsrf).toMatch(/SameSite=Lax/);
    expect(xsrf).not.toMatch(/HttpOnly/);
  });

  it('serves the OpenAPI document and its UI', async () => {
    const json = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/v1/auth/login',
        '/api/v1/rubrics',
        '/api/v1/me',
      ]),
    );
    const ui = await request(app.getHttpServer()).get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('answers an unknown API path with a problem document', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/does-not-exist').expect(404);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toEqual({
      type: '/problems/not-found',
      title: 'Niet gevonden',
      status: 404,
      detail: 'Dit bestaat niet of je hebt er geen toegang toe.',
      instance: '/api/v1/does-not-exist',
    });
  });
});
