import { RubricSummary, RubricVersionDetail } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import { ApiClient } from '../support/api-client';
import { createPlatformAdmin } from '../support/factories';
import { bundledAs, publishVersion, uniqueRubricId } from '../support/rubric-authoring';
import { createTestApp } from '../support/test-app';

/**
 * Two API instances on one database, as behind a load balancer: each keeps published versions in
 * memory, and a version one of them retires must read as retired on the other at once.
 */
describe('the status of a rubric version across instances', () => {
  let first: NestExpressApplication;
  let second: NestExpressApplication;
  let admin: ApiClient;
  let reader: ApiClient;
  let secondAdmin: ApiClient;

  beforeAll(async () => {
    first = await createTestApp();
    second = await createTestApp();
    admin = (await createPlatformAdmin(first)).client;
    reader = await ApiClient.create(second);
    secondAdmin = (await createPlatformAdmin(second)).client;
  });

  afterAll(async () => {
    await second.close();
    await first.close();
  });

  async function statusOnSecond(rubricId: string) {
    const version = await reader.get(`/api/v1/rubrics/${rubricId}/versions/1.0.0`).expect(200);
    const list = await reader.get('/api/v1/rubrics').expect(200);
    const listed = (list.body as RubricSummary[]).find((entry) => entry.id === rubricId);
    return { version: (version.body as RubricVersionDetail).status, list: listed?.status };
  }

  it('shows a version retired by one instance as retired on the other immediately', async () => {
    const rubricId = uniqueRubricId('twee-instanties');
    await publishVersion(admin, bundledAs(rubricId));
    // The second instance reads, and so keeps, the published version first.
    expect(await statusOnSecond(rubricId)).toEqual({ version: 'published', list: 'published' });
    await secondAdmin.get(`/api/v1/rubrics/${rubricId}/versions/1.0.0.yaml`).expect(200);

    const retired = await admin.post(`/api/v1/rubrics/${rubricId}/versions/1.0.0/retire`, {});
    expect([retired.status, retired.body.status]).toEqual([200, 'retired']);

    expect(await statusOnSecond(rubricId)).toEqual({ version: 'retired', list: 'retired' });
    const onFirst = await admin.get(`/api/v1/rubrics/${rubricId}/versions/1.0.0`).expect(200);
    expect(onFirst.body.status).toBe('retired');
    const exported = await secondAdmin.get(`/api/v1/rubrics/${rubricId}/versions/1.0.0.yaml`);
    expect(exported.status).toBe(200);
    expect(exported.text).toMatch(/^status: retired$/m);
  });

  it('still answers 404 for an unknown version', async () => {
    await reader.get(`/api/v1/rubrics/${uniqueRubricId()}/versions/1.0.0`).expect(404);
  });
});
