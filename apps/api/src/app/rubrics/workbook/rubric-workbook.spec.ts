import { defaultRubricDataDir, loadRubricCatalog, rubricContentHash } from '@labelklaar/criteria';
import { RubricVersion } from '@labelklaar/domain';

import ExcelJS from 'exceljs';

import { parseRubricWorkbook } from './rubric-workbook.parser';
import { rubricWorkbook } from './rubric-workbook.writer';

const bundled = loadRubricCatalog(defaultRubricDataDir()).map((entry) => entry.rubric);
const first = bundled[0] as RubricVersion;

/** A version with every optional part: English texts, a previous version and a mapping. */
function richVersion(): RubricVersion {
  const copy = structuredClone(first);
  const domain = copy.domains[0];
  const criterion = domain.criteria[0];
  return {
    ...copy,
    version: '9.1.0',
    previousVersion: first.version,
    en: { title: 'Strong social work' },
    mapping: copy.domains.flatMap((item) =>
      item.criteria.map((c) => ({
        code: c.code,
        previousCodes: c.code === 'OPD-01' ? [] : [c.code],
      })),
    ),
    domains: [
      {
        ...domain,
        en: { title: 'Assignment', description: 'Our assignment' },
        criteria: [
          {
            ...criterion,
            en: {
              title: 'Clear assignment',
              description: 'We know it',
              guidanceQuestions: ['How?', 'Why, and since when?'],
              maturityScale: criterion.maturityScale.map((step) => ({
                name: `EN ${step.name}`,
                descriptor: `EN ${step.descriptor}`,
              })),
            },
          },
          ...domain.criteria.slice(1),
        ],
      },
      ...copy.domains.slice(1),
    ],
  };
}

async function roundTrip(rubric: RubricVersion) {
  return parseRubricWorkbook(await rubricWorkbook(rubric));
}

describe('the rubric workbook', () => {
  it.each(bundled.map((rubric) => [`${rubric.id}@${rubric.version}`, rubric] as const))(
    'reads %s back with the same content hash',
    async (_name, rubric) => {
      const parsed = await roundTrip(rubric);
      expect(parsed.violations).toEqual([]);
      expect(rubricContentHash(parsed.content as unknown as RubricVersion)).toBe(
        rubricContentHash(rubric),
      );
    },
  );

  it('keeps English texts, the previous version and the mapping', async () => {
    const rich = richVersion();
    const parsed = await roundTrip(rich);
    expect(parsed.violations).toEqual([]);
    expect({ ...parsed.content, status: rich.status }).toEqual(JSON.parse(JSON.stringify(rich)));
  });

  it('names the sheet, row and column of a bad cell, and every missing sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await rubricWorkbook(first)) as unknown as ArrayBuffer);
    const criteria = workbook.getWorksheet('Criteria') as ExcelJS.Worksheet;
    criteria.getRow(3).getCell(11).value = 'twee';
    criteria.getRow(4).getCell(12).value = 'misschien';
    workbook.removeWorksheet(workbook.getWorksheet('Mapping')?.id ?? 0);
    const parsed = await parseRubricWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(parsed.content).toBeUndefined();
    expect(parsed.violations).toEqual([
      expect.objectContaining({
        sheet: 'Criteria',
        row: 3,
        column: 'weight',
        rule: 'cell-not-integer',
      }),
      expect.objectContaining({
        sheet: 'Criteria',
        row: 4,
        column: 'required',
        rule: 'cell-not-boolean',
      }),
      expect.objectContaining({ sheet: 'Mapping', rule: 'missing-sheet' }),
    ]);
  });

  it('reads a guidance-question cell as one question per line', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await rubricWorkbook(first)) as unknown as ArrayBuffer);
    const criteria = workbook.getWorksheet('Criteria') as ExcelJS.Worksheet;
    criteria.getRow(2).getCell(9).value = 'Eerste vraag?\r\nTweede vraag?\nDerde vraag?';
    const parsed = await parseRubricWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
    const content = parsed.content as unknown as RubricVersion;
    expect(content.domains[0].criteria[0].guidanceQuestions).toEqual([
      'Eerste vraag?',
      'Tweede vraag?',
      'Derde vraag?',
    ]);
  });

  it('locates a content path at its cell', async () => {
    const parsed = await roundTrip(first);
    expect(parsed.locate('domains[0].criteria[1].evidenceKinds[0]')).toEqual({
      sheet: 'Criteria',
      row: 3,
      column: 'evidence kinds',
    });
    expect(parsed.locate('domains[0].criteria[0].maturityScale[2].name')).toEqual({
      sheet: 'Niveaus',
      row: 4,
      column: 'level',
    });
    expect(parsed.locate('title')).toEqual({ sheet: 'Rubriek', row: 2, column: 'title' });
  });

  it('refuses what is no workbook at all', async () => {
    const parsed = await parseRubricWorkbook(Buffer.from('geen werkmap'));
    expect(parsed.violations).toEqual([expect.objectContaining({ rule: 'xlsx-unreadable' })]);
  });
});
