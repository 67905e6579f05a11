import { NestExpressApplication } from '@nestjs/platform-express';

import { createPlatformAdmin, registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { createTestApp } from '../support/test-app';

describe('the platform admin', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('is told so by GET /me, and an ordinary member is not', async () => {
    const admin = await createPlatformAdmin(app);
    const officer = await registerOrganisation(app);

    const adminMe = await admin.client.get('/api/v1/me');
    expect(adminMe.status).toBe(200);
    expect(adminMe.body).toMatchObject({
      platformAdmin: true,
      memberships: [],
      activeOrganisationId: null,
    });
    expect((await officer.client.get('/api/v1/me')).body.platformAdmin).toBe(false);
  });

  it('belongs to no organisation, so organisation data stays closed to them', async () => {
    const admin = await createPlatformAdmin(app);

    for (const path of [
      '/api/v1/organisation',
      '/api/v1/organisation/members',
      '/api/v1/rounds',
      '/api/v1/actions',
    ]) {
      const response = await admin.client.get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 403 });
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    }
  });
});
