import {
  AuditBlocker,
  CRITERION_STATUSES,
  RoundReadinessReport,
  StatusCounts,
} from '@labelklaar/domain';

import type { Content, TableCell } from 'pdfmake/interfaces';

import { dataTable, flexiblePage, heading, notice, warningCell } from '../common/pdf/house-style';
import { CRITERION_STATUS_NL, longDay, percent, shortDay } from './dossier-labels';
import { DossierData } from './dossier.model';

function countdown(days: number): string {
  if (days === 0) {
    return 'de streefdatum is vandaag';
  }
  const unit = Math.abs(days) === 1 ? 'dag' : 'dagen';
  return days > 0
    ? `nog ${days} ${unit} tot de streefdatum`
    : `de streefdatum is ${-days} ${unit} voorbij`;
}

/** Criteria neither met nor not applicable, nor a plain gap: not scored or evidence short. */
const otherCount = (counts: StatusCounts) =>
  counts['not-scored'] + counts['evidence-missing'] + counts['evidence-expired'];

/**
 * The internal appendix: readiness overall and per domain, statuses, blockers, expiring evidence
 * and actions. These are the organisation's own figures to prepare with, not the label's: the
 * quality officer may leave the appendix out of the version for the assessor.
 */
export function internalAppendix(data: DossierData): Content[] {
  const { report } = data;
  return [
    ...flexiblePage('internal-appendix', [
      heading('Interne bijlage', 1),
      notice(
        {
          text: 'Voor intern gebruik: de cijfers waarmee de organisatie zich op de audit voorbereidt. Ze horen niet bij de zelfevaluatie en zeggen niets over het oordeel van de auditor.',
        },
        'info',
      ),
    ]),
    heading('Gereedheid', 2),
    {
      text: [
        'Gereedheid: ',
        { text: percent(report.overall.score), bold: true },
        ` van de toepasselijke weging is behaald (${report.overall.metWeight} van ${report.overall.applicableWeight}); `,
        `doel ${report.targetScore} %. Peildatum ${longDay(report.referenceDate)}, ${countdown(report.daysToTarget)} (${longDay(report.round.targetDate)}).`,
      ],
      margin: [0, 0, 0, 10],
    },
    heading('Gereedheid per domein', 3, { toc: false }),
    domainTable(report),
    {
      text: 'Overig: niet beoordeeld, of het bewijs ontbreekt of is verlopen.',
      style: ['muted', 'small'],
      margin: [0, -4, 0, 8],
    },
    heading('Criteria per status', 3, { toc: false }),
    dataTable(
      [
        { header: 'Status', width: '*' },
        { header: 'Aantal criteria', width: 80, alignment: 'right' },
      ],
      CRITERION_STATUSES.map((status) => [
        CRITERION_STATUS_NL[status],
        report.statusCounts[status],
      ]),
    ),
    ...blockerSection(data),
    ...expiringSection(data),
    ...actionSummarySection(data),
  ];
}

function domainTable(report: RoundReadinessReport): Content {
  const { overall } = report;
  const total = (text: string, alignment: 'left' | 'right' = 'right'): TableCell => ({
    text,
    bold: true,
    style: 'tableCell',
    alignment,
  });
  return dataTable(
    [
      { header: 'Domein', width: '*' },
      { header: 'Gereedheid', width: 60, alignment: 'right' },
      { header: 'Weging behaald', width: 70, alignment: 'right' },
      { header: 'Behaald', width: 45, alignment: 'right' },
      { header: 'Niet behaald', width: 50, alignment: 'right' },
      { header: 'Overig', width: 40, alignment: 'right' },
    ],
    [
      ...report.domains.map((domain) => [
        `${domain.code} · ${domain.title}`,
        percent(domain.score),
        `${domain.metWeight} / ${domain.applicableWeight}`,
        domain.counts.met,
        domain.counts.gap,
        otherCount(domain.counts),
      ]),
      [
        total('Totaal', 'left'),
        total(percent(overall.score)),
        total(`${overall.metWeight} / ${overall.applicableWeight}`),
        total(String(overall.counts.met)),
        total(String(overall.counts.gap)),
        total(String(otherCount(overall.counts))),
      ],
    ],
  );
}

function blockerSection(data: DossierData): Content[] {
  const on = data.report.blockersOn ?? data.report.round.targetDate;
  return [
    heading('Auditblokkades', 2),
    {
      text: `Verplichte criteria die op ${longDay(on)} niet behaald zijn of geen geldig bewijs hebben, zwaarste eerst.`,
      style: 'muted',
      margin: [0, 0, 0, 6],
    },
    blockerTable(data, data.report.blockers),
  ];
}

function expiringSection(data: DossierData): Content[] {
  return [
    heading('Bewijs dat vóór de streefdatum verloopt', 2),
    dataTable(
      [
        { header: 'Titel', width: '*' },
        { header: 'Soort', width: 110 },
        { header: 'Geldig tot', width: 60 },
        { header: 'Criteria', width: 90 },
      ],
      data.report.expiringBeforeTarget.map((item) => [
        item.title,
        data.evidenceKindLabel(item.kind),
        shortDay(item.validUntil),
        item.criterionCodes.join(', '),
      ]),
      'Geen bewijs verloopt vóór de streefdatum.',
    ),
  ];
}

function actionSummarySection(data: DossierData): Content[] {
  const { actions } = data.report;
  return [
    heading('Verbeteracties', 2),
    {
      text: `${actions.open} open, waarvan ${actions.overdue} te laat; ${actions.done} afgerond.`,
      margin: [0, 0, 0, 6],
    },
    dataTable(
      [
        { header: 'Eigenaar', width: '*' },
        { header: 'Open', width: 50, alignment: 'right' },
        { header: 'Te laat', width: 50, alignment: 'right' },
      ],
      actions.byOwner.map((owner) => [
        owner.owner?.displayName ?? 'Geen eigenaar',
        owner.open,
        owner.overdue > 0 ? warningCell(String(owner.overdue), 'right') : String(owner.overdue),
      ]),
      'Geen openstaande verbeteracties.',
    ),
  ];
}

function blockerTable(data: DossierData, blockers: readonly AuditBlocker[]): Content {
  return dataTable(
    [
      { header: 'Code', width: 45 },
      { header: 'Criterium', width: '*' },
      { header: 'Domein', width: 90 },
      { header: 'Weging', width: 40, alignment: 'right' },
      { header: 'Status', width: 80 },
    ],
    blockers.map((blocker) => [
      blocker.code,
      blocker.title,
      data.domainTitle(blocker.domainCode),
      blocker.weight,
      warningCell(CRITERION_STATUS_NL[blocker.status]),
    ]),
    'Geen auditblokkades: elk verplicht criterium is op de streefdatum behaald.',
  );
}
