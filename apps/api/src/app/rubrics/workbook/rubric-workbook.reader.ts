import ExcelJS from 'exceljs';

import { LIST_SEPARATOR } from './rubric-workbook.layout';
import type { CellLocation, WorkbookViolation } from './rubric-workbook.parser';

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

/** Reads cells by header name and remembers where each content path came from. */
export class WorkbookReader {
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

/** One row of the levels sheet. */
export interface Level {
  level: number;
  name: string;
  descriptor: string;
  en: { name?: string; descriptor?: string };
  row: number;
}
