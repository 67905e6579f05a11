import { ImprovementAction, isoDayIn, LinkedEvidence } from '@labelklaar/domain';

import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ParagraphChild,
  Table,
  TableOfContents,
  TextRun,
} from 'docx';

import { HOUSE_COLOURS } from '../common/pdf/house-style';
import { internalAppendix } from './dossier-docx-appendix';
import {
  colour,
  dataTable,
  factTable,
  heading,
  multiline,
  muted,
  PAGE,
} from './dossier-docx-blocks';
import {
  ACTION_STATUS_NL,
  CRITERION_STATUS_NL,
  longDay,
  ROUTE_NL,
  shortDay,
  yesNo,
} from './dossier-labels';
import { signOffLine, statusLine } from './dossier-pdf';
import {
  DossierCriterion,
  DossierData,
  DossierOptions,
  isDraft,
  WITH_INTERNAL,
} from './dossier.model';

/**
 * The audit dossier as a Word document: the same content as the PDF (cover with the
 * vaststelling, contents, overview, every domain and criterion with level, toelichting, evidence
 * with links and actions with reflections, the internal appendix unless left out), in Word's own
 * heading styles and a table-of-contents field, so the quality officer can add a foreword and
 * update the contents before sending it. Tables have fixed column widths, which Word and
 * LibreOffice both keep.
 */
export function dossierDocx(data: DossierData, options: DossierOptions = WITH_INTERNAL): Document {
  const draft = isDraft(data);
  return new Document({
    creator: 'Labelklaar',
    title: `Zelfevaluatie – ${data.round.title}`,
    subject: data.round.title,
    description: `Auditdossier (zelfevaluatie) van ${data.organisation.name}`,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 21, color: colour(HOUSE_COLOURS.ink) } },
        heading1: {
          run: { size: 34, bold: true, color: colour(HOUSE_COLOURS.navy) },
          paragraph: { spacing: { before: 240, after: 160 }, keepNext: true },
        },
        heading2: {
          run: { size: 26, bold: true, color: colour(HOUSE_COLOURS.navy) },
          paragraph: { spacing: { before: 240, after: 100 }, keepNext: true },
        },
        heading3: {
          run: { size: 22, bold: true, color: colour(HOUSE_COLOURS.ink) },
          paragraph: { spacing: { before: 160, after: 60 }, keepNext: true },
        },
        title: { run: { size: 52, bold: true, color: colour(HOUSE_COLOURS.navy) } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        headers: { default: runningHeader(data, draft) },
        footers: { default: pageFooter(data) },
        children: [
          ...cover(data),
          new Paragraph({ text: 'Inhoud', heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
          new TableOfContents('Inhoud', { hyperlink: true, headingStyleRange: '1-2' }),
          ...overview(data),
          ...data.domains.flatMap((domain) => [
            heading(`${domain.code} · ${domain.title}`, 1, true),
            muted(
              `${domain.criteria.length} criteria. Bewijs heet verlopen als het op de streefdatum (${longDay(data.round.targetDate)}) niet meer geldig is.`,
            ),
            ...domain.criteria.flatMap((criterion) => criterionSection(data, criterion)),
          ]),
          ...(options.internal ? internalAppendix(data) : []),
        ],
      },
    ],
  });
}

export function docxBuffer(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document);
}

function runningHeader(data: DossierData, draft: boolean): Header {
  const children: ParagraphChild[] = [
    new TextRun({
      text: `Zelfevaluatie · ${data.round.title}`,
      color: colour(HOUSE_COLOURS.inkMuted),
      size: 16,
    }),
  ];
  if (draft) {
    children.push(
      new TextRun({
        text: '   CONCEPT – niet ingediend',
        bold: true,
        color: colour(HOUSE_COLOURS.danger),
        size: 16,
      }),
    );
  }
  return new Header({ children: [new Paragraph({ children })] });
}

function pageFooter(data: DossierData): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            children: [
              `${data.organisation.name} · pagina `,
              PageNumber.CURRENT,
              ' van ',
              PageNumber.TOTAL_PAGES,
            ],
            color: colour(HOUSE_COLOURS.inkMuted),
            size: 16,
          }),
        ],
      }),
    ],
  });
}

function cover(data: DossierData): (Paragraph | Table)[] {
  const { round } = data;
  const submitted = round.status !== 'draft' && round.contentHash !== null;
  return [
    new Paragraph({
      spacing: { before: 2400, after: 120 },
      children: [
        new TextRun({
          text: 'AUDITDOSSIER · ZELFEVALUATIE',
          bold: true,
          color: colour(HOUSE_COLOURS.teal),
          size: 26,
        }),
      ],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: round.title, spacing: { after: 120 } }),
    new Paragraph({
      spacing: { after: 480 },
      children: [new TextRun({ text: data.organisation.name, size: 30 })],
    }),
    factTable([
      ['Organisatie', data.organisation.name],
      ['Normenkader', `${data.rubricTitle} (${round.rubricId}, versie ${round.rubricVersion})`],
      ['Ronde', round.title],
      ['Route', ROUTE_NL[round.route]],
      ['Streefdatum', longDay(round.targetDate)],
      ['Gegenereerd op', longDay(data.generatedOn)],
      ['Vastgesteld', signOffLine(data)],
      ['Status', statusLine(data)],
    ]),
    new Paragraph({
      spacing: { before: 360 },
      children: submitted
        ? [
            new TextRun({
              text: `Ingediend op ${longDay((round.submittedAt ?? '').slice(0, 10))}. `,
              bold: true,
            }),
            new TextRun({
              text: 'De inhoudshash is de sha256 van de vastgelegde inhoud van de ronde; zo is te controleren dat dit dossier bij de ingediende ronde hoort: ',
            }),
            new TextRun({ text: round.contentHash ?? '', font: 'Courier New', size: 18 }),
          ]
        : [
            new TextRun({
              text: 'CONCEPT – niet ingediend. ',
              bold: true,
              color: colour(HOUSE_COLOURS.danger),
            }),
            new TextRun({
              text: 'Deze ronde is nog niet ingediend. De inhoud kan nog veranderen en heeft geen inhoudshash.',
            }),
          ],
    }),
  ];
}

function overview(data: DossierData): (Paragraph | Table)[] {
  const criteria = data.domains.flatMap((domain) => domain.criteria);
  return [
    heading('Zelfevaluatie in het kort', 1, true),
    new Paragraph({
      spacing: { after: 160 },
      text: `${data.organisation.name} beoordeelt zichzelf op de ${criteria.length} criteria van ${data.rubricTitle}. Per criterium volgen het niveau waarop de organisatie zich plaatst, de toelichting, het bewijs en de verbeteracties.`,
    }),
    dataTable(
      [
        { header: 'Code', width: 1000 },
        { header: 'Criterium', width: 0 },
        { header: 'Niveau', width: 1000, right: true },
        { header: 'Bewijsstukken', width: 1400, right: true },
        { header: 'Verbeteracties', width: 1400, right: true },
      ],
      criteria.map((criterion) => [
        criterion.figures.code,
        criterion.figures.title,
        levelCell(criterion),
        String(criterion.response?.evidence.length ?? 0),
        String(criterion.actions.length),
      ]),
    ),
  ];
}

function levelCell({ figures, response }: DossierCriterion): string {
  if (response?.notApplicable) {
    return 'n.v.t.';
  }
  return figures.level === null ? '–' : `${figures.level} van ${figures.maxLevel}`;
}

function levelText({ figures }: DossierCriterion): string {
  const level = figures.level === null ? 'geen' : String(figures.level);
  return `${level} (behaald vanaf ${figures.metLevel}, ambitie ${figures.targetLevel}, schaal tot ${figures.maxLevel})`;
}

function criterionSection(data: DossierData, criterion: DossierCriterion): (Paragraph | Table)[] {
  const { figures, response } = criterion;
  const notApplicable = response?.notApplicable ?? false;
  const explanation = (notApplicable ? response?.notApplicableReason : response?.rationale) || '—';
  const evidence = response?.evidence ?? [];
  return [
    heading(`${figures.code} ${figures.title}`, 2),
    factTable([
      ['Niveau', levelText(criterion)],
      ['Status', CRITERION_STATUS_NL[figures.status]],
      ['Verplicht voor het label', yesNo(figures.required)],
      ['Eigenaar', response?.owner?.displayName ?? 'Geen eigenaar'],
    ]),
    heading(notApplicable ? 'Niet van toepassing' : 'Toelichting', 3),
    ...multiline(explanation),
    heading('Bewijs', 3),
    evidence.length === 0
      ? muted('Geen bewijs gekoppeld.')
      : dataTable(
          [
            { header: 'Titel', width: 0 },
            { header: 'Soort', width: 2000 },
            { header: 'Datum', width: 1200 },
            { header: 'Geldig tot', width: 1700 },
          ],
          evidence.map((item) => [
            evidenceTitle(item),
            data.evidenceKindLabel(item.evidenceKind),
            shortDay(item.documentDate),
            item.isExpired
              ? `${shortDay(item.validUntil)} (verlopen)`
              : item.validUntil
                ? shortDay(item.validUntil)
                : 'onbeperkt',
          ]),
        ),
    heading('Verbeteracties', 3),
    criterion.actions.length === 0
      ? muted('Geen verbeteracties.')
      : dataTable(
          [
            { header: 'Titel', width: 0 },
            { header: 'Eigenaar', width: 1900 },
            { header: 'Uiterlijk', width: 1200 },
            { header: 'Status', width: 1500 },
          ],
          criterion.actions.map((action) => [
            actionTitle(action),
            action.owner?.displayName ?? 'Geen eigenaar',
            shortDay(action.dueDate),
            action.isOverdue
              ? `${ACTION_STATUS_NL[action.status]} (te laat)`
              : ACTION_STATUS_NL[action.status],
          ]),
        ),
  ];
}

function evidenceTitle(item: LinkedEvidence): Paragraph[] {
  const title = new Paragraph({ text: item.title });
  if (item.source !== 'link' || !item.url) {
    return [title];
  }
  return [
    title,
    new Paragraph({
      children: [
        new ExternalHyperlink({
          link: item.url,
          children: [new TextRun({ text: item.url, style: 'Hyperlink' })],
        }),
      ],
    }),
  ];
}

function actionTitle(action: ImprovementAction): Paragraph[] {
  const reflection = action.reflection?.trim();
  const title = new Paragraph({ text: action.title });
  if (!reflection) {
    return [title];
  }
  const on = action.completedAt
    ? ` (afgerond op ${shortDay(isoDayIn(new Date(action.completedAt)))})`
    : '';
  return [
    title,
    new Paragraph({
      spacing: { before: 40 },
      children: [
        new TextRun({
          text: `Reflectie${on}: `,
          bold: true,
          color: colour(HOUSE_COLOURS.inkMuted),
        }),
        new TextRun({ text: reflection, color: colour(HOUSE_COLOURS.inkMuted) }),
      ],
    }),
  ];
}
