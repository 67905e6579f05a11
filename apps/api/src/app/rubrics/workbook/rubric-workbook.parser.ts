import ExcelJS from 'exceljs';

import { readCriteria } from './rubric-workbook.criteria';
import {
  CRITERIA_COLUMNS,
  LEVEL_COLUMNS,
  MAPPING_COLUMNS,
  RUBRIC_COLUMNS,
  SHEETS,
} from './rubric-workbook.layout';
import { Level, WorkbookReader } from './rubric-workbook.reader';

/** Where in the workbook something is: a sheet, and a row and column (header text) in it. */
export interface CellLocation {
  sheet: string;
  row?: number;
  column?: string;
}

/** A broken rule found while reading the workbook, before the rubric rules are checked. */
export interface WorkbookViolation extends CellLocation {
  rule: string;
  detail: string;
}

export interface ParsedWorkbook {
  /** The rubric content as read (not yet validated); absent when the workbook itself is broken. */
  content?: Record<string, unknown>;
  violations: WorkbookViolation[];
  /** Cell of a content path (`domains[0].criteria[2].weight`), for the rubric rules' violations. */
  locate: (path: string) => CellLocation | undefined;
}

function readLevels(reader: WorkbookReader): Map<string, Level[]> | undefined {
  const sheet = reader.sheet(SHEETS.levels, LEVEL_COLUMNS);
  if (!sheet) {
    return undefined;
  }
  const byCode = new Map<string, Level[]>();
  for (const row of sheet.rows) {
    const code = reader.required(SHEETS.levels, row, 'criterion code');
    const level: Level = {
      level: reader.integer(SHEETS.levels, row, 'level'),
      name: reader.required(SHEETS.levels, row, 'name'),
      descriptor: reader.required(SHEETS.levels, row, 'descriptor'),
      en: {
        name: reader.text(SHEETS.levels, row, 'en.name'),
        descriptor: reader.text(SHEETS.levels, row, 'en.descriptor'),
      },
      row: row.number,
    };
    byCode.set(code, [...(byCode.get(code) ?? []), level]);
  }
  return byCode;
}

function readHead(reader: WorkbookReader): Record<string, unknown> | undefined {
  const sheet = reader.sheet(SHEETS.rubric, RUBRIC_COLUMNS);
  if (!sheet) {
    return undefined;
  }
  const [row, ...extra] = sheet.rows;
  if (!row) {
    reader.violations.push({
      sheet: SHEETS.rubric,
      row: 2,
      rule: 'cell-empty',
      detail: 'the sheet needs one row under its header with the version itself',
    });
    return undefined;
  }
  for (const more of extra) {
    reader.violations.push({
      sheet: SHEETS.rubric,
      row: more.number,
      rule: 'extra-row',
      detail: 'the sheet holds one version: only the row under the header is read',
    });
  }
  for (const column of RUBRIC_COLUMNS) {
    reader.remember(column, { sheet: SHEETS.rubric, row: row.number, column });
  }
  reader.remember('', { sheet: SHEETS.rubric, row: row.number });
  const enTitle = reader.text(SHEETS.rubric, row, 'en.title');
  return {
    id: reader.required(SHEETS.rubric, row, 'id'),
    version: reader.required(SHEETS.rubric, row, 'version'),
    status: 'draft',
    title: reader.required(SHEETS.rubric, row, 'title'),
    effectiveDate: reader.required(SHEETS.rubric, row, 'effectiveDate'),
    previousVersion: reader.text(SHEETS.rubric, row, 'previousVersion'),
    en: enTitle === undefined ? undefined : { title: enTitle },
  };
}

function readMapping(
  reader: WorkbookReader,
): { code: string; previousCodes: string[] }[] | undefined {
  const sheet = reader.sheet(SHEETS.mapping, MAPPING_COLUMNS);
  if (!sheet) {
    return undefined;
  }
  reader.remember('mapping', { sheet: SHEETS.mapping });
  return sheet.rows.map((row, i) => {
    reader.remember(`mapping[${i}]`, { sheet: SHEETS.mapping, row: row.number, column: 'code' });
    reader.remember(`mapping[${i}].code`, {
      sheet: SHEETS.mapping,
      row: row.number,
      column: 'code',
    });
    reader.remember(`mapping[${i}].previousCodes`, {
      sheet: SHEETS.mapping,
      row: row.number,
      column: 'previous codes',
    });
    return {
      code: reader.required(SHEETS.mapping, row, 'code'),
      previousCodes: reader.list(SHEETS.mapping, row, 'previous codes', true),
    };
  });
}

/**
 * Reads a workbook in the documented layout into rubric content (status `draft`). Every problem
 * of the workbook itself (a missing sheet or column, a cell of the wrong kind) is listed with its
 * sheet, row and column; the rubric rules are the caller's, located through `locate`.
 */
export async function parseRubricWorkbook(data: Buffer): Promise<ParsedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return {
      violations: [
        { sheet: '', rule: 'xlsx-unreadable', detail: 'the file is not a readable Excel workbook' },
      ],
      locate: () => undefined,
    };
  }
  const reader = new WorkbookReader(workbook);
  const head = readHead(reader);
  const levels = readLevels(reader);
  const domains = levels
    ? readCriteria(reader, levels)
    : reader.sheet(SHEETS.criteria, CRITERIA_COLUMNS) && undefined;
  const mapping = readMapping(reader);
  const locate = (path: string) => reader.locate(path);
  if (reader.violations.length > 0 || !head || !domains || !mapping) {
    return { violations: reader.violations, locate };
  }
  const content: Record<string, unknown> = {
    ...head,
    mapping: mapping.length > 0 || head['previousVersion'] !== undefined ? mapping : undefined,
    domains,
  };
  // Drop members left undefined, as the YAML would not have them.
  return {
    content: JSON.parse(JSON.stringify(content)) as Record<string, unknown>,
    violations: [],
    locate,
  };
}
