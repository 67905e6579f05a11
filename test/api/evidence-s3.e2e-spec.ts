import { Evidence } from '@labelklaar/domain';

import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { NestExpressApplication } from '@nestjs/platform-express';

import { APP_CONFIG, AppConfig } from '../../apps/api/src/app/config/app-config';
import { EvidenceCleanupService } from '../../apps/api/src/app/evidence/evidence-cleanup.service';
import { FileStorage } from '../../apps/api/src/app/evidence/storage/file-storage';
import { s3ClientOf, S3FileStorage } from '../../apps/api/src/app/evidence/storage/s3-file-storage';
import { Actor, registerOrganisation } from '../support/factories';
import { pdfBytes, sha256, upload } from '../support/rounds';
import { TestS3Server } from '../support/s3-server';
import { createTestApp } from '../support/test-app';

const MIB = 1024 * 1024;
const key = (hash: string) => `evidence/${hash}`;

function stagedFile(content: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'labelklaar-s3-staged-')), 'upload.part');
  writeFileSync(path, content);
  return path;
}

/** A PDF of `size` bytes: the header the type check reads, then random bytes (no two alike). */
function largePdf(size: number): Buffer {
  const head = pdfBytes('groot');
  return Buffer.concat([head, randomBytes(size - head.length)]);
}

describe('the S3 storage adapter on a real S3 server', () => {
  let s3: TestS3Server;
  let storage: S3FileStorage;

  beforeAll(async () => {
    s3 = await TestS3Server.start();
    storage = new S3FileStorage(s3ClientOf(s3.settings), s3.bucket, { pageSize: 2 });
  });

  afterAll(async () => {
    storage.onModuleDestroy();
    await s3.close();
  });

  it('stores a file under its hash, streams it back whole and in part, and removes it', async () => {
    const content = randomBytes(7 * MIB);
    const hash = sha256(content);
    const staged = stagedFile(content);
    expect(await storage.exists(hash)).toBe(false);
    await storage.putFromFile(hash, staged);
    expect(readdirSync(join(staged, '..'))).toEqual([]);
    expect(await storage.exists(hash)).toBe(true);
    expect(await s3.keys()).toContain(key(hash));
    expect((await buffer(await storage.open(hash))).equals(content)).toBe(true);
    const part = await buffer(await storage.open(hash, { start: 10, end: 19 }));
    expect(part.equals(content.subarray(10, 20))).toBe(true);
    await storage.remove(hash);
    expect(await storage.exists(hash)).toBe(false);
    // Removing what is gone is no error: two cleanups may meet.
    await expect(storage.remove(hash)).resolves.toBeUndefined();
  });

  it('stores a known hash once, whole, and consumes the second staged file', async () => {
    const content = randomBytes(1000);
    const hash = sha256(content);
    await storage.putFromFile(hash, stagedFile(content));
    const again = stagedFile(content);
    await storage.putFromFile(hash, again);
    expect(readdirSync(join(again, '..'))).toEqual([]);
    expect((await s3.keys()).filter((name) => name === key(hash))).toHaveLength(1);
    const head = await s3
      .client()
      .send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key(hash) }));
    expect(head.ContentLength).toBe(content.length);
    expect((await buffer(await storage.open(hash))).equals(content)).toBe(true);
  });

  it('lists every blob over several pages and skips keys that are not a hash', async () => {
    const hashes: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const content = randomBytes(100);
      hashes.push(sha256(content));
      await storage.putFromFile(sha256(content), stagedFile(content));
    }
    await s3.put('evidence/not-a-hash', Buffer.from('x'));
    await s3.put('elsewhere/readme.txt', Buffer.from('x'));
    const listed: string[] = [];
    for await (const blob of storage.list()) {
      expect(blob.storedAt).toBeInstanceOf(Date);
      listed.push(blob.sha256);
    }
    expect(listed).toEqual(expect.arrayContaining(hashes));
    expect(listed.every((hash) => /^[0-9a-f]{64}$/.test(hash))).toBe(true);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('leaves no object when the connection breaks halfway through a multipart upload', async () => {
    const content = randomBytes(12 * MIB);
    const hash = sha256(content);
    s3.cutAfter(7 * MIB);
    try {
      await expect(storage.putFromFile(hash, stagedFile(content))).rejects.toThrow(/S3 bucket/);
    } finally {
      s3.mend();
    }
    expect(await storage.exists(hash)).toBe(false);
    expect(await s3.keys()).not.toContain(key(hash));
  });
});

describe('evidence on S3 through the API', () => {
  let s3: TestS3Server;
  let app: NestExpressApplication;
  let qo: Actor;
  let filesDir: string;

  beforeAll(async () => {
    s3 = await TestS3Server.start();
    app = await createTestApp({ s3: s3.settings });
    filesDir = join(app.get<AppConfig>(APP_CONFIG).dataDir, 'files');
    qo = await registerOrganisation(app);
  });

  afterAll(async () => {
    await app.close();
    await s3.close();
  });

  async function evidenceCount(): Promise<number> {
    return ((await qo.client.get('/api/v1/evidence').expect(200)).body as Evidence[]).length;
  }

  /** Blobs on the local disk; the staging folder empties after every request. */
  function localFiles(): string[] {
    return readdirSync(filesDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  }

  it('uses the S3 adapter when S3 is configured', () => {
    expect(app.get(FileStorage)).toBeInstanceOf(S3FileStorage);
  });

  it('stores an upload in the bucket under its sha256, once however often it comes', async () => {
    const content = pdfBytes('in de emmer');
    const first = await upload(qo.client, { name: 'a.pdf', content }).expect(201);
    const second = await upload(qo.client, { name: 'b.pdf', content }).expect(201);
    expect(first.body.sha256).toBe(sha256(content));
    expect(second.body.id).not.toBe(first.body.id);
    expect((await s3.keys()).filter((name) => name === key(sha256(content)))).toHaveLength(1);
    expect(localFiles()).toEqual([]);
  });

  it('streams a download whole, and one byte range with 206', async () => {
    const content = largePdf(3 * MIB);
    const { body } = await upload(qo.client, { name: 'groot.pdf', content }).expect(201);
    const path = `/api/v1/evidence/${(body as Evidence).id}/content`;
    const whole = await qo.client.get(path).buffer(true).expect(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers['content-length']).toBe(String(content.length));
    expect(Buffer.from(whole.body as Buffer).equals(content)).toBe(true);

    const part = await qo.client.get(path).set('Range', 'bytes=1000-1999').buffer(true).expect(206);
    expect(part.headers['content-range']).toBe(`bytes 1000-1999/${content.length}`);
    expect(part.headers['content-length']).toBe('1000');
    expect(Buffer.from(part.body as Buffer).equals(content.subarray(1000, 2000))).toBe(true);

    const tail = await qo.client.get(path).set('Range', 'bytes=-10').buffer(true).expect(206);
    expect(Buffer.from(tail.body as Buffer).equals(content.subarray(-10))).toBe(true);
  });

  it('answers 416 with the size for a range past the end, and the whole file for several', async () => {
    const content = pdfBytes('bereik');
    const { body } = await upload(qo.client, { name: 'r.pdf', content }).expect(201);
    const path = `/api/v1/evidence/${(body as Evidence).id}/content`;
    const refused = await qo.client.get(path).set('Range', `bytes=${content.length}-`).expect(416);
    expect(refused.headers['content-range']).toBe(`bytes */${content.length}`);
    expect(refused.body).toMatchObject({ type: '/problems/range-not-satisfiable', status: 416 });
    const several = await qo.client.get(path).set('Range', 'bytes=0-1,5-6').buffer(true);
    expect(several.status).toBe(200);
    expect(Buffer.from(several.body as Buffer).equals(content)).toBe(true);
  });

  it('removes unreferenced blobs from the bucket and keeps referenced ones', async () => {
    const kept = pdfBytes('blijft');
    await upload(qo.client, { name: 'kept.pdf', content: kept }).expect(201);
    const orphan = randomBytes(64);
    await s3.put(key(sha256(orphan)), orphan);
    const removed = await app
      .get(EvidenceCleanupService)
      .removeUnreferenced(new Date(Date.now() + 60_000));
    expect(removed).toBeGreaterThanOrEqual(1);
    const keys = await s3.keys();
    expect(keys).not.toContain(key(sha256(orphan)));
    expect(keys).toContain(key(sha256(kept)));
  });

  it('answers 503 and writes no row when S3 is down during an upload', async () => {
    const before = await evidenceCount();
    const content = pdfBytes('storing');
    await s3.stop();
    try {
      const response = await upload(qo.client, { name: 'uit.pdf', content });
      expect([response.status, response.body.type]).toEqual([503, '/problems/storage-unavailable']);
    } finally {
      await s3.resume();
    }
    expect(await evidenceCount()).toBe(before);
    expect(await s3.keys()).not.toContain(key(sha256(content)));
    expect(localFiles()).toEqual([]);
  });

  it('stores nothing and writes no row when the connection breaks halfway through', async () => {
    const before = await evidenceCount();
    const content = largePdf(12 * MIB);
    s3.cutAfter(6 * MIB);
    try {
      const response = await upload(qo.client, { name: 'half.pdf', content });
      expect([response.status, response.body.type]).toEqual([503, '/problems/storage-unavailable']);
    } finally {
      s3.mend();
    }
    expect(await evidenceCount()).toBe(before);
    expect(await s3.keys()).not.toContain(key(sha256(content)));
    expect(localFiles()).toEqual([]);
    // And the same file goes in whole once S3 answers again.
    await upload(qo.client, { name: 'half.pdf', content }).expect(201);
    expect(await s3.keys()).toContain(key(sha256(content)));
  });
});
