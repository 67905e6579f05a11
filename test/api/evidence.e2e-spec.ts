import { Evidence } from '@labelklaar/domain';

import { randomBytes } from 'node:crypto';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import ExcelJS from 'exceljs';
import request from 'supertest';

import { APP_CONFIG, AppConfig } from '../../apps/api/src/app/config/app-config';
import { EvidenceCleanupService } from '../../apps/api/src/app/evidence/evidence-cleanup.service';
import { FileStorage } from '../../apps/api/src/app/evidence/storage/file-storage';
import { ApiClient } from '../support/api-client';
import { Actor, addMember, registerOrganisation } from '../support/factories';
import { docx, odt, withDeclaredSize, zeros, zipOf } from '../support/office-files';
import { pdfBytes, registerLink, sha256, startRound, upload, uploadPdf } from '../support/rounds';
import { createTestApp } from '../support/test-app';

const ELF = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
  Buffer.alloc(120, 0),
]);
const MZ = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126, 0x90)]);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  Buffer.from('IHDR'),
  Buffer.alloc(17, 0),
]);

const MIB = 1024 * 1024;

async function xlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Bereik').addRows([
    ['wijk', 'bereik'],
    ['Oost', 120],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every file below the storage folder, blobs and staging files alike. */
function filesUnder(directory: string): string[] {
  try {
    return readdirSync(directory).flatMap((name) => {
      const path = join(directory, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
  } catch {
    return [];
  }
}

describe('evidence', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let filesDir: string;

  beforeAll(async () => {
    app = await createTestApp();
    filesDir = join(app.get<AppConfig>(APP_CONFIG).dataDir, 'files');
    qo = await registerOrganisation(app);
  });

  afterAll(async () => {
    await app.close();
  });

  async function evidenceCount(actor: Actor = qo): Promise<number> {
    return ((await actor.client.get('/api/v1/evidence').expect(200)).body as Evidence[]).length;
  }

  describe('POST /api/v1/evidence', () => {
    it('answers 401 without a session', async () => {
      const anonymous = await ApiClient.create(app);
      const response = await upload(anonymous, { name: 'x.pdf', content: pdfBytes() }).expect(401);
      expect(response.body.type).toBe('/problems/not-authenticated');
      await request(app.getHttpServer()).get('/api/v1/evidence').expect(401);
    });

    it('stores a PDF under its sha256 and answers the evidence', async () => {
      const content = pdfBytes('opgeslagen');
      const response = await upload(
        qo.client,
        { name: 'Beleidsplan 2026.PDF', content, type: 'application/pdf' },
        { validUntil: '2027-12-31' },
      ).expect(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        revision: 1,
        source: 'file',
        title: 'Beleidsplan 2026',
        evidenceKind: 'beleidsplan',
        documentDate: '2026-01-10',
        validUntil: '2027-12-31',
        url: null,
        fileName: 'Beleidsplan 2026.PDF',
        mediaType: 'application/pdf',
        sizeBytes: content.length,
        sha256: sha256(content),
        createdAt: expect.any(String),
        createdBy: { userId: qo.me.user.id, displayName: 'Kwaliteit Test' },
        isExpired: false,
      });
      const hash = sha256(content);
      expect(filesUnder(filesDir)).toContain(
        join(filesDir, hash.slice(0, 2), hash.slice(2, 4), hash),
      );
    });

    it('keeps the same file once however often it is uploaded', async () => {
      const content = pdfBytes('twee keer');
      const first = await upload(qo.client, { name: 'a.pdf', content }).expect(201);
      const second = await upload(qo.client, { name: 'b.pdf', content }).expect(201);
      expect(first.body.id).not.toBe(second.body.id);
      expect(filesUnder(filesDir).filter((path) => path.endsWith(sha256(content)))).toHaveLength(1);
    });

    it.each([
      [
        'plain text',
        'verslag.txt',
        Buffer.from('Intervisie 12 maart\nCasus: eenzaamheid\n'),
        'text/plain; charset=utf-8',
      ],
      [
        'a csv file',
        'bereik.csv',
        Buffer.from('wijk;bereik\nOost;120\n'),
        'text/csv; charset=utf-8',
      ],
      ['a png image', 'foto.png', PNG, 'image/png'],
    ])('accepts %s', async (_case, name, content, mediaType) => {
      const response = await upload(qo.client, { name, content }).expect(201);
      expect(response.body.mediaType).toBe(mediaType);
    });

    it.each([
      ['an ELF executable renamed to .pdf', 'rapport.pdf', ELF, 'file-type-mismatch'],
      ['a Windows executable renamed to .pdf', 'rapport.pdf', MZ, 'unsupported-file-type'],
      ['a Windows executable under its own name', 'setup.exe', MZ, 'unsupported-file-type'],
      ['a PDF named as an image', 'foto.jpg', pdfBytes(), 'file-type-mismatch'],
      ['binary content named .txt', 'notities.txt', ELF, 'file-type-mismatch'],
      ['a file without an extension', 'rapport', pdfBytes(), 'unsupported-file-type'],
      [
        'an html page',
        'pagina.html',
        Buffer.from('<html><script>alert(1)</script></html>'),
        'unsupported-file-type',
      ],
    ])('refuses %s with 415 and stores nothing', async (_case, name, content, type) => {
      const before = await evidenceCount();
      const stored = filesUnder(filesDir);
      const response = await upload(qo.client, { name, content }).expect(415);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.type).toBe(`/problems/${type}`);
      expect(await evidenceCount()).toBe(before);
      expect(filesUnder(filesDir)).toEqual(stored);
    });

    it('refuses an unknown evidence kind with 400 and stores nothing', async () => {
      const stored = filesUnder(filesDir);
      const response = await upload(
        qo.client,
        { name: 'x.pdf', content: pdfBytes('soort') },
        { evidenceKind: 'iets-anders' },
      ).expect(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ field: 'evidenceKind', code: 'isEvidenceKind' }),
      ]);
      expect(filesUnder(filesDir)).toEqual(stored);
    });

    it('answers 400 for a form without a file or without fields', async () => {
      const noFile = await qo.client.agent
        .post('/api/v1/evidence')
        .set('X-XSRF-TOKEN', qo.client.token)
        .field('title', 'x')
        .field('evidenceKind', 'beleidsplan')
        .field('documentDate', '2026-01-01')
        .expect(400);
      expect(noFile.body.errors).toEqual([
        expect.objectContaining({ field: 'file', code: 'isDefined' }),
      ]);
      const noFields = await qo.client.agent
        .post('/api/v1/evidence')
        .set('X-XSRF-TOKEN', qo.client.token)
        .attach('file', pdfBytes(), 'x.pdf')
        .expect(400);
      expect(noFields.body.type).toBe('/problems/validation-failed');
    });

    it('answers malformed input with 4xx problem documents', async () => {
      const json = await qo.client.post('/api/v1/evidence', { title: 'x' }).expect(400);
      expect(json.body.type).toBe('/problems/validation-failed');
      const broken = await qo.client.agent
        .post('/api/v1/evidence')
        .set('X-XSRF-TOKEN', qo.client.token)
        .set('Content-Type', 'multipart/form-data; boundary=zzz')
        .send('--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF')
        .expect(400);
      expect(broken.body.type).toBe('/problems/malformed-upload');
      const text = await qo.client.agent
        .post('/api/v1/evidence')
        .set('X-XSRF-TOKEN', qo.client.token)
        .set('Content-Type', 'text/plain')
        .send('hallo')
        .expect(415);
      expect(text.body.type).toBe('/problems/unsupported-media-type');
    });

    it('takes multipart on the upload route only', async () => {
      const response = await qo.client.agent
        .post('/api/v1/evidence/links')
        .set('X-XSRF-TOKEN', qo.client.token)
        .field('title', 'x')
        .expect(415);
      expect(response.body.type).toBe('/problems/unsupported-media-type');
    });

    it('lets a contributor upload and refuses a manager', async () => {
      const contributor = await addMember(app, qo, 'contributor');
      const manager = await addMember(app, qo, 'manager');
      await uploadPdf(contributor.client, {}, 'bijdrager');
      const refused = await upload(manager.client, {
        name: 'x.pdf',
        content: pdfBytes('manager'),
      }).expect(403);
      expect(refused.body.type).toBe('/problems/forbidden');
    });
  });

  describe('the upload size limit', () => {
    let small: NestExpressApplication;

    beforeAll(async () => {
      small = await createTestApp({ maxUploadBytes: 1024 });
    });

    afterAll(async () => {
      await small.close();
    });

    it('answers 413 over the limit and stores nothing: no row, no file, no staging file', async () => {
      const org = await registerOrganisation(small);
      const smallFiles = join(small.get<AppConfig>(APP_CONFIG).dataDir, 'files');
      const response = await upload(org.client, {
        name: 'groot.txt',
        content: Buffer.alloc(64 * 1024, 'a'),
      }).expect(413);
      expect(response.body).toMatchObject({ type: '/problems/file-too-large', status: 413 });
      expect(response.body.detail).toBe(
        'Het bestand is groter dan de toegestane 1 KiB. Er is niets opgeslagen.',
      );
      expect(await evidenceCount(org)).toBe(0);
      expect(filesUnder(smallFiles)).toEqual([]);
      await upload(org.client, { name: 'precies.txt', content: Buffer.alloc(1024, 'b') }).expect(
        201,
      );
    });
  });

  describe('office files: ZIP archives inside', () => {
    async function expectRefused(name: string, content: Buffer, status: number, type: string) {
      const before = await evidenceCount();
      const stored = filesUnder(filesDir);
      const response = await upload(qo.client, { name, content }).expect(status);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body).toMatchObject({ type: `/problems/${type}`, status });
      expect(await evidenceCount()).toBe(before);
      expect(filesUnder(filesDir)).toEqual(stored);
      return response.body.detail as string;
    }

    it.each([
      [
        'a Word document',
        'verslag.docx',
        () => docx(),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [
        'an Excel workbook',
        'bereik.xlsx',
        xlsx,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
      [
        'an OpenDocument text',
        'notulen.odt',
        () => odt(),
        'application/vnd.oasis.opendocument.text',
      ],
    ])('accepts %s', async (_case, name, make, mediaType) => {
      const response = await upload(qo.client, { name, content: await make() }).expect(201);
      expect(response.body.mediaType).toBe(mediaType);
    });

    it('refuses a docx whose one part is 50 MB of zeros with 413 and stores nothing', async () => {
      const bomb = await docx(zeros(50_000_000));
      expect(bomb.length).toBeLessThan(MIB / 4);
      const detail = await expectRefused(
        'verslag.docx',
        bomb,
        413,
        'office-file-unpacks-too-large',
      );
      const limit = Math.floor(((bomb.length * 100) / MIB) * 10) / 10;
      expect(detail).toBe(
        `Dit .docx-bestand pakt uit tot meer dan ${limit} MiB: een Office-bestand mag uitgepakt hoogstens 100 keer zo groot zijn als het bestand en nooit groter dan 200 MiB. Er is niets opgeslagen.`,
      );
    });

    it('refuses an odt bomb, and says so in English on request', async () => {
      const bomb = await odt(zeros(20 * MIB));
      const response = await upload(qo.client, { name: 'notulen.odt', content: bomb })
        .set('Accept-Language', 'en')
        .expect(413);
      expect(response.body.title).toBe('File unpacks too large');
      expect(response.body.detail).toMatch(/^This \.odt file unpacks to more than [\d.]+ MiB: /);
    });

    it('refuses what unpacks past 200 MiB even under 100 times its size', async () => {
      const file = await zipOf([
        ['[Content_Types].xml', Buffer.from('<Types/>')],
        ['word/media/image1.png', randomBytes(3 * MIB), { compress: false }],
        ['word/document.xml', zeros(198 * MIB)],
      ]);
      expect(file.length * 100).toBeGreaterThan(201 * MIB);
      const detail = await expectRefused(
        'verslag.docx',
        file,
        413,
        'office-file-unpacks-too-large',
      );
      expect(detail).toContain('pakt uit tot meer dan 200 MiB');
    });

    it('does not trust the sizes an archive declares: one that inflates past them is refused', async () => {
      const lying = withDeclaredSize(await docx(zeros(20 * MIB)), 'word/document.xml', 1_000);
      const detail = await expectRefused('verslag.docx', lying, 415, 'damaged-office-file');
      expect(detail).toBe(
        'Dit .docx-bestand is geen geldig Office-bestand: het is beschadigd of onleesbaar. Sla het opnieuw op en probeer het nog eens. Er is niets opgeslagen.',
      );
    });

    it('refuses an office file whose archive is cut off with 415', async () => {
      const whole = await docx();
      await expectRefused(
        'verslag.docx',
        whole.subarray(0, whole.length - 40),
        415,
        'damaged-office-file',
      );
    });
  });

  describe('POST /api/v1/evidence/links', () => {
    it('registers an https link', async () => {
      const link = await registerLink(qo.client, { validUntil: '2026-01-01' });
      expect(link).toMatchObject({
        source: 'link',
        url: 'https://www.voorbeeld.nl/jaarverslag-2025',
        fileName: null,
        sha256: null,
        isExpired: true,
      });
    });

    it.each([
      'javascript:alert(document.cookie)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://voorbeeld.nl/x',
      'voorbeeld.nl',
    ])('refuses %s with 400', async (url) => {
      const before = await evidenceCount();
      const response = await qo.client
        .post('/api/v1/evidence/links', {
          title: 'Gevaarlijk',
          evidenceKind: 'overig',
          documentDate: '2026-01-01',
          url,
        })
        .expect(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          field: 'url',
          code: 'isUrl',
          message: 'url: vul een volledig webadres in, beginnend met https://',
        }),
      ]);
      expect(await evidenceCount()).toBe(before);
    });
  });

  describe('GET /api/v1/evidence/{id}/content', () => {
    it('downloads the file as an attachment with its stored type and nosniff', async () => {
      const content = pdfBytes('download');
      const stored = (
        await upload(qo.client, { name: 'Verslag “Oost” 2026.pdf', content }).expect(201)
      ).body as Evidence;
      const response = await qo.client
        .get(`/api/v1/evidence/${stored.id}/content`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="Verslag _Oost_ 2026.pdf"; filename*=UTF-8''Verslag%20%E2%80%9COost%E2%80%9D%202026.pdf`,
      );
      expect(Buffer.compare(response.body as Buffer, content)).toBe(0);
    });

    it('answers a byte range from the local folder with 206, and 416 past the end', async () => {
      const content = pdfBytes('bereik lokaal');
      const stored = (await upload(qo.client, { name: 'r.pdf', content }).expect(201))
        .body as Evidence;
      const path = `/api/v1/evidence/${stored.id}/content`;
      const part = await qo.client.get(path).set('Range', 'bytes=5-14').buffer(true).expect(206);
      expect(part.headers['content-range']).toBe(`bytes 5-14/${content.length}`);
      expect(part.headers['accept-ranges']).toBe('bytes');
      expect(Buffer.compare(part.body as Buffer, content.subarray(5, 15))).toBe(0);
      const refused = await qo.client.get(path).set('Range', 'bytes=100000-').expect(416);
      expect(refused.headers['content-range']).toBe(`bytes */${content.length}`);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('answers 404 for a link, an unknown id and a malformed id', async () => {
      const link = await registerLink(qo.client);
      await qo.client.get(`/api/v1/evidence/${link.id}/content`).expect(404);
      await qo.client
        .get('/api/v1/evidence/00000000-0000-4000-8000-000000000000/content')
        .expect(404);
      await qo.client.get('/api/v1/evidence/niet-een-id/content').expect(404);
    });

    it('lets a manager read and download', async () => {
      const manager = await addMember(app, qo, 'manager');
      const stored = await uploadPdf(qo.client, {}, 'lezen');
      await manager.client.get(`/api/v1/evidence/${stored.id}`).expect(200);
      await manager.client.get(`/api/v1/evidence/${stored.id}/content`).expect(200);
    });
  });

  describe('evidence in a round', () => {
    it('flags evidence that has expired by the round target date wherever it appears', async () => {
      const round = await startRound(qo, { targetDate: '2099-06-30' });
      const soon = await uploadPdf(
        qo.client,
        { validUntil: '2099-01-01', title: 'Verloopt voor de audit' },
        'verloopt',
      );
      const lasting = await registerLink(qo.client, {
        validUntil: '2099-06-30',
        title: 'Geldig op de auditdatum',
      });
      await qo.client
        .post(`/api/v1/rounds/${round.id}/responses/IMP-01/evidence/${soon.id}`)
        .expect(201);
      const linked = await qo.client
        .post(`/api/v1/rounds/${round.id}/responses/IMP-01/evidence/${lasting.id}`)
        .expect(201);
      expect(linked.body.evidence.map((e: Evidence) => [e.title, e.isExpired])).toEqual([
        ['Verloopt voor de audit', true],
        ['Geldig op de auditdatum', false],
      ]);
      const detail = await qo.client.get(`/api/v1/rounds/${round.id}`).expect(200);
      const imp01 = detail.body.responses.find(
        (r: { criterionCode: string }) => r.criterionCode === 'IMP-01',
      );
      expect(imp01.evidence.map((e: Evidence) => e.isExpired)).toEqual([true, false]);
      expect((await qo.client.get(`/api/v1/evidence/${soon.id}`).expect(200)).body.isExpired).toBe(
        false,
      );
    });

    it('links the same evidence to several criteria and rounds, and unlinks it', async () => {
      const pdf = await uploadPdf(qo.client, {}, 'gedeeld');
      const [one, two] = [await startRound(qo), await startRound(qo)];
      await qo.client
        .post(`/api/v1/rounds/${one.id}/responses/OPD-01/evidence/${pdf.id}`)
        .expect(201);
      await qo.client
        .post(`/api/v1/rounds/${one.id}/responses/OPD-02/evidence/${pdf.id}`)
        .expect(201);
      const twice = await qo.client
        .post(`/api/v1/rounds/${two.id}/responses/OPD-01/evidence/${pdf.id}`)
        .expect(201);
      expect(twice.body.evidence).toHaveLength(1);
      await qo.client
        .post(`/api/v1/rounds/${two.id}/responses/OPD-01/evidence/${pdf.id}`)
        .expect(201);
      await qo.client
        .delete(`/api/v1/rounds/${one.id}/responses/OPD-02/evidence/${pdf.id}`)
        .expect(204);
      await qo.client
        .delete(`/api/v1/rounds/${one.id}/responses/OPD-02/evidence/${pdf.id}`)
        .expect(404);
      const events = await qo.client
        .get(`/api/v1/rounds/${two.id}/events?criterionCode=OPD-01`)
        .expect(200);
      expect(events.body).toHaveLength(1);
      const library = await qo.client.get('/api/v1/evidence').expect(200);
      const item = library.body.find((e: { id: string }) => e.id === pdf.id);
      expect(
        item.usedIn.map((u: { roundId: string; criterionCodes: string[] }) => [
          u.roundId,
          u.criterionCodes,
        ]),
      ).toEqual([
        [two.id, ['OPD-01']],
        [one.id, ['OPD-01']],
      ]);
      // Another organisation sees none of it.
      const other = await registerOrganisation(app);
      expect((await other.client.get('/api/v1/evidence').expect(200)).body).toEqual([]);
    });
  });

  describe('cleanup', () => {
    it('removes blobs no evidence refers to and keeps the ones in use', async () => {
      const kept = await uploadPdf(qo.client, {}, 'blijft');
      const orphan = Buffer.from('een upload die halverwege stopte');
      const staged = join(filesDir, 'orphan.tmp');
      writeFileSync(staged, orphan);
      await app.get(FileStorage).putFromFile(sha256(orphan), staged);
      expect(await app.get(FileStorage).exists(sha256(orphan))).toBe(true);

      const removed = await app
        .get(EvidenceCleanupService)
        .removeUnreferenced(new Date(Date.now() + 60_000));
      expect(removed).toBeGreaterThanOrEqual(1);
      expect(await app.get(FileStorage).exists(sha256(orphan))).toBe(false);
      expect(await app.get(FileStorage).exists(kept.sha256 ?? '')).toBe(true);
    });
  });
});
