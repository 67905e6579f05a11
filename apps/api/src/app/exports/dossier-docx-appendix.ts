import { Paragraph, Table, TextRun } from 'docx';

import { dataTable, heading, muted } from './dossier-docx-blocks';
import { CRITERION_STATUS_NL, longDay, percent, shortDay } from './dossier-labels';
import { DossierData } from './dossier.model';

/** The internal appendix, as in the PDF: the organisation's own readiness figures. */
// eslint-disable-next-line max-lines-per-function -- one list of sections, as the PDF appendix; to split
export function internalAppendix(data: DossierData): (Paragraph | Table)[] {
  const { report } = data;
  const { actions } = report;
  const on = report.blockersOn ?? report.round.targetDate;
  return [
    heading('Interne bijlage', 1, true),
    muted(
      'Voor intern gebruik: de cijfers waarmee de organisatie zich op de audit voorbereidt. Ze horen niet bij de zelfevaluatie en zeggen niets over het oordeel van de auditor.',
    ),
    heading('Gereedheid', 2),
    new Paragraph({
      spacing: { after: 160 },
      children: [
        new TextRun('Gereedheid: '),
        new TextRun({ text: percent(report.overall.score), bold: true }),
        new TextRun(
          ` van de toepasselijke weging is behaald (${report.overall.metWeight} van ${report.overall.applicableWeight}); doel ${report.targetScore} %. Peildatum ${longDay(report.referenceDate)} (streefdatum ${longDay(report.round.targetDate)}).`,
        ),
      ],
    }),
    dataTable(
      [
        { header: 'Domein', width: 0 },
        { header: 'Gereedheid', width: 1300, right: true },
        { header: 'Weging behaald', width: 1500, right: true },
        { header: 'Behaald', width: 1000, right: true },
        { header: 'Niet behaald', width: 1200, right: true },
      ],
      report.domains.map((domain) => [
        `${domain.code} · ${domain.title}`,
        percent(domain.score),
        `${domain.metWeight} / ${domain.applicableWeight}`,
        String(domain.counts.met),
        String(domain.counts.gap),
      ]),
    ),
    heading('Auditblokkades', 2),
    muted(
      `Verplichte criteria die op ${longDay(on)} niet behaald zijn of geen geldig bewijs hebben, zwaarste eerst.`,
    ),
    report.blockers.length === 0
      ? muted('Geen auditblokkades: elk verplicht criterium is op de streefdatum behaald.')
      : dataTable(
          [
            { header: 'Code', width: 1000 },
            { header: 'Criterium', width: 0 },
            { header: 'Domein', width: 2000 },
            { header: 'Status', width: 1800 },
          ],
          report.blockers.map((blocker) => [
            blocker.code,
            blocker.title,
            data.domainTitle(blocker.domainCode),
            CRITERION_STATUS_NL[blocker.status],
          ]),
        ),
    heading('Bewijs dat vóór de streefdatum verloopt', 2),
    report.expiringBeforeTarget.length === 0
      ? muted('Geen bewijs verloopt vóór de streefdatum.')
      : dataTable(
          [
            { header: 'Titel', width: 0 },
            { header: 'Soort', width: 2000 },
            { header: 'Geldig tot', width: 1200 },
            { header: 'Criteria', width: 1800 },
          ],
          report.expiringBeforeTarget.map((item) => [
            item.title,
            data.evidenceKindLabel(item.kind),
            shortDay(item.validUntil),
            item.criterionCodes.join(', '),
          ]),
        ),
    heading('Verbeteracties', 2),
    new Paragraph({
      text: `${actions.open} open, waarvan ${actions.overdue} te laat; ${actions.done} afgerond.`,
    }),
  ];
}
