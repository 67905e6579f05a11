import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

import { Actor, registerOrganisation } from '../support/factories';
import { upload } from '../support/rounds';
import { createTestApp } from '../support/test-app';

const RUBRIC_PATH = '/api/v1/rubrics/sterk-sociaal-werk/versions/1.0.0';

describe('response headers of the API', () => {
  let app: NestExpressApplication;
  let qo: Actor;

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app);
  });

  afterAll(async () => {
    await app.close();
  });

  describe('Cache-Control', () => {
    it.each(['/api/v1/me', '/api/v1/rounds', '/api/v1/evidence', '/api/v1/organisation/members'])(
      'keeps the logged-in GET %s out of every cache',
      async (path) => {
        const response = await qo.client.get(path);
        expect(response.status).toBe(200);
        expect(response.headers['cache-control']).toBe('no-store');
      },
    );

    it('keeps errors and anonymous answers out of caches too', async () => {
      const server = app.getHttpServer();
      const unauthenticated = await request(server).get('/api/v1/me').expect(401);
      const missing = await request(server).get('/api/v1/does-not-exist').expect(404);
      const health = await request(server).get('/api/health').expect(200);
      const refused = await qo.client.post('/api/v1/rounds', { title: '' }).expect(400);
      for (const response of [unauthenticated, missing, health, refused]) {
        expect(response.headers['cache-control']).toBe('no-store');
      }
    });

    it('leaves a download its own rule', async () => {
      const content = Buffer.from('Verslag teamoverleg\n'.repeat(200));
      const uploaded = await upload(qo.client, { name: 'verslag.txt', content }).expect(201);
      const download = await qo.client
        .get(`/api/v1/evidence/${uploaded.body.id}/content`)
        .set('Accept-Encoding', 'gzip, br')
        .expect(200);
      expect(download.headers['cache-control']).toBe('private, no-store');
      // A file goes out as stored: byte for byte, with its length, never compressed on the way.
      expect(download.headers['content-encoding']).toBeUndefined();
      expect(download.headers['content-length']).toBe(String(content.length));
    });

    it('lets the public OpenAPI document be cached', async () => {
      const response = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
      expect(response.headers['cache-control']).toBeUndefined();
    });
  });

  describe('compression', () => {
    it.each(['gzip', 'br'])(
      'sends a JSON answer %s-compressed when the client accepts it',
      async (encoding) => {
        const response = await qo.client
          .get(RUBRIC_PATH)
          .set('Accept-Encoding', encoding)
          .expect(200);
        expect(response.headers['content-encoding']).toBe(encoding);
        expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
        expect(response.body.domains).toHaveLength(4);
      },
    );

    it('prefers brotli when the client accepts both', async () => {
      const response = await qo.client
        .get(RUBRIC_PATH)
        .set('Accept-Encoding', 'gzip, deflate, br')
        .expect(200);
      expect(response.headers['content-encoding']).toBe('br');
    });

    it('sends JSON as it is to a client that accepts no compression', async () => {
      const response = await qo.client
        .get(RUBRIC_PATH)
        .set('Accept-Encoding', 'identity')
        .expect(200);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(Number(response.headers['content-length'])).toBeGreaterThan(1024);
    });

    it('does not compress small answers, where it would only cost time', async () => {
      const response = await request(app.getHttpServer())
        .get('/api/health')
        .set('Accept-Encoding', 'gzip, br')
        .expect(200);
      expect(response.headers['content-encoding']).toBeUndefined();
    });
  });
});
