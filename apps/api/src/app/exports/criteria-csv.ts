import { CRITERION_STATUS_NL, yesNo } from './dossier-labels';
import { DossierData } from './dossier.model';

/**
 * The criteria of a round as CSV, made for Dutch Excel first:
 * - `;` separates fields: Dutch Excel (list separator of the nl-NL locale, where `,` is the
 *   decimal comma) opens such a file in columns on a double click; other tools can be told the
 *   separator. No `sep=;` line, since Excel then ignores the byte order mark.
 * - UTF-8 with a byte order mark, so Excel reads ë and é instead of guessing a Windows code page.
 * - RFC 4180 otherwise: CRLF line ends, a field with `;`, `"`, CR or LF is quoted and its quotes
 *   doubled; a header row first.
 * - Formula injection (CWE-1236): a text that starts with = + - @ (or a tab or CR, which Excel
 *   skips before such a sign) gets a leading apostrophe, so a spreadsheet shows it as text and
 *   never runs it. Numbers are written by us and never negative, so they stay numbers.
 * - Numbers with a decimal comma (`1,5`), as the screen and the PDF write them. The CSV has no
 *   dates; should it get any, data columns keep ISO 8601 (`2026-12-03`) so that tools read them
 *   unambiguously, while every sentence in the exports writes dates out (`3 december 2026`).
 */
export const CSV_SEPARATOR = ';';
export const CSV_BOM = '\uFEFF';

export const CSV_HEADERS = [
  'code',
  'domein',
  'titel',
  'verplicht',
  'weging',
  'niveau',
  'behaald vanaf niveau',
  'streefniveau',
  'status',
  'niet van toepassing',
  'reden niet van toepassing',
  'toelichting',
  'aantal bewijsstukken',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

/** One field: guarded against formulas, quoted when needed. */
export function csvField(value: string | number | null): string {
  if (value === null) {
    return '';
  }
  if (typeof value === 'number') {
    // A decimal comma and no thousands separator, as Dutch Excel reads a number in a `;` file.
    return String(value).replace('.', ',');
  }
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvLine(fields: readonly (string | number | null)[]): string {
  return `${fields.map(csvField).join(CSV_SEPARATOR)}\r\n`;
}

/** The whole file, BOM included: small enough (one line per criterion) to build at once. */
export function criteriaCsv(data: DossierData): string {
  const lines = data.domains.flatMap((domain) =>
    domain.criteria.map(({ figures, response }) =>
      csvLine([
        figures.code,
        domain.title,
        figures.title,
        yesNo(figures.required),
        figures.weight,
        figures.level,
        figures.metLevel,
        figures.targetLevel,
        CRITERION_STATUS_NL[figures.status],
        yesNo(response?.notApplicable ?? false),
        response?.notApplicableReason ?? '',
        response?.rationale ?? '',
        response?.evidence.length ?? 0,
      ]),
    ),
  );
  return CSV_BOM + csvLine(CSV_HEADERS) + lines.join('');
}
