import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';

import { ACTION_STATUS_NL, CRITERION_STATUS_NL, yesNo } from './dossier-labels';
import { statusLine } from './dossier-pdf';
import {
  Cell,
  Column,
  DANGER,
  DATE_FORMAT,
  day,
  HEADER_ROW,
  NAVY,
  printHeader,
  SHEETS,
} from './dossier-xlsx-style';
import { summarySheet } from './dossier-xlsx-summary';
import {
  DossierCriterion,
  DossierData,
  DossierDomain,
  DossierOptions,
  isDraft,
  WITH_INTERNAL,
} from './dossier.model';

function banner(data: DossierData): string {
  const prefix = isDraft(data) ? 'CONCEPT – ' : '';
  return `${prefix}Auditdossier ${data.round.title} · ${data.organisation.name} · ${statusLine(data)}`;
}

function dataSheet(
  workbook: ExcelJS.Workbook,
  data: DossierData,
  name: string,
  columns: readonly Column[],
  rows: readonly Cell[][],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, activeCell: 'A3' }],
    headerFooter: printHeader(data),
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map((column) => ({
    width: column.width,
    style: {
      ...(column.date ? { numFmt: DATE_FORMAT } : {}),
      alignment: { vertical: 'top', wrapText: column.wrap ?? false },
    },
  }));
  const title = sheet.getRow(1);
  title.getCell(1).value = banner(data);
  title.font = { bold: true, color: { argb: isDraft(data) ? DANGER : NAVY } };
  const header = sheet.getRow(HEADER_ROW);
  header.values = columns.map((column) => column.header);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: NAVY } };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const row of rows) {
    sheet.addRow(row);
  }
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW + rows.length, column: columns.length },
  };
  return sheet;
}

interface CriterionOfDomain {
  domain: DossierDomain;
  criterion: DossierCriterion;
}

const CRITERIA_COLUMNS: Column[] = [
  { header: 'Code', width: 10 },
  { header: 'Domein', width: 24 },
  { header: 'Criterium', width: 44, wrap: true },
  { header: 'Verplicht', width: 10 },
  { header: 'Weging', width: 9 },
  { header: 'Niveau', width: 8 },
  { header: 'Behaald vanaf', width: 9 },
  { header: 'Streefniveau', width: 12 },
  { header: 'Hoogste niveau', width: 9 },
  { header: 'Status', width: 20 },
  { header: 'Niet van toepassing', width: 11 },
  { header: 'Reden niet van toepassing', width: 36, wrap: true },
  { header: 'Toelichting', width: 70, wrap: true },
  { header: 'Eigenaar', width: 22 },
  { header: 'Bewijsstukken', width: 13 },
  { header: 'Verbeteracties', width: 13 },
];

const criterionRow = ({ domain, criterion }: CriterionOfDomain): Cell[] => {
  const { figures, response, actions } = criterion;
  return [
    figures.code,
    domain.title,
    figures.title,
    yesNo(figures.required),
    figures.weight,
    figures.level,
    figures.metLevel,
    figures.targetLevel,
    figures.maxLevel,
    CRITERION_STATUS_NL[figures.status],
    yesNo(response?.notApplicable ?? false),
    response?.notApplicableReason ?? '',
    response?.rationale ?? '',
    response?.owner?.displayName ?? '',
    response?.evidence.length ?? 0,
    actions.length,
  ];
};

const EVIDENCE_COLUMNS: Column[] = [
  { header: 'Criterium', width: 10 },
  { header: 'Titel', width: 44, wrap: true },
  { header: 'Soort', width: 30 },
  { header: 'Bron', width: 10 },
  { header: 'Datum', width: 12, date: true },
  { header: 'Geldig tot', width: 12, date: true },
  { header: 'Verlopen op streefdatum', width: 14 },
  { header: 'Bestand of link', width: 44 },
];

const evidenceRows = (data: DossierData, { criterion }: CriterionOfDomain): Cell[][] =>
  (criterion.response?.evidence ?? []).map((item) => [
    criterion.figures.code,
    item.title,
    data.evidenceKindLabel(item.evidenceKind),
    item.source === 'file' ? 'bestand' : 'link',
    day(item.documentDate),
    day(item.validUntil),
    yesNo(item.isExpired),
    item.source === 'file' ? item.fileName : item.url,
  ]);

const ACTION_COLUMNS: Column[] = [
  { header: 'Criterium', width: 10 },
  { header: 'Titel', width: 40, wrap: true },
  { header: 'Omschrijving', width: 50, wrap: true },
  { header: 'Eigenaar', width: 22 },
  { header: 'Uiterlijk', width: 12, date: true },
  { header: 'Status', width: 14 },
  { header: 'Te laat', width: 9 },
  { header: 'Reflectie', width: 40, wrap: true },
];

const actionRows = ({ criterion }: CriterionOfDomain): Cell[][] =>
  criterion.actions.map((action) => [
    criterion.figures.code,
    action.title,
    action.description,
    action.owner?.displayName ?? '',
    day(action.dueDate),
    ACTION_STATUS_NL[action.status],
    yesNo(action.isOverdue),
    action.reflection ?? '',
  ]);

/**
 * The workbook of a round: a summary with the dashboard's figures (the internal part, left out
 * with `internal: false`) and three filterable sheets.
 */
export function dossierWorkbook(
  data: DossierData,
  options: DossierOptions = WITH_INTERNAL,
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Labelklaar';
  workbook.created = data.generatedAt;
  workbook.title = `Auditdossier ${data.round.title}`;
  workbook.company = data.organisation.name;
  const criteria = data.domains.flatMap((domain) =>
    domain.criteria.map((criterion) => ({ domain, criterion })),
  );
  if (options.internal) {
    summarySheet(workbook, data);
  }
  dataSheet(workbook, data, SHEETS.criteria, CRITERIA_COLUMNS, criteria.map(criterionRow));
  dataSheet(
    workbook,
    data,
    SHEETS.evidence,
    EVIDENCE_COLUMNS,
    criteria.flatMap((item) => evidenceRows(data, item)),
  );
  dataSheet(workbook, data, SHEETS.actions, ACTION_COLUMNS, criteria.flatMap(actionRows));
  return workbook;
}

/**
 * Streams the workbook as it is zipped, instead of building the whole file in memory first.
 * The zip writer is piped into the stream and ends it; a failure destroys it.
 */
export function workbookStream(workbook: ExcelJS.Workbook): Readable {
  const stream = new PassThrough();
  workbook.xlsx
    .write(stream)
    .catch((error: unknown) =>
      stream.destroy(error instanceof Error ? error : new Error(String(error))),
    );
  return stream;
}
