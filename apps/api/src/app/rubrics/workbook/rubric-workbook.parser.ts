import ExcelJS from 'exceljs';

import {
  CRITERIA_COLUMNS,
  LEVEL_COLUMNS,
  LIST_SEPARATOR,
  MAPPING_COLUMNS,
  RUBRIC_COLUMNS,
  SHEETS,
} from './rubric-workbook.layout';

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

type Row = Record<string, ExcelJS.CellValue>;

interface SheetRows {
  rows: { number: number; values: Row }[];
}

/** The text of a cell as typed, whatever exceljs made of it (rich text, hyperlink, formula). */
function cellValue(value: ExcelJS.CellValue): string | number | boolean | Date | undefined {
  if (value === null || value === undefined) {
    return undefined;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('richText' in value) {
      return value.richText.map((part) => part.text).join('');
    }
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined || typeof result === 'object' ? undefined : result;
    }
    if ('text' in value) {
      return String((value as ExcelJS.CellHyperlinkValue).text);
    }
    return undefined;
  }
  return value;
}

class WorkbookReader {
  readonly violations: WorkbookViolation[] = [];
  private readonly locations = new Map<string, CellLocation>();

  constructor(private readonly workbook: ExcelJS.Workbook) {}

  locate(path: string): CellLocation | undefined {
    // The deepest known prefix: `domains[0].criteria[2].maturityScale[1].name` → that level's row.
    let candidate = path;
    for (;;) {
      const found = this.locations.get(candidate);
      if (found) {
        return found;
      }
      const cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
      if (cut <= 0) {
        return this.locations.get('') ?? undefined;
      }
      candidate = candidate.slice(0, cut);
    }
  }

  remember(path: string, location: CellLocation): void {
    this.locations.set(path, location);
  }

  sheet(name: string, columns: readonly string[]): SheetRows | undefined {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) {
      this.violations.push({
        sheet: name,
        rule: 'missing-sheet',
        detail: `the workbook has no sheet "${name}"`,
      });
      return undefined;
    }
    const header = new Map<string, number>();
    sheet.getRow(1).eachCell((cell, column) => {
      const title = cellValue(cell.value);
      if (typeof title === 'string') {
        header.set(title.trim(), column);
      }
    });
    const missing = columns.filter((column) => !header.has(column));
    for (const column of missing) {
      this.violations.push({
        sheet: name,
        row: 1,
        column,
        rule: 'missing-column',
        detail: `the sheet has no column "${column}" in its first row`,
      });
    }
    if (missing.length > 0) {
      return undefined;
    }
    const rows: SheetRows['rows'] = [];
    sheet.eachRow((row, number) => {
      if (number === 1) {
        return;
      }
      const values: Row = {};
      for (const column of columns) {
        values[column] = row.getCell(header.get(column) ?? 0).value;
      }
      if (Object.values(values).some((value) => cellValue(value) !== undefined)) {
        rows.push({ number, values });
      }
    });
    return { rows };
  }

  private bad(sheet: string, row: number, column: string, rule: string, detail: string): void {
    this.violations.push({ sheet, row, column, rule, detail });
  }

  text(sheet: string, row: { number: number; values: Row }, column: string): string | undefined {
    const value = cellValue(row.values[column]);
    if (value === undefined) {
      return undefined;
    }
    if (value instanceof Date) {
      return value.toISOString().slice(0, 10);
    }
    if (typeof value === 'string') {
      return value.replace(/\r\n?/g, '\n');
    }
    if (typeof value === 'number' && column !== 'effectiveDate') {
      return String(value);
    }
    this.bad(sheet, row.number, column, 'cell-not-text', `expected text, got ${String(value)}`);
    return undefined;
  }

  required(sheet: string, row: { number: number; values: Row }, column: string): string {
    const value = this.text(sheet, row, column);
    if (value === undefined || value === '') {
      this.bad(sheet, row.number, column, 'cell-empty', 'this cell may not be empty');
      return '';
    }
    return value;
  }

  integer(sheet: string, row: { number: number; values: Row }, column: string): number {
    const value = cellValue(row.values[column]);
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isInteger(number)) {
      const shownValue = value === undefined ? 'an empty cell' : JSON.stringify(value);
      this.bad(
        sheet,
        row.number,
        column,
        'cell-not-integer',
        `expected a whole number, got ${shownValue}`,
      );
      return 0;
    }
    return number;
  }

  boolean(sheet: string, row: { number: number; values: Row }, column: string): boolean {
    const value = cellValue(row.values[column]);
    if (typeof value === 'boolean') {
      return value;
    }
    const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
    if (['true', 'ja', 'waar', 'yes'].includes(word)) {
      return true;
    }
    if (['false', 'nee', 'onwaar', 'no'].includes(word)) {
      return false;
    }
    const shownValue = value === undefined ? 'an empty cell' : JSON.stringify(value);
    this.bad(
      sheet,
      row.number,
      column,
      'cell-not-boolean',
      `expected TRUE or FALSE, got ${shownValue}`,
    );
    return false;
  }

  list(
    sheet: string,
    row: { number: number; values: Row },
    column: string,
    trim: boolean,
  ): string[] {
    const value = this.text(sheet, row, column);
    if (value === undefined || value === '') {
      return [];
    }
    const items = value.split(trim ? /[\n,]/ : LIST_SEPARATOR);
    return trim ? items.map((item) => item.trim()).filter((item) => item !== '') : items;
  }
}

interface Level {
  level: number;
  name: string;
  descriptor: string;
  en: { name?: string; descriptor?: string };
  row: number;
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

interface DomainDraft {
  code: string;
  title: string;
  description: string;
  en?: { title: string; description: string };
  criteria: Record<string, unknown>[];
}

function readCriteria(
  reader: WorkbookReader,
  levels: Map<string, Level[]>,
): DomainDraft[] | undefined {
  const sheet = reader.sheet(SHEETS.criteria, CRITERIA_COLUMNS);
  if (!sheet) {
    return undefined;
  }
  const domains: DomainDraft[] = [];
  const s = SHEETS.criteria;
  for (const row of sheet.rows) {
    const domainCode = reader.required(s, row, 'domain code');
    let domain = domains.find((item) => item.code === domainCode);
    if (!domain) {
      const enTitle = reader.text(s, row, 'domain en.title');
      const enDescription = reader.text(s, row, 'domain en.description');
      domain = {
        code: domainCode,
        title: reader.required(s, row, 'domain title'),
        description: reader.required(s, row, 'domain description'),
        en:
          enTitle === undefined && enDescription === undefined
            ? undefined
            : { title: enTitle ?? '', description: enDescription ?? '' },
        criteria: [],
      };
      const d = domains.length;
      domains.push(domain);
      reader.remember(`domains[${d}]`, { sheet: s, row: row.number, column: 'domain code' });
      reader.remember(`domains[${d}].title`, { sheet: s, row: row.number, column: 'domain title' });
      reader.remember(`domains[${d}].description`, {
        sheet: s,
        row: row.number,
        column: 'domain description',
      });
    } else if (
      (reader.text(s, row, 'domain title') ?? domain.title) !== domain.title ||
      (reader.text(s, row, 'domain description') ?? domain.description) !== domain.description
    ) {
      reader.violations.push({
        sheet: s,
        row: row.number,
        column: 'domain title',
        rule: 'domain-text-differs',
        detail: `domain ${domainCode} has another title or description in an earlier row; leave it empty or the same`,
      });
    }
    const d = domains.indexOf(domain);
    const c = domain.criteria.length;
    const path = `domains[${d}].criteria[${c}]`;
    const code = reader.required(s, row, 'code');
    reader.remember(path, { sheet: s, row: row.number, column: 'code' });
    for (const [field, column] of [
      ['code', 'code'],
      ['title', 'title'],
      ['description', 'description'],
      ['guidanceQuestions', 'guidance questions'],
      ['evidenceKinds', 'evidence kinds'],
      ['weight', 'weight'],
      ['required', 'required'],
      ['allowNotApplicable', 'allowNotApplicable'],
      ['metLevel', 'metLevel'],
      ['en', 'en.title'],
    ]) {
      reader.remember(`${path}.${field}`, { sheet: s, row: row.number, column });
    }
    const steps = levels.get(code) ?? [];
    levels.delete(code);
    steps.forEach((step, k) => {
      reader.remember(`${path}.maturityScale[${k}]`, {
        sheet: SHEETS.levels,
        row: step.row,
        column: 'level',
      });
    });
    reader.remember(`${path}.maturityScale`, {
      sheet: SHEETS.levels,
      row: steps[0]?.row,
      column: 'criterion code',
    });
    const enTitle = reader.text(s, row, 'en.title');
    const enDescription = reader.text(s, row, 'en.description');
    const enQuestions = reader.list(s, row, 'en.guidance questions', false);
    const hasEnglish =
      enTitle !== undefined ||
      enDescription !== undefined ||
      enQuestions.length > 0 ||
      steps.some((step) => step.en.name !== undefined || step.en.descriptor !== undefined);
    domain.criteria.push({
      code,
      title: reader.required(s, row, 'title'),
      description: reader.required(s, row, 'description'),
      guidanceQuestions: reader.list(s, row, 'guidance questions', false),
      evidenceKinds: reader.list(s, row, 'evidence kinds', true),
      weight: reader.integer(s, row, 'weight'),
      required: reader.boolean(s, row, 'required'),
      allowNotApplicable: reader.boolean(s, row, 'allowNotApplicable'),
      metLevel: reader.integer(s, row, 'metLevel'),
      maturityScale: steps.map((step) => ({
        level: step.level,
        name: step.name,
        descriptor: step.descriptor,
      })),
      en: hasEnglish
        ? {
            title: enTitle ?? '',
            description: enDescription ?? '',
            guidanceQuestions: enQuestions,
            maturityScale: steps.map((step) => ({
              name: step.en.name ?? '',
              descriptor: step.en.descriptor ?? '',
            })),
          }
        : undefined,
    });
  }
  for (const [code, steps] of levels) {
    for (const step of steps) {
      reader.violations.push({
        sheet: SHEETS.levels,
        row: step.row,
        column: 'criterion code',
        rule: 'level-unknown-criterion',
        detail: `criterion ${code} is not on the sheet "${SHEETS.criteria}"`,
      });
    }
  }
  return domains;
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
