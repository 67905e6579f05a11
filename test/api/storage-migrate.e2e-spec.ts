import { Evidence } from '@labelklaar/domain';

import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';

import { LocalFileStorage } from '../../apps/api/src/app/evidence/storage/local-file-storage';
import { StorageMigrationService } from '../../apps/api/src/app/evidence/storage/storage-migration.service';
import { ApiClient } from '../support/api-client';
import { Actor, registerOrganisation, TEST_PASSWORD } from '../support/factories';
import { pdfBytes, sha256, upload } from '../support/rounds';
import { TestS3Server } from '../support/s3-server';
import { createTestApp } from '../support/test-app';

/**
 * `cli.js storage:migrate`: an installation that kept its files on disk moves to S3. The files are
 * uploaded with the local adapter; then the same data folder and database start with S3 set.
 */
describe('storage:migrate (local files to S3)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'labelklaar-migrate-'));
  const contents = [
    pdfBytes('een'),
    pdfBytes('twee'),
    Buffer.concat([pdfBytes('drie'), randomBytes(6 * 1024 * 1024)]),
  ];
  let s3: TestS3Server;
  let app: NestExpressApplication;
  let qo: Actor;
  const uploaded: Evidence[] = [];

  beforeAll(async () => {
    s3 = await TestS3Server.start();
    const local = await createTestApp({ dataDir });
    try {
      qo = await registerOrganisation(local);
      for (const [index, content] of [...contents, contents[0]].entries()) {
        const response = await upload(qo.client, { name: `stuk-${index}.pdf`, content });
        uploaded.push(response.body as Evidence);
      }
    } finally {
      await local.close();
    }
    app = await createTestApp({ dataDir, s3: s3.settings });
  }, 120_000);

  afterAll(async () => {
    await app.close();
    await s3.close();
  });

  const migrate = () => app.get(StorageMigrationService).localToS3();

  it('copies every local file to S3 and verifies each by its hash', async () => {
    expect(await migrate()).toEqual({
      files: 3,
      copied: 3,
      present: 0,
      repaired: 0,
      verified: 3,
      failed: [],
    });
    expect(await s3.keys()).toEqual(
      contents.map((content) => `evidence/${sha256(content)}`).sort(),
    );
  });

  it('serves the migrated files through the API from S3', async () => {
    const client = await ApiClient.create(app);
    await client.login(qo.email, TEST_PASSWORD);
    for (const [index, evidence] of uploaded.entries()) {
      const download = await client
        .get(`/api/v1/evidence/${evidence.id}/content`)
        .buffer(true)
        .expect(200);
      expect(sha256(download.body as Buffer)).toBe(sha256([...contents, contents[0]][index]));
    }
  });

  it('copies nothing a second time, and still checks every hash', async () => {
    expect(await migrate()).toEqual({
      files: 3,
      copied: 0,
      present: 3,
      repaired: 0,
      verified: 3,
      failed: [],
    });
  });

  it('copies again a file S3 holds with other bytes', async () => {
    await s3.put(`evidence/${sha256(contents[1])}`, Buffer.from('kapot'));
    expect(await migrate()).toMatchObject({ copied: 0, present: 2, repaired: 1, verified: 3 });
    expect((await migrate()).present).toBe(3);
  });

  it('reports a damaged local file and copies nothing for it', async () => {
    const fake = sha256('nooit geüpload');
    const path = new LocalFileStorage(join(dataDir, 'files')).pathOf(fake);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, 'andere inhoud');
    chmodSync(path, 0o444);
    const summary = await migrate();
    expect(summary).toMatchObject({ files: 4, present: 3, verified: 3 });
    expect(summary.failed).toEqual([
      {
        sha256: fake,
        reason: 'the local file does not match its name (damaged on disk); not copied',
      },
    ]);
    expect(await s3.keys()).not.toContain(`evidence/${fake}`);
  });
});

describe('storage:migrate without S3 settings', () => {
  it('says which settings it needs', async () => {
    const app = await createTestApp();
    try {
      await expect(app.get(StorageMigrationService).localToS3()).rejects.toThrow(
        /set LABELKLAAR_S3_BUCKET/,
      );
    } finally {
      await app.close();
    }
  });
});
