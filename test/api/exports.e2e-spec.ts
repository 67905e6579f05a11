import { AssessmentRoundDetail, Evidence, RoundReadinessReport } from '@labelklaar/domain';

import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import ExcelJS from 'exceljs';
import request, { Response } from 'supertest';

import { Clock } from '../../apps/api/src/app/common/clock';
import { Actor, addMember, registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { answerAll, registerLink, saveResponse, startRound, uploadPdf } from '../support/rounds';
import { createTestApp } from '../support/test-app';
import { download, flatText, keep, linkTargets, pdfPages } from './exports.fixtures';

const ORGANISATION = 'Stichting Ëlan & Welzijn';
const RATIONALE =
  'Wij werken "wijkgericht"; met één team per wijk.\nTweede regel: de coördinator overlegt.';
const REFLECTION = 'De gemeente wil het gesprek elk kwartaal; we plannen het vooruit.';
const LINK_URL = 'https://www.voorbeeld.nl/jaarverslag-2025';
const FORMULA = '=HYPERLINK("https://evil.example","klik")';

async function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** RFC 4180 with `;` as separator: quoted fields may hold separators, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ';') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    throw new Error(`the CSV does not end with CRLF: ${JSON.stringify(row)} ${field}`);
  }
  return rows;
}

/** The Dutch status labels the exports use, in the domain's order. */
const STATUS_NL = {
  met: 'Behaald',
  gap: 'Nog niet behaald',
  'not-scored': 'Niet beoordeeld',
  'not-applicable': 'Niet van toepassing',
  'evidence-missing': 'Bewijs ontbreekt',
  'evidence-expired': 'Bewijs verlopen',
} as const;

/** The summary sheet's rows as plain arrays (an empty row stays empty). */
function summaryRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let index = 1; index <= sheet.rowCount; index += 1) {
    const values = sheet.getRow(index).values as unknown[];
    rows.push(values.slice(1).map((value) => value ?? null));
  }
  return rows;
}

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

describe('exports of a round: dossier PDF, workbook and criteria CSV', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let contributor: Actor;
  let manager: Actor;
  let stranger: Actor;
  let draft: AssessmentRoundDetail;
  let submitted: AssessmentRoundDetail;
  let contentHash: string;
  let codes: string[];
  let expiring: Evidence;
  let lasting: Evidence;

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app, ORGANISATION);
    contributor = await addMember(app, qo, 'contributor');
    manager = await addMember(app, qo, 'manager');
    stranger = await registerOrganisation(app, 'Andere Organisatie');

    // A draft with a few answers, evidence (one expires before the target date) and actions.
    draft = await startRound(qo, {
      title: 'Zelfevaluatie 2027 – concept',
      targetDate: '2027-03-15',
    });
    codes = draft.responses.map((response) => response.criterionCode);
    const byCode = new Map(draft.responses.map((response) => [response.criterionCode, response]));
    await saveResponse(qo.client, draft.id, 'OPD-01', byCode.get('OPD-01')?.version ?? 1, {
      level: 3,
      targetLevel: 4,
      rationale: RATIONALE,
      state: 'draft',
    });
    await saveResponse(qo.client, draft.id, 'OPD-02', byCode.get('OPD-02')?.version ?? 1, {
      level: 1,
      targetLevel: 3,
      rationale: FORMULA,
      state: 'draft',
    });
    expiring = await uploadPdf(qo.client, {
      title: 'Beleidsplan 2025–2026',
      validUntil: '2026-12-31',
      documentDate: '2025-01-15',
    });
    lasting = await registerLink(qo.client, { title: 'Jaarverslag wijkteams', url: LINK_URL });
    for (const evidence of [expiring, lasting]) {
      await qo.client
        .post(`/api/v1/rounds/${draft.id}/responses/OPD-01/evidence/${evidence.id}`)
        .expect(201);
    }
    // Planned in 2019 for January 2020: a new action cannot be due in the past.
    const clock = jest
      .spyOn(app.get(Clock), 'now')
      .mockReturnValue(new Date('2019-12-01T12:00:00.000Z'));
    await qo.client
      .post(`/api/v1/rounds/${draft.id}/actions`, {
        criterionCode: 'OPD-01',
        title: 'Wijkanalyse actualiseren',
        dueDate: '2020-01-31',
      })
      .expect(201);
    clock.mockRestore();
    const spoken = await qo.client
      .post(`/api/v1/rounds/${draft.id}/actions`, {
        criterionCode: 'OPD-02',
        title: 'Opdrachtgever spreken met Ayşe Yılmaz en Łukasz',
      })
      .expect(201);
    await qo.client
      .patch(`/api/v1/actions/${spoken.body.id as string}`, {
        version: 1,
        status: 'done',
        reflection: REFLECTION,
      })
      .expect(200);

    // A submitted round: every criterion answered, then frozen with its content hash.
    const started = await startRound(qo, { title: 'Ingediende ronde', targetDate: '2027-12-01' });
    await answerAll(qo, started);
    await qo.client
      .post(`/api/v1/rounds/${started.id}/responses/VAK-03/evidence/${lasting.id}`)
      .expect(201);
    contentHash = (await qo.client.post(`/api/v1/rounds/${started.id}/submit`).expect(200)).body
      .contentHash as string;
    submitted = (await qo.client.get(`/api/v1/rounds/${started.id}`).expect(200))
      .body as AssessmentRoundDetail;
  });

  afterAll(async () => {
    await app.close();
  });

  describe('GET /api/v1/rounds/{roundId}/dossier.pdf', () => {
    it('streams the dossier of a submitted round with organisation, every criterion and the hash', async () => {
      const response = await download(
        qo.client,
        `/api/v1/rounds/${submitted.id}/dossier.pdf`,
      ).expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="auditdossier-ingediende-ronde-${today()}.pdf"`,
      );
      expect(response.headers['cache-control']).toBe('no-store');
      const body = response.body as Buffer;
      keep('dossier-submitted.pdf', body);
      expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const pages = await pdfPages(body);
      // Table cells wrap: compare the text with every run of white space as one space.
      const text = flatText(pages);
      expect(pages.length).toBeGreaterThan(4);
      expect(text).toContain(ORGANISATION);
      expect(text).toContain('Ingediende ronde');
      expect(text).toContain('sterk-sociaal-werk, versie 1.0.0');
      for (const code of codes) {
        expect(text).toContain(code);
      }
      expect(text).toContain(contentHash);
      expect(text).toMatch(/Ingediend op \d{1,2} [a-z]+ \d{4} · inhoudshash [0-9a-f]{64}/);
      expect(text).toContain('Inhoud');
      expect(text).toContain('Zelfevaluatie in het kort');
      expect(text).toContain('Toelichting');
      // The internal figures come after the self-evaluation, in an appendix of their own.
      expect(text).toContain('Interne bijlage');
      const appendix = pages.findIndex((page) => page.includes('Voor intern gebruik'));
      const internalPages = pages
        .map((page, index) => (/Gereedheid|Auditblokkades/.test(page) ? index : -1))
        .filter((index) => index > 1); // page 2 is the table of contents
      expect(appendix).toBeGreaterThan(4);
      expect(Math.min(...internalPages)).toBe(appendix);
      expect(text).not.toContain('CONCEPT');
      pages.forEach((page, index) => {
        expect(page).toContain(`pagina ${index + 1} van ${pages.length}`);
      });
    });

    it('leaves the internal appendix out with ?internal=false: no readiness, no blockers', async () => {
      const response = await download(
        qo.client,
        `/api/v1/rounds/${submitted.id}/dossier.pdf?internal=false`,
      ).expect(200);
      const text = flatText(await pdfPages(response.body as Buffer));
      expect(text).toContain('Zelfevaluatie in het kort');
      for (const code of codes) {
        expect(text).toContain(code);
      }
      expect(text).toContain(contentHash);
      for (const internal of ['Interne bijlage', 'Gereedheid', 'Auditblokkades', 'weging']) {
        expect(text).not.toContain(internal);
      }
      expect(text).not.toMatch(/\d %/);
    });

    it('refuses an internal flag that is not true or false', async () => {
      const answer = await qo.client
        .get(`/api/v1/rounds/${submitted.id}/dossier.pdf?internal=misschien`)
        .expect(400);
      expect(answer.body).toMatchObject({
        type: '/problems/validation-failed',
        errors: [expect.objectContaining({ field: 'internal', code: 'isBoolean' })],
      });
    });

    it('prints a link registered as evidence with its address, clickable', async () => {
      const response = await download(qo.client, `/api/v1/rounds/${draft.id}/dossier.pdf`).expect(
        200,
      );
      const body = response.body as Buffer;
      expect(flatText(await pdfPages(body))).toContain(`Jaarverslag wijkteams ${LINK_URL}`);
      // One annotation per run of text the address is set in; each opens the address.
      expect(linkTargets(body).length).toBeGreaterThan(0);
      expect(new Set(linkTargets(body))).toEqual(new Set([LINK_URL]));
    });

    it('marks every page of a draft CONCEPT and shows rationale, evidence and actions', async () => {
      const response = await download(qo.client, `/api/v1/rounds/${draft.id}/dossier.pdf`).expect(
        200,
      );
      keep('dossier-draft.pdf', response.body as Buffer);
      const pages = await pdfPages(response.body as Buffer);
      for (const page of pages) {
        expect(page).toContain('CONCEPT');
      }
      pages.forEach((page, index) => {
        expect(page).toContain(`pagina ${index + 1} van ${pages.length}`);
      });
      const text = flatText(pages);
      expect(text).toContain('Zelfevaluatie 2027 – concept');
      expect(text).toContain('Wij werken "wijkgericht"; met één team per wijk. Tweede regel');
      expect(text).toContain(FORMULA);
      // Evidence: title, Dutch kind label, dates, and the expired one marked.
      expect(text).toContain('Beleidsplan 2025–2026');
      expect(text).toContain('beleidsplan / meerjarenplan');
      expect(text).toContain('15-01-2025');
      expect(text).toContain('31-12-2026 (verlopen)');
      expect(text).toContain('Jaarverslag wijkteams');
      expect(text).toContain('jaarverslag');
      // Actions with owner, due date and status; the overdue one says so.
      expect(text).toContain('Wijkanalyse actualiseren');
      expect(text).toContain('31-01-2020');
      expect(text).toContain('Open (te laat)');
      // Names beyond Western European letters survive: the house font is Roboto, not Helvetica.
      expect(text).toContain('Opdrachtgever spreken met Ayşe Yılmaz en Łukasz');
      // A completed action shows its reflection, as the workbook does.
      expect(text).toContain(
        `Reflectie (afgerond op ${today().split('-').reverse().join('-')}): ${REFLECTION}`,
      );
      // The summary names the expiring evidence and the level against met and target level.
      expect(text).toContain('Bewijs dat vóór de streefdatum verloopt');
      expect(text).toMatch(/3 \(behaald vanaf \d, ambitie 4, schaal tot \d\)/);
      expect(text).not.toMatch(/inhoudshash [0-9a-f]{64}/);
      expect(text).toContain('heeft geen inhoudshash');
    });
  });

  describe('GET /api/v1/rounds/{roundId}/dossier.xlsx', () => {
    it('streams a workbook with summary, criteria, evidence and actions sheets', async () => {
      const response = await download(qo.client, `/api/v1/rounds/${draft.id}/dossier.xlsx`).expect(
        200,
      );
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="auditdossier-zelfevaluatie-2027-concept-${today()}.xlsx"`,
      );
      keep('dossier-draft.xlsx', response.body as Buffer);
      const workbook = await workbookOf(response.body as Buffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'Samenvatting',
        'Criteria',
        'Bewijs',
        'Verbeteracties',
      ]);

      const criteria = workbook.getWorksheet('Criteria') as ExcelJS.Worksheet;
      expect(criteria.getCell('A1').value).toEqual(expect.stringContaining('CONCEPT'));
      expect(criteria.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(criteria.autoFilter).toBe(`A2:P${2 + codes.length}`);
      expect(criteria.getRow(2).values).toEqual([
        undefined,
        'Code',
        'Domein',
        'Criterium',
        'Verplicht',
        'Weging',
        'Niveau',
        'Behaald vanaf',
        'Streefniveau',
        'Hoogste niveau',
        'Status',
        'Niet van toepassing',
        'Reden niet van toepassing',
        'Toelichting',
        'Eigenaar',
        'Bewijsstukken',
        'Verbeteracties',
      ]);
      expect(criteria.rowCount).toBe(2 + codes.length);
      const rows = codes.map((_code, index) => criteria.getRow(3 + index));
      expect(rows.map((row) => row.getCell(1).value)).toEqual(codes);
      const opd01 = rows[codes.indexOf('OPD-01')];
      expect(opd01.getCell(6).value).toBe(3);
      expect(opd01.getCell(8).value).toBe(4);
      expect(opd01.getCell(13).value).toBe(RATIONALE);
      expect(opd01.getCell(15).value).toBe(2);
      expect(opd01.getCell(16).value).toBe(1);

      const evidence = workbook.getWorksheet('Bewijs') as ExcelJS.Worksheet;
      expect(evidence.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(evidence.autoFilter).toBe('A2:H4');
      const expiringRow = [3, 4]
        .map((index) => evidence.getRow(index))
        .find((row) => row.getCell(2).value === 'Beleidsplan 2025–2026') as ExcelJS.Row;
      expect(expiringRow.getCell(1).value).toBe('OPD-01');
      expect(expiringRow.getCell(3).value).toBe('beleidsplan / meerjarenplan');
      expect(expiringRow.getCell(5).value).toEqual(new Date(Date.UTC(2025, 0, 15)));
      expect(expiringRow.getCell(6).value).toEqual(new Date(Date.UTC(2026, 11, 31)));
      expect(expiringRow.getCell(6).numFmt).toBe('dd-mm-yyyy');
      expect(expiringRow.getCell(7).value).toBe('ja');

      const actions = workbook.getWorksheet('Verbeteracties') as ExcelJS.Worksheet;
      expect(actions.autoFilter).toBe('A2:H4');
      expect(actions.getRow(3).getCell(2).value).toBe('Wijkanalyse actualiseren');
      expect(actions.getRow(3).getCell(5).value).toEqual(new Date(Date.UTC(2020, 0, 31)));
      expect(actions.getRow(3).getCell(7).value).toBe('ja');
      expect(actions.getRow(4).getCell(8).value).toBe(REFLECTION);

      const summary = workbook.getWorksheet('Samenvatting') as ExcelJS.Worksheet;
      expect(summary.getCell('A1').value).toBe('Auditdossier – CONCEPT');
      expect(summary.getCell('B2').value).toEqual(expect.stringContaining('CONCEPT'));
    });

    it('carries the hash of a submitted round', async () => {
      const response = await download(
        qo.client,
        `/api/v1/rounds/${submitted.id}/dossier.xlsx`,
      ).expect(200);
      const workbook = await workbookOf(response.body as Buffer);
      const summary = workbook.getWorksheet('Samenvatting') as ExcelJS.Worksheet;
      // The first row of a label wins: "Status" is also a column header further down.
      const facts = new Map(
        summaryRows(summary)
          .reverse()
          .map((row) => [String(row[0]), row[1]]),
      );
      expect(summary.getCell('A1').value).toBe('Auditdossier');
      expect(facts.get('Inhoudshash (sha256)')).toBe(contentHash);
      expect(facts.get('Status')).toEqual(expect.stringContaining(`inhoudshash ${contentHash}`));
      expect(facts.get('Rondestatus')).toBe('Ingediend');
      const criteria = workbook.getWorksheet('Criteria') as ExcelJS.Worksheet;
      expect(criteria.getCell('A1').value).toEqual(
        expect.stringContaining(`inhoudshash ${contentHash}`),
      );
      expect(criteria.getCell('A1').value).not.toEqual(expect.stringContaining('CONCEPT'));
    });

    it.each([
      ['draft', () => draft.id],
      ['submitted', () => submitted.id],
    ])(
      'shows the same figures as GET /readiness (%s round)',
      async (_kind, roundId: () => string) => {
        const report = (await qo.client.get(`/api/v1/rounds/${roundId()}/readiness`).expect(200))
          .body as RoundReadinessReport;
        const response = await download(
          qo.client,
          `/api/v1/rounds/${roundId()}/dossier.xlsx`,
        ).expect(200);
        const workbook = await workbookOf(response.body as Buffer);
        const rows = summaryRows(workbook.getWorksheet('Samenvatting') as ExcelJS.Worksheet);
        const section = (title: string) => {
          const start = rows.findIndex((row) => row[0] === title);
          const end = rows.findIndex((row, index) => index > start && row.length === 0);
          return rows.slice(start + 2, end === -1 ? undefined : end);
        };
        const facts = new Map(rows.map((row) => [String(row[0]), row[1]]));
        expect(facts.get('Dagen tot streefdatum')).toBe(report.daysToTarget);
        expect(section('Gereedheid')).toEqual([
          [
            'Totaal',
            report.overall.score,
            report.overall.metWeight,
            report.overall.applicableWeight,
            report.targetScore,
          ],
          ...report.domains.map((domain) => [
            `${domain.code} · ${domain.title}`,
            domain.score,
            domain.metWeight,
            domain.applicableWeight,
          ]),
        ]);
        expect(section('Criteria per status')).toEqual(
          Object.entries(STATUS_NL).map(([status, label]) => [
            label,
            report.statusCounts[status as keyof typeof STATUS_NL],
          ]),
        );
        const blockers = section('Auditblokkades (zwaarste eerst)');
        expect(blockers.map((row) => row[0])).toEqual(
          report.blockers.length > 0
            ? report.blockers.map((blocker) => blocker.code)
            : ['Geen auditblokkades'],
        );
        const actions = section('Verbeteracties');
        expect(actions.slice(-2)).toEqual([
          ['Totaal open', report.actions.open, report.actions.overdue],
          ['Afgerond', report.actions.done],
        ]);

        const criteria = workbook.getWorksheet('Criteria') as ExcelJS.Worksheet;
        const sheetRows = report.criteria.map((_row, index) => {
          const cells = criteria.getRow(3 + index);
          return [1, 5, 6, 7, 8, 9, 10].map((column) => cells.getCell(column).value);
        });
        expect(sheetRows).toEqual(
          report.criteria.map((row) => [
            row.code,
            row.weight,
            row.level,
            row.metLevel,
            row.targetLevel,
            row.maxLevel,
            STATUS_NL[row.status],
          ]),
        );
      },
    );
  });

  describe('GET /api/v1/rounds/{roundId}/criteria.csv', () => {
    it('writes one row per criterion, UTF-8 with BOM, ;-separated, quoted and formula-safe', async () => {
      const response = await download(qo.client, `/api/v1/rounds/${draft.id}/criteria.csv`).expect(
        200,
      );
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="criteria-zelfevaluatie-2027-concept-${today()}.csv"`,
      );
      const body = response.body as Buffer;
      keep('criteria-draft.csv', body);
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = body.toString('utf8').slice(1);
      expect(text.split('\r\n')[0]).toBe(
        'code;domein;titel;verplicht;weging;niveau;behaald vanaf niveau;streefniveau;status;niet van toepassing;reden niet van toepassing;toelichting;aantal bewijsstukken',
      );
      const [header, ...rows] = parseCsv(text);
      expect(header).toHaveLength(13);
      expect(rows.map((row) => row[0])).toEqual(codes);
      for (const row of rows) {
        expect(row).toHaveLength(13);
      }
      const opd01 = rows[codes.indexOf('OPD-01')];
      expect(opd01[5]).toBe('3');
      expect(opd01[7]).toBe('4');
      expect(opd01[9]).toBe('nee');
      expect(opd01[11]).toBe(RATIONALE);
      expect(opd01[12]).toBe('2');
      // The rationale with quotes, a separator and a line break is quoted on the wire.
      expect(text).toContain(`"${RATIONALE.replace(/"/g, '""')}"`);
      // A formula is neutralised with a leading apostrophe (and quoted, since it holds quotes).
      const opd02 = rows[codes.indexOf('OPD-02')];
      expect(opd02[11]).toBe(`'${FORMULA}`);
      for (const row of rows) {
        for (const cell of row) {
          expect(cell).not.toMatch(/^[=+\-@]/);
        }
      }
      expect(text).toContain('Niet beoordeeld');
    });
  });

  describe('who may export', () => {
    const paths = (roundId: string) => [
      `/api/v1/rounds/${roundId}/dossier.pdf`,
      `/api/v1/rounds/${roundId}/dossier.xlsx`,
      `/api/v1/rounds/${roundId}/criteria.csv`,
      `/api/v1/rounds/${roundId}/dossier.zip`,
    ];

    it('lets every member of the organisation download: contributor and manager too', async () => {
      for (const member of [contributor, manager]) {
        for (const path of paths(submitted.id)) {
          await download(member.client, path).expect(200);
        }
      }
    });

    it('answers 404 problem+json to another organisation, for unknown and malformed ids', async () => {
      const answers: Response[] = [];
      for (const path of [
        ...paths(submitted.id).map((p) => ({ client: stranger.client, p })),
        ...paths(draft.id).map((p) => ({ client: stranger.client, p })),
        ...paths(randomUUID()).map((p) => ({ client: qo.client, p })),
        ...paths('not-a-uuid').map((p) => ({ client: qo.client, p })),
      ]) {
        answers.push(await path.client.get(path.p));
      }
      for (const answer of answers) {
        expect(answer.status).toBe(404);
        expect(answer.headers['content-type']).toMatch(PROBLEM_JSON);
        expect(answer.body.type).toBe('/problems/not-found');
      }
    });

    it('answers 401 problem+json without a session, in Dutch by default and English on request', async () => {
      for (const path of paths(submitted.id)) {
        const answer = await request(app.getHttpServer()).get(path).expect(401);
        expect(answer.headers['content-type']).toMatch(PROBLEM_JSON);
        expect(answer.body.title).toBe('Niet ingelogd');
      }
      const english = await request(app.getHttpServer())
        .get(paths(submitted.id)[0])
        .set('Accept-Language', 'en')
        .expect(401);
      expect(english.body.title).toBe('Not logged in');
    });
  });
});
