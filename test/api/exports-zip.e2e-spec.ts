import { AssessmentRoundDetail, Evidence } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';
import ExcelJS from 'exceljs';

import { PdfRenderer } from '../../apps/api/src/app/common/pdf/pdf-renderer';
import { Actor, registerOrganisation } from '../support/factories';
import { answerAll, registerLink, sha256, startRound, uploadPdf } from '../support/rounds';
import { createTestApp } from '../support/test-app';
import { download, flatText, keep, pdfPages, unzip, ZipEntry } from './exports.fixtures';

interface ManifestFile {
  file: string | null;
  criterion: string | null;
  criterionTitle: string | null;
  title: string;
  kind: string;
  source: 'dossier' | 'file' | 'link';
  url: string | null;
  documentDate: string | null;
  validUntil: string | null;
  sha256: string | null;
  sizeBytes: number | null;
}

interface Manifest {
  organisation: string;
  round: { id: string; title: string; status: string; contentHash: string | null };
  files: ManifestFile[];
}

const UNICODE_TITLE = 'Cliëntervaring 2026: "uitkomsten"?';
const UNICODE_NAME = "VAK-03 Casuïstiek en intervisie/02 Cliëntervaring 2026- 'uitkomsten'.pdf";
const LONG_TITLE = `Verslag ${'samenwerkingsovereenkomst '.repeat(6)}...`;
// Cut after a whole word to at most 90 characters, the extension kept.
const LONG_NAME = `VAK-03 Casuïstiek en intervisie/03 Verslag samenwerkingsovereenkomst samenwerkingsovereenkomst.pdf`;
const WINDOWS_FORBIDDEN = /[<>:"\\|?*\u0000-\u001f]/;

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

async function link(actor: Actor, roundId: string, code: string, evidence: Evidence) {
  await actor.client
    .post(`/api/v1/rounds/${roundId}/responses/${code}/evidence/${evidence.id}`)
    .expect(201);
}

describe('GET /api/v1/rounds/{roundId}/dossier.zip', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let round: AssessmentRoundDetail;
  let contentHash: string;
  let intervisie: Evidence;
  let unicode: Evidence;
  let long: Evidence;
  let website: Evidence;
  let entries: ZipEntry[];
  let manifest: Manifest;
  let zipHeaders: Record<string, string>;

  const entry = (name: string) => entries.find((item) => item.name === name);

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app, 'Stichting Ëlan & Welzijn');
    round = await startRound(qo, { title: 'Zelfevaluatie 2026', targetDate: '2027-12-01' });
    await answerAll(qo, round);
    intervisie = await uploadPdf(
      qo.client,
      { title: 'Verslag intervisie 2026', evidenceKind: 'beleidsplan' },
      'intervisie',
    );
    unicode = await uploadPdf(qo.client, { title: UNICODE_TITLE }, 'cliëntervaring');
    long = await uploadPdf(qo.client, { title: LONG_TITLE, validUntil: '2027-12-31' }, 'lang');
    website = await registerLink(qo.client, { title: 'Website wijkteams' });
    for (const evidence of [intervisie, unicode, long, website]) {
      await link(qo, round.id, 'VAK-03', evidence);
    }
    // One file supports two criteria: it is in the folder of each.
    await link(qo, round.id, 'IMP-03', intervisie);
    contentHash = (await qo.client.post(`/api/v1/rounds/${round.id}/submit`).expect(200)).body
      .contentHash as string;

    const response = await download(qo.client, `/api/v1/rounds/${round.id}/dossier.zip`).expect(
      200,
    );
    zipHeaders = response.headers as Record<string, string>;
    keep('dossier-submitted.zip', response.body as Buffer);
    entries = await unzip(response.body as Buffer);
    manifest = JSON.parse(entry('manifest.json')?.data.toString('utf8') ?? '{}') as Manifest;
  });

  afterAll(async () => {
    await app.close();
  });

  it('streams a ZIP attachment named after the round', () => {
    expect(zipHeaders['content-type']).toBe('application/zip');
    expect(zipHeaders['content-disposition']).toBe(
      `attachment; filename="auditdossier-zelfevaluatie-2026-${today()}.zip"`,
    );
    expect(zipHeaders['cache-control']).toBe('no-store');
  });

  it('holds the PDF, the workbook, the CSV, the manifests, the README and the evidence files', () => {
    const day = today();
    expect(entries.map((item) => item.name).sort()).toEqual(
      [
        `auditdossier-zelfevaluatie-2026-${day}.pdf`,
        `auditdossier-zelfevaluatie-2026-${day}.xlsx`,
        `criteria-zelfevaluatie-2026-${day}.csv`,
        'VAK-03 Casuïstiek en intervisie/01 Verslag intervisie 2026.pdf',
        UNICODE_NAME,
        LONG_NAME,
        'IMP-03 Ervaringen van inwoners/01 Verslag intervisie 2026.pdf',
        'manifest.csv',
        'manifest.json',
        'README.txt',
      ].sort(),
    );
    expect(
      entry(`auditdossier-zelfevaluatie-2026-${day}.pdf`)?.data.subarray(0, 5).toString(),
    ).toBe('%PDF-');
    expect(
      entry(`auditdossier-zelfevaluatie-2026-${day}.xlsx`)?.data.subarray(0, 2).toString(),
    ).toBe('PK');
  });

  it('holds the dossier PDF as dossier.pdf serves it, made once for the archive', async () => {
    const renderer = app.get(PdfRenderer);
    const made = jest.spyOn(renderer, 'stream');
    try {
      const zip = await download(qo.client, `/api/v1/rounds/${round.id}/dossier.zip`).expect(200);
      expect(made).toHaveBeenCalledTimes(1);
      const inZip = (await unzip(zip.body as Buffer)).find((item) => item.name.endsWith('.pdf'));
      const alone = await download(qo.client, `/api/v1/rounds/${round.id}/dossier.pdf`).expect(200);
      const zipPages = await pdfPages(inZip?.data ?? Buffer.alloc(0));
      expect(zipPages.length).toBeGreaterThan(5);
      expect(zipPages).toEqual(await pdfPages(alone.body as Buffer));
    } finally {
      made.mockRestore();
    }
  });

  it('flags Unicode names as UTF-8, so Explorer and Finder show "Cliëntervaring"', () => {
    const named = entry(UNICODE_NAME);
    expect(named).toBeDefined();
    expect((named?.flags ?? 0) & 0x800).toBe(0x800);
  });

  it('names every folder and file so Windows accepts it', () => {
    for (const { name } of entries) {
      for (const part of name.split('/')) {
        expect(part).not.toMatch(WINDOWS_FORBIDDEN);
        expect(part).not.toMatch(/[. ]$/);
        expect(Array.from(part).length).toBeLessThanOrEqual(90);
      }
      expect(name.length).toBeLessThanOrEqual(160);
    }
  });

  it('lists every file with its sha256 in the manifest, and the sha256 is of the bytes', () => {
    const listed = manifest.files.filter((row) => row.file !== null);
    const others = ['manifest.csv', 'manifest.json', 'README.txt'];
    expect(listed.map((row) => row.file).sort()).toEqual(
      entries
        .map((item) => item.name)
        .filter((name) => !others.includes(name))
        .sort(),
    );
    for (const row of listed) {
      const data = entry(row.file ?? '')?.data ?? Buffer.alloc(0);
      expect({ file: row.file, sha256: sha256(data), size: data.length }).toEqual({
        file: row.file,
        sha256: row.sha256,
        size: row.sizeBytes,
      });
    }
    expect(listed.find((row) => row.file === UNICODE_NAME)).toEqual({
      file: UNICODE_NAME,
      criterion: 'VAK-03',
      criterionTitle: 'Casuïstiek en intervisie',
      title: UNICODE_TITLE,
      kind: 'beleidsplan / meerjarenplan',
      source: 'file',
      url: null,
      documentDate: '2026-01-10',
      validUntil: null,
      sha256: unicode.sha256,
      sizeBytes: unicode.sizeBytes,
    });
    expect(manifest.files.filter((row) => row.source === 'link')).toEqual([
      expect.objectContaining({
        file: null,
        criterion: 'VAK-03',
        title: 'Website wijkteams',
        url: website.url,
        sha256: null,
      }),
    ]);
  });

  it('gives the round and its content hash in manifest.json, manifest.csv and README.txt', () => {
    expect(manifest.organisation).toBe('Stichting Ëlan & Welzijn');
    expect(manifest.round).toMatchObject({ id: round.id, status: 'submitted', contentHash });
    const readme = entry('README.txt')?.data.toString('utf8') ?? '';
    expect(readme).toContain(`Inhoudshash (sha256) van de ronde: ${contentHash}`);
    expect(readme).toContain('Auditdossier – Zelfevaluatie 2026\r\n');
    const csv = entry('manifest.csv')?.data.toString('utf8') ?? '';
    expect(csv.startsWith('\uFEFFbestand;criterium;criteriumtitel;titel;soort;')).toBe(true);
    expect(csv).toContain(`${UNICODE_NAME};VAK-03;Casuïstiek en intervisie;`);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + manifest.files.length);
  });

  it('leaves the internal appendix and the summary sheet out with ?internal=false', async () => {
    const response = await download(
      qo.client,
      `/api/v1/rounds/${round.id}/dossier.zip?internal=false`,
    ).expect(200);
    const external = await unzip(response.body as Buffer);
    const pdf = external.find((item) => item.name.endsWith('.pdf') && !item.name.includes('/'));
    const text = flatText(await pdfPages(pdf?.data ?? Buffer.alloc(0)));
    expect(text).toContain('Zelfevaluatie in het kort');
    expect(text).not.toContain('Interne bijlage');
    expect(text).not.toContain('Auditblokkades');
    const xlsx = external.find((item) => item.name.endsWith('.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx?.data as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Criteria',
      'Bewijs',
      'Verbeteracties',
    ]);
    const json = external.find((item) => item.name === 'manifest.json');
    expect(JSON.parse(json?.data.toString('utf8') ?? '{}')).toMatchObject({
      internalAppendix: false,
    });
    expect(manifest).toMatchObject({ internalAppendix: true });
  });
});
