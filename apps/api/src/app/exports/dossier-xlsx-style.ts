import ExcelJS from 'exceljs';

import { DossierData, isDraft } from './dossier.model';

/** The sheets of the workbook, in order. */
export const SHEETS = {
  summary: 'Samenvatting',
  criteria: 'Criteria',
  evidence: 'Bewijs',
  actions: 'Verbeteracties',
} as const;

/** Data sheets: row 1 says what the file is (concept or submitted), row 2 holds the headers. */
export const HEADER_ROW = 2;

export const DATE_FORMAT = 'dd-mm-yyyy';
export const SCORE_FORMAT = '0.0';
export const NAVY = 'FF0B2545';
export const DANGER = 'FFB42318';

export type Cell = string | number | Date | null;

export interface Column {
  header: string;
  width: number;
  date?: boolean;
  wrap?: boolean;
}

/** An ISO day as a real spreadsheet date (midnight UTC, which Excel shows as that day). */
export function day(isoDay: string | null): Date | null {
  if (!isoDay) {
    return null;
  }
  const [year, month, date] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

/** Excel's header/footer codes start with &; text must double it. */
const headerText = (text: string) => text.replace(/&/g, '&&');

/** The printed page's header and footer: the round, CONCEPT or the hash, page numbers. */
export function printHeader(data: DossierData): Partial<ExcelJS.HeaderFooter> {
  const mark = isDraft(data) ? 'CONCEPT' : `Ingediend · ${data.round.contentHash ?? ''}`;
  return {
    oddHeader: `&L${headerText(`Auditdossier ${data.round.title}`)}&R${headerText(mark)}`,
    oddFooter: '&Lpagina &P van &N',
  };
}
