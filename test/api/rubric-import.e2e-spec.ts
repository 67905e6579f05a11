/**
 * Importing rubric versions (YAML and Excel): every kind of error is listed with its YAML path or
 * its sheet, row and column and the rule, nothing is half imported, and an export imports back to
 * the same content hash.
 */
import { parseRubricYaml } from '@labelklaar/criteria/rules';

import { NestExpressApplication } from '@nestjs/platform-express';
import ExcelJS from 'exceljs';
import { stringify } from 'yaml';

import { parseRubricWorkbook } from '../../apps/api/src/app/rubrics/workbook/rubric-workbook.parser';
import { ApiClient } from '../support/api-client';
import { createPlatformAdmin, registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import {
  BUNDLED_RUBRIC,
  bundledAs,
  download,
  DraftBody,
  fixture,
  hashOf,
  importFile,
  publishVersion,
  uniqueRubricId,
} from '../support/rubric-authoring';
import { createTestApp } from '../support/test-app';

interface Violation {
  location: string;
  rule: string;
  detail: string;
  sheet?: string;
  row?: number;
  column?: string;
}

describe('rubric imports', () => {
  let app: NestExpressApplication;
  let admin: ApiClient;
  let draftsBefore: number;

  const draftCount = async () => {
    const library = await admin.get('/api/v1/rubrics/library').expect(200);
    return (library.body as { drafts: unknown[] }[]).reduce(
      (sum, rubric) => sum + rubric.drafts.length,
      0,
    );
  };

  async function refused(name: string, content: Buffer | string): Promise<Violation[]> {
    const response = await importFile(admin, name, content);
    expect([response.status, response.headers['content-type']]).toEqual([
      422,
      expect.stringMatching(PROBLEM_JSON),
    ]);
    expect(response.body.type).toBe('/problems/rubric-import-invalid');
    return response.body.violations as Violation[];
  }

  async function workbookOf() {
    const rubricId = uniqueRubricId('werkmap');
    await publishVersion(admin, bundledAs(rubricId));
    const file = await download(admin, `/api/v1/rubrics/${rubricId}/versions/1.0.0.xlsx`).expect(
      200,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as ArrayBuffer);
    return { rubricId, workbook };
  }

  const bytes = async (workbook: ExcelJS.Workbook) =>
    Buffer.from(await workbook.xlsx.writeBuffer());

  beforeAll(async () => {
    app = await createTestApp();
    admin = (await createPlatformAdmin(app)).client;
    draftsBefore = await draftCount();
  });

  afterAll(async () => {
    await app.close();
  });

  describe('YAML', () => {
    it('imports a valid file as a draft without violations, and records it', async () => {
      const rubricId = uniqueRubricId('yaml');
      const text = fixture('valid.yaml').toString('utf8').replace('fixture-import', rubricId);
      const response = await importFile(admin, 'valid.yaml', text).expect(201);
      const draft = response.body as DraftBody;
      expect(draft).toEqual(
        expect.objectContaining({ rubricId, origin: 'import', version: 1, violations: [] }),
      );
      expect(draft.content.status).toBe('draft');
      const history = await admin.get(`/api/v1/rubrics/${rubricId}/history`).expect(200);
      expect(history.body).toEqual([
        expect.objectContaining({
          type: 'imported',
          version: '1.0.0',
          draftId: draft.id,
          actorName: 'Platform Beheer',
          detail: expect.objectContaining({ file: 'valid.yaml', format: 'yaml' }),
        }),
      ]);
      await admin.delete(`/api/v1/rubrics/${rubricId}/drafts/${draft.id}`).expect(204);
    });

    it('names the line and column of a syntax error', async () => {
      const violations = await refused('kapot.yaml', fixture('yaml-syntax.yaml'));
      expect(violations.length).toBeGreaterThan(0);
      expect(violations[0]).toEqual(
        expect.objectContaining({
          rule: 'yaml-syntax',
          location: expect.stringMatching(/^line \d+, column \d+$/),
        }),
      );
    });

    it('lists every schema error with its YAML path', async () => {
      const violations = await refused('schema.yml', fixture('schema-error.yaml'));
      expect(violations).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ rule: 'schema', location: 'title' }),
          expect.objectContaining({
            rule: 'schema',
            location: 'domains[0].criteria[1].weight',
          }),
        ]),
      );
    });

    it('refuses an evidence kind outside the vocabulary, at its path', async () => {
      const violations = await refused('bewijs.yaml', fixture('unknown-evidence-kind.yaml'));
      expect(violations).toEqual([
        expect.objectContaining({
          rule: 'unknown-evidence-kind',
          location: 'domains[0].criteria[1].evidenceKinds[0]',
          detail: expect.stringContaining('horoscoop'),
        }),
      ]);
    });

    it('refuses a duplicate criterion code', async () => {
      const violations = await refused('dubbel.yaml', fixture('duplicate-code.yaml'));
      expect(violations).toEqual([
        expect.objectContaining({
          rule: 'duplicate-criterion-code',
          location: 'domains[0].criteria[1].code',
        }),
      ]);
    });

    it('lists every broken mapping rule against the stored previous version', async () => {
      const violations = await refused('koppeling.yaml', fixture('bad-mapping.yaml'));
      const rules = violations.map((violation) => [violation.rule, violation.location]);
      expect(rules).toEqual(
        expect.arrayContaining([
          ['mapping-unknown-previous-code', 'mapping[0].previousCodes[1]'],
          ['mapping-unknown-code', 'mapping[1].code'],
          ['mapping-incomplete', 'mapping'],
        ]),
      );
    });

    it('refuses a version number that is published already', async () => {
      const content = { ...bundledAs(BUNDLED_RUBRIC) };
      const violations = await refused('bestaand.yaml', stringify(content));
      expect(violations).toEqual([
        expect.objectContaining({ rule: 'version-exists', location: 'version' }),
      ]);
    });

    it('answers 415 for a file that is neither YAML nor a workbook', async () => {
      const response = await importFile(admin, 'rubriek.txt', 'id: x').expect(415);
      expect(response.body.type).toBe('/problems/rubric-import-unsupported');
    });

    it('round-trips: the YAML export parses to the published content hash', async () => {
      const rubricId = uniqueRubricId('yamlrond');
      const hash = await publishVersion(admin, bundledAs(rubricId));
      const exported = await admin.get(`/api/v1/rubrics/${rubricId}/versions/1.0.0.yaml`);
      expect(exported.status).toBe(200);
      expect(exported.headers['content-type']).toMatch(/^application\/yaml/);
      const parsed = parseRubricYaml(exported.text);
      expect(parsed.violations).toEqual([]);
      expect(hashOf(parsed.rubric)).toBe(hash);
      // Importing it again breaks exactly one rule: the number is taken. Nothing else differs.
      expect(await refused('export.yaml', exported.text)).toEqual([
        expect.objectContaining({ rule: 'version-exists', location: 'version' }),
      ]);
    });
  });

  describe('Excel', () => {
    it('round-trips: the workbook export reads back to the published content hash', async () => {
      const rubricId = uniqueRubricId('xlsxrond');
      const hash = await publishVersion(admin, bundledAs(rubricId));
      const file = await download(admin, `/api/v1/rubrics/${rubricId}/versions/1.0.0.xlsx`);
      expect(file.status).toBe(200);
      const parsed = await parseRubricWorkbook(file.body as Buffer);
      expect(parsed.violations).toEqual([]);
      expect(hashOf(parsed.content)).toBe(hash);
      expect(await refused('export.xlsx', file.body as Buffer)).toEqual([
        expect.objectContaining({
          rule: 'version-exists',
          sheet: 'Rubriek',
          row: 2,
          column: 'version',
        }),
      ]);
    });

    it('imports an edited export as a new version, mapped to the one it came from', async () => {
      const { rubricId, workbook } = await workbookOf();
      const head = workbook.getWorksheet('Rubriek') as ExcelJS.Worksheet;
      head.getRow(2).getCell(2).value = '1.1.0';
      head.getRow(2).getCell(5).value = '1.0.0';
      const mapping = workbook.getWorksheet('Mapping') as ExcelJS.Worksheet;
      const criteria = workbook.getWorksheet('Criteria') as ExcelJS.Worksheet;
      criteria.eachRow((row, number) => {
        if (number > 1) {
          const code = String(row.getCell(6).value);
          mapping.addRow([code, code]);
        }
      });
      const response = await importFile(admin, 'nieuw.xlsx', await bytes(workbook)).expect(201);
      expect(response.body).toEqual(
        expect.objectContaining({
          rubricId,
          origin: 'import',
          baseVersion: '1.0.0',
          violations: [],
        }),
      );
    });

    it('names a missing sheet', async () => {
      const { workbook } = await workbookOf();
      workbook.removeWorksheet((workbook.getWorksheet('Niveaus') as ExcelJS.Worksheet).id);
      const violations = await refused('zonder-niveaus.xlsx', await bytes(workbook));
      expect(violations).toEqual([
        expect.objectContaining({ rule: 'missing-sheet', sheet: 'Niveaus' }),
      ]);
    });

    it('names the sheet, row and column of every bad cell', async () => {
      const { workbook } = await workbookOf();
      const criteria = workbook.getWorksheet('Criteria') as ExcelJS.Worksheet;
      criteria.getRow(3).getCell(11).value = 'twee';
      criteria.getRow(5).getCell(12).value = 'misschien';
      const levels = workbook.getWorksheet('Niveaus') as ExcelJS.Worksheet;
      levels.getRow(2).getCell(3).value = null;
      const violations = await refused('cellen.xlsx', await bytes(workbook));
      expect(violations).toEqual([
        expect.objectContaining({ sheet: 'Niveaus', row: 2, column: 'name', rule: 'cell-empty' }),
        expect.objectContaining({
          sheet: 'Criteria',
          row: 3,
          column: 'weight',
          rule: 'cell-not-integer',
          location: 'sheet Criteria, row 3, column weight',
        }),
        expect.objectContaining({
          sheet: 'Criteria',
          row: 5,
          column: 'required',
          rule: 'cell-not-boolean',
        }),
      ]);
    });

    it('puts a broken rubric rule at its cell', async () => {
      const { workbook } = await workbookOf();
      const head = workbook.getWorksheet('Rubriek') as ExcelJS.Worksheet;
      head.getRow(2).getCell(2).value = '5.0.0';
      const criteria = workbook.getWorksheet('Criteria') as ExcelJS.Worksheet;
      criteria.getRow(4).getCell(10).value = 'horoscoop';
      criteria.getRow(6).getCell(11).value = 0;
      const violations = await refused('regels.xlsx', await bytes(workbook));
      expect(violations).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            rule: 'unknown-evidence-kind',
            sheet: 'Criteria',
            row: 4,
            column: 'evidence kinds',
          }),
          expect.objectContaining({
            rule: 'non-positive-weight',
            sheet: 'Criteria',
            row: 6,
            column: 'weight',
            location: 'sheet Criteria, row 6, column weight (domains[0].criteria[4].weight)',
          }),
          expect.objectContaining({ rule: 'previous-version-required', sheet: 'Rubriek' }),
        ]),
      );
    });

    it('refuses a file that is no workbook', async () => {
      const violations = await refused('nep.xlsx', Buffer.from('geen zip'));
      expect(violations).toEqual([expect.objectContaining({ rule: 'xlsx-unreadable' })]);
    });

    it('offers the empty template, which names every column and imports as empty', async () => {
      const officer = await registerOrganisation(app);
      const file = await download(officer.client, '/api/v1/rubrics/template.xlsx').expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.body as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'Rubriek',
        'Criteria',
        'Niveaus',
        'Mapping',
      ]);
      const header = (name: string) =>
        ((workbook.getWorksheet(name)?.getRow(1).values as unknown[]) ?? []).slice(1);
      expect(header('Niveaus')).toEqual([
        'criterion code',
        'level',
        'name',
        'descriptor',
        'en.name',
        'en.descriptor',
      ]);
      expect(header('Mapping')).toEqual(['code', 'previous codes']);
      const violations = await refused('sjabloon.xlsx', file.body as Buffer);
      expect(violations).toEqual([
        expect.objectContaining({ rule: 'cell-empty', sheet: 'Rubriek' }),
      ]);
    });
  });

  it('stored nothing of any refused import', async () => {
    // Each successful import above was published or deleted, but one (the edited export) stays.
    expect(await draftCount()).toBe(draftsBefore + 1);
  });

  it('is for platform admins only', async () => {
    const officer = await registerOrganisation(app);
    const response = await importFile(officer.client, 'valid.yaml', fixture('valid.yaml'));
    expect(response.status).toBe(403);
    const anonymous = await ApiClient.create(app);
    expect((await importFile(anonymous, 'valid.yaml', fixture('valid.yaml'))).status).toBe(401);
  });
});
