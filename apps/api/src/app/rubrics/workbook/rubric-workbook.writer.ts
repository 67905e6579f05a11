import { MappingClassification, RubricDiff, RubricVersion } from '@labelklaar/domain';

import ExcelJS from 'exceljs';

import {
  COMPARISON_COLUMNS,
  CRITERIA_COLUMNS,
  LEVEL_COLUMNS,
  LIST_SEPARATOR,
  MAPPING_COLUMNS,
  RUBRIC_COLUMNS,
  SHEETS,
} from './rubric-workbook.layout';

type Cell = string | number | boolean | null;

/** What the export adds to the version itself: the comparison to the version before it. */
export interface WorkbookComparison {
  diff: RubricDiff;
  classification?: MappingClassification;
}

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly string[],
  rows: Cell[][],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...columns]).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(row);
  }
  sheet.columns.forEach((column, index) => {
    const header = columns[index] ?? '';
    column.width = Math.max(12, Math.min(60, header.length + 4));
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  return sheet;
}

const list = (items: readonly string[] | undefined): Cell =>
  items === undefined || items.length === 0 ? null : items.join(LIST_SEPARATOR);

const text = (value: string | undefined): Cell => (value === undefined ? null : value);

function shown(value: unknown): Cell {
  if (value === undefined || value === null) {
    return null;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function rubricRows(rubric: RubricVersion | undefined): Cell[][] {
  if (rubric === undefined) {
    return [];
  }
  return [
    [
      rubric.id,
      rubric.version,
      rubric.title,
      rubric.effectiveDate,
      text(rubric.previousVersion),
      text(rubric.en?.title),
    ],
  ];
}

function criteriaRows(rubric: RubricVersion | undefined): Cell[][] {
  return (rubric?.domains ?? []).flatMap((domain) =>
    domain.criteria.map((criterion) => [
      domain.code,
      domain.title,
      domain.description,
      text(domain.en?.title),
      text(domain.en?.description),
      criterion.code,
      criterion.title,
      criterion.description,
      list(criterion.guidanceQuestions),
      list(criterion.evidenceKinds),
      criterion.weight,
      criterion.required,
      criterion.allowNotApplicable,
      criterion.metLevel,
      text(criterion.en?.title),
      text(criterion.en?.description),
      list(criterion.en?.guidanceQuestions),
    ]),
  );
}

function levelRows(rubric: RubricVersion | undefined): Cell[][] {
  return (rubric?.domains ?? []).flatMap((domain) =>
    domain.criteria.flatMap((criterion) =>
      criterion.maturityScale.map((step, index) => [
        criterion.code,
        step.level,
        step.name,
        step.descriptor,
        text(criterion.en?.maturityScale[index]?.name),
        text(criterion.en?.maturityScale[index]?.descriptor),
      ]),
    ),
  );
}

function mappingRows(rubric: RubricVersion | undefined): Cell[][] {
  return (rubric?.mapping ?? []).map((entry) => [entry.code, list(entry.previousCodes)]);
}

function comparisonRows({ diff, classification }: WorkbookComparison): Cell[][] {
  return [
    ...diff.meta.map((change) => [
      null,
      'changed',
      change.path,
      shown(change.from),
      shown(change.to),
    ]),
    ...diff.added.map((ref) => [ref.code, 'added', null, null, ref.title]),
    ...diff.removed.map((ref) => [ref.code, 'removed', null, ref.title, null]),
    ...diff.changed.flatMap((criterion) =>
      criterion.fields.map((change) => [
        criterion.code,
        'changed',
        change.path,
        shown(change.from),
        shown(change.to),
      ]),
    ),
    ...(classification?.entries ?? []).map((entry) => [
      entry.code,
      'mapping',
      entry.kind,
      list(entry.previousCodes),
      entry.code,
    ]),
    ...(classification?.dropped ?? []).map((code) => [code, 'mapping', 'dropped', code, null]),
  ];
}

/**
 * The version in the documented layout; with `comparison`, a sheet comparing it to the version
 * before it (which import ignores). Without a rubric: the empty template.
 */
export async function rubricWorkbook(
  rubric: RubricVersion | undefined,
  comparison?: WorkbookComparison,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Labelklaar';
  // A fixed date keeps two exports of one version byte-for-byte comparable in their content.
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  addSheet(workbook, SHEETS.rubric, RUBRIC_COLUMNS, rubricRows(rubric));
  addSheet(workbook, SHEETS.criteria, CRITERIA_COLUMNS, criteriaRows(rubric));
  addSheet(workbook, SHEETS.levels, LEVEL_COLUMNS, levelRows(rubric));
  addSheet(workbook, SHEETS.mapping, MAPPING_COLUMNS, mappingRows(rubric));
  if (comparison) {
    addSheet(workbook, SHEETS.comparison, COMPARISON_COLUMNS, comparisonRows(comparison));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
