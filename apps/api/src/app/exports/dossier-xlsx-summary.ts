import { CRITERION_STATUSES } from '@labelklaar/domain';

import ExcelJS from 'exceljs';

import { CRITERION_STATUS_NL, ROUND_STATUS_NL, ROUTE_NL } from './dossier-labels';
import { statusLine } from './dossier-pdf';
import {
  Cell,
  DANGER,
  DATE_FORMAT,
  day,
  NAVY,
  printHeader,
  SCORE_FORMAT,
  SHEETS,
} from './dossier-xlsx-style';
import { DossierData, isDraft } from './dossier.model';

function addSection(sheet: ExcelJS.Worksheet, title: string, header: string[]): void {
  sheet.addRow([]);
  sheet.addRow([title]).font = { bold: true, size: 12, color: { argb: NAVY } };
  sheet.addRow(header).font = { bold: true };
}

function summaryFacts(data: DossierData): [string, Cell][] {
  const { report, round } = data;
  return [
    ['Organisatie', data.organisation.name],
    ['Normenkader', data.rubricTitle],
    ['Normenkader-id', round.rubricId],
    ['Versie normenkader', round.rubricVersion],
    ['Ronde', round.title],
    ['Rondestatus', ROUND_STATUS_NL[round.status]],
    ['Route', ROUTE_NL[round.route]],
    ['Ingediend op', day(round.submittedAt?.slice(0, 10) ?? null)],
    ['Inhoudshash (sha256)', round.contentHash],
    ['Streefdatum', day(round.targetDate)],
    ['Peildatum', day(report.referenceDate)],
    ['Dagen tot streefdatum', report.daysToTarget],
    ['Gegenereerd op', day(data.generatedOn)],
  ];
}

function summaryHead(sheet: ExcelJS.Worksheet, data: DossierData): void {
  const colour = { argb: isDraft(data) ? DANGER : NAVY };
  sheet.addRow([isDraft(data) ? 'Auditdossier – CONCEPT' : 'Auditdossier']).font = {
    bold: true,
    size: 16,
    color: colour,
  };
  sheet.addRow(['Status', statusLine(data)]).getCell(2).font = { bold: true, color: colour };
  for (const [label, value] of summaryFacts(data)) {
    const cell = sheet.addRow([label, value]).getCell(2);
    if (value instanceof Date) {
      cell.numFmt = DATE_FORMAT;
    }
    cell.alignment = { horizontal: 'left' };
  }
}

/** The dashboard's figures: readiness overall and per domain, statuses, blockers, actions. */
export function summarySheet(workbook: ExcelJS.Workbook, data: DossierData): void {
  const { report } = data;
  const sheet = workbook.addWorksheet(SHEETS.summary, { headerFooter: printHeader(data) });
  sheet.columns = [{ width: 34 }, { width: 44 }, { width: 16 }, { width: 16 }, { width: 16 }];
  summaryHead(sheet, data);

  addSection(sheet, 'Gereedheid', [
    '',
    'Gereedheid (%)',
    'Behaalde weging',
    'Toepasselijke weging',
    'Doel (%)',
  ]);
  const { overall } = report;
  sheet
    .addRow([
      'Totaal',
      overall.score,
      overall.metWeight,
      overall.applicableWeight,
      report.targetScore,
    ])
    .getCell(2).numFmt = SCORE_FORMAT;
  for (const domain of report.domains) {
    sheet
      .addRow([
        `${domain.code} · ${domain.title}`,
        domain.score,
        domain.metWeight,
        domain.applicableWeight,
      ])
      .getCell(2).numFmt = SCORE_FORMAT;
  }

  addSection(sheet, 'Criteria per status', ['Status', 'Aantal']);
  for (const key of CRITERION_STATUSES) {
    sheet.addRow([CRITERION_STATUS_NL[key], report.statusCounts[key]]);
  }

  addSection(sheet, 'Auditblokkades (zwaarste eerst)', [
    'Code',
    'Criterium',
    'Domein',
    'Weging',
    'Status',
  ]);
  for (const blocker of report.blockers) {
    const { code, title, domainCode, weight, status } = blocker;
    sheet.addRow([code, title, data.domainTitle(domainCode), weight, CRITERION_STATUS_NL[status]]);
  }
  if (report.blockers.length === 0) {
    sheet.addRow(['Geen auditblokkades']);
  }

  addSection(sheet, 'Verbeteracties', ['Eigenaar', 'Open', 'Te laat']);
  for (const owner of report.actions.byOwner) {
    sheet.addRow([owner.owner?.displayName ?? 'Geen eigenaar', owner.open, owner.overdue]);
  }
  sheet.addRow(['Totaal open', report.actions.open, report.actions.overdue]).font = { bold: true };
  sheet.addRow(['Afgerond', report.actions.done]);
}
