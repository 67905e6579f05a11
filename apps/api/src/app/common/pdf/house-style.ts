/**
 * The Labelklaar house style for PDF documents (pdfmake document definitions), shared by every
 * PDF the API produces: the audit dossier here, the peer review's leerrapport later.
 *
 * How to make a document "in the same style":
 *
 * ```ts
 * const doc = houseDocument(
 *   { title: 'Leerrapport', subject: round.title, organisation, draft: !final, generatedAt },
 *   [
 *     ...coverPage({ kind: 'Leerrapport', title: round.title, subtitle: organisation, facts: [...], stamp }),
 *     tableOfContents(),
 *     heading('Samenvatting', 1),
 *     dataTable([{ header: 'Criterium', width: 60 }, { header: 'Oordeel', width: '*' }], rows),
 *   ],
 * );
 * return pdfRenderer.stream(doc); // PdfRenderer comes from ExportsModule
 * ```
 *
 * `draft: true` marks every page: a red "CONCEPT" line in the running header and a diagonal
 * watermark. The footer numbers pages as "pagina X van Y". Headings of level 1 and 2 enter the
 * table of contents. Text is set in Roboto, the font pdfmake ships (embedded as a subset, nothing
 * fetched): unlike the standard Helvetica it covers names such as Ayşe, Łukasz or Gülsüm. What
 * Roboto lacks is set in Noto Sans Hebrew, IBM Plex Sans Arabic or Noto Emoji, right-to-left text in
 * visual order (PdfRenderer does both for every text: see `./script-text`). Hashes use the
 * standard Courier.
 */
import type {
  Content,
  ContentStack,
  ContentTable,
  ContentText,
  Margins,
  Style,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';

import { HOUSE_FONT } from './house-fonts';
import { flexibleBreakId, pageEndId } from './page-breaks';
import { KEEP_LINES } from './paragraph-lines';

/** Colours of the web app's design tokens, so screen and paper look alike. */
export const HOUSE_COLOURS = {
  navy: '#0b2545',
  teal: '#0f766e',
  tealTint: '#e6f4f2',
  ink: '#1b2a3a',
  inkMuted: '#4a5b6d',
  border: '#d3dce4',
  danger: '#b42318',
  dangerTint: '#fdecea',
  success: '#146c43',
  successTint: '#e7f5ee',
  warningInk: '#7a4a00',
  warningTint: '#fff4db',
} as const;

/** What the running header, the metadata and the concept mark need to know of a document. */
export interface HouseDocumentMeta {
  /** Kind of document, e.g. "Auditdossier" or "Leerrapport". */
  title: string;
  /** What it is about, e.g. the round's title. */
  subject: string;
  organisation: string;
  /** Marks every page as CONCEPT (header line and watermark). */
  draft: boolean;
  /** What follows CONCEPT in a draft's running header; "niet ingediend" unless given. */
  draftNote?: string;
  generatedAt: Date;
}

/** The word every page of a draft carries. */
export const CONCEPT_MARK = 'CONCEPT';

const PAGE_MARGINS: Margins = [48, 70, 48, 56];

const STYLES: Record<string, Style> = {
  coverKind: { fontSize: 13, bold: true, color: HOUSE_COLOURS.teal, characterSpacing: 1 },
  coverTitle: { fontSize: 26, bold: true, color: HOUSE_COLOURS.navy },
  coverSubtitle: { fontSize: 15, color: HOUSE_COLOURS.ink },
  h1: { fontSize: 17, bold: true, color: HOUSE_COLOURS.navy, margin: [0, 0, 0, 8] },
  h2: { fontSize: 12.5, bold: true, color: HOUSE_COLOURS.navy, margin: [0, 12, 0, 5] },
  h3: { fontSize: 10.5, bold: true, color: HOUSE_COLOURS.ink, margin: [0, 8, 0, 3] },
  label: { bold: true, color: HOUSE_COLOURS.inkMuted },
  muted: { color: HOUSE_COLOURS.inkMuted },
  small: { fontSize: 8.5 },
  tableHeader: { bold: true, color: '#ffffff', fillColor: HOUSE_COLOURS.navy, fontSize: 8.5 },
  tableCell: { fontSize: 8.5 },
  hash: { font: 'Courier', fontSize: 8.5 },
  link: { color: HOUSE_COLOURS.teal, decoration: 'underline' },
  concept: { bold: true, color: HOUSE_COLOURS.danger },
  warning: { bold: true, color: HOUSE_COLOURS.danger },
  tocTitle: { fontSize: 17, bold: true, color: HOUSE_COLOURS.navy, margin: [0, 0, 0, 10] },
  tocDomain: { bold: true, fontSize: 10 },
  tocItem: { fontSize: 9 },
};

/** Wraps content in the house page: A4, running header, numbered footer, concept mark, metadata. */
export function houseDocument(meta: HouseDocumentMeta, content: Content[]): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    info: {
      title: `${meta.title} – ${meta.subject}`,
      subject: meta.subject,
      author: meta.organisation,
      creator: 'Labelklaar',
      producer: 'Labelklaar',
      creationDate: meta.generatedAt,
    },
    defaultStyle: { font: HOUSE_FONT, fontSize: 9.5, lineHeight: 1.2, color: HOUSE_COLOURS.ink },
    styles: STYLES,
    header: () => runningHeader(meta),
    footer: (currentPage: number, pageCount: number) => pageFooter(meta, currentPage, pageCount),
    ...(meta.draft
      ? {
          watermark: {
            text: CONCEPT_MARK,
            color: HOUSE_COLOURS.danger,
            opacity: 0.08,
            bold: true,
            fontSize: 110,
          },
        }
      : {}),
    content,
  };
}

function runningHeader(meta: HouseDocumentMeta): Content {
  return {
    margin: [48, 24, 48, 0],
    stack: [
      {
        columns: [
          { text: `${meta.title} · ${meta.organisation}`, style: ['muted', 'small'] },
          meta.draft
            ? {
                text: `${CONCEPT_MARK} – ${meta.draftNote ?? 'niet ingediend'}`,
                style: ['concept', 'small'],
                alignment: 'right',
                width: 'auto',
              }
            : { text: meta.subject, style: ['muted', 'small'], alignment: 'right', width: 'auto' },
        ],
      },
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 4,
            x2: 499,
            y2: 4,
            lineWidth: 0.5,
            lineColor: HOUSE_COLOURS.border,
          },
        ],
      },
    ],
  };
}

function pageFooter(meta: HouseDocumentMeta, currentPage: number, pageCount: number): Content {
  return {
    margin: [48, 16, 48, 0],
    columns: [
      { text: `Labelklaar · ${meta.subject}`, style: ['muted', 'small'] },
      {
        text: `pagina ${currentPage} van ${pageCount}`,
        style: ['muted', 'small'],
        alignment: 'right',
        width: 'auto',
      },
    ],
  };
}

export interface CoverFact {
  label: string;
  value: string | Content;
}

export interface CoverInput {
  /** Kind of document in capitals above the title, e.g. "AUDITDOSSIER". */
  kind: string;
  title: string;
  subtitle: string;
  facts: CoverFact[];
  /** The status block under the facts: submitted with its hash, or the concept notice. */
  stamp: Content;
}

/** The first page: kind, title, the facts as a two-column list and the status stamp. */
export function coverPage(cover: CoverInput): Content[] {
  return [
    { text: cover.kind.toUpperCase(), style: 'coverKind', margin: [0, 90, 0, 10] },
    { text: cover.title, style: 'coverTitle', margin: [0, 0, 0, 6] },
    { text: cover.subtitle, style: 'coverSubtitle', margin: [0, 0, 0, 36] },
    {
      table: {
        widths: [120, '*'],
        body: cover.facts.map((fact): TableCell[] => [
          { text: fact.label, style: 'label' },
          typeof fact.value === 'string' ? { text: fact.value } : fact.value,
        ]),
      },
      layout: {
        hLineWidth: (index: number) => (index === 0 ? 0 : 0.5),
        vLineWidth: () => 0,
        hLineColor: () => HOUSE_COLOURS.border,
        paddingTop: () => 6,
        paddingBottom: () => 6,
        paddingLeft: () => 0,
      },
    },
    { stack: [cover.stamp], margin: [0, 28, 0, 0] },
    { text: '', pageBreak: 'after' },
  ];
}

/** A framed notice, tinted by its tone: the cover stamp, a warning in a section. */
export function notice(
  content: Content,
  tone: 'success' | 'danger' | 'info' = 'info',
): ContentTable {
  const fill =
    tone === 'success'
      ? HOUSE_COLOURS.successTint
      : tone === 'danger'
        ? HOUSE_COLOURS.dangerTint
        : HOUSE_COLOURS.tealTint;
  const line =
    tone === 'success'
      ? HOUSE_COLOURS.success
      : tone === 'danger'
        ? HOUSE_COLOURS.danger
        : HOUSE_COLOURS.teal;
  return {
    table: { widths: ['*'], body: [[{ stack: [content], fillColor: fill }]] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (index: number) => (index === 0 ? 3 : 0),
      vLineColor: () => line,
      paddingLeft: () => 10,
      paddingRight: () => 10,
      paddingTop: () => 8,
      paddingBottom: () => 8,
    },
  };
}

/** The table of contents, filled from every heading with `toc: true`, on a page of its own. */
export function tableOfContents(title = 'Inhoud'): Content[] {
  return [{ toc: { title: { text: title, style: 'tocTitle' } } }, { text: '', pageBreak: 'after' }];
}

export interface HeadingOptions {
  /** Enter the table of contents (default: levels 1 and 2). */
  toc?: boolean;
  /** Start on a new page. */
  newPage?: boolean;
}

export function heading(text: string, level: 1 | 2 | 3, options: HeadingOptions = {}): Content {
  const toc = options.toc ?? level < 3;
  return {
    text,
    style: `h${level}`,
    ...(toc
      ? {
          tocItem: true,
          tocStyle: level === 1 ? 'tocDomain' : 'tocItem',
          tocMargin: level === 1 ? [0, 5, 0, 1] : [12, 0, 0, 0],
        }
      : {}),
    ...(options.newPage ? { pageBreak: 'before' as const } : {}),
  };
}

/**
 * A part that starts on a new page, unless the page before it is not half full: then it goes
 * on under it (see `./page-breaks`). The block is kept on one page: give it the part's heading
 * with what must not be parted from it. Only at the top level of a document's content.
 */
export function flexiblePage(key: string, block: Content[]): Content[] {
  return [
    { text: ' ', id: pageEndId(key), fontSize: 1, lineHeight: 1 },
    // pdfmake takes an id on any node; its types only know it on some.
    Object.assign<ContentStack, { id: string }>(
      { stack: block, unbreakable: true, pageBreak: 'before' },
      { id: flexibleBreakId(key) },
    ),
  ];
}

export interface Column {
  header: string;
  width: number | '*' | 'auto';
  alignment?: 'left' | 'right' | 'center';
}

/** A data table with a repeated navy header row and zebra rows; cells are text or content. */
export function dataTable(
  columns: readonly Column[],
  rows: readonly (string | number | TableCell)[][],
  emptyText = 'Geen.',
): Content {
  if (rows.length === 0) {
    return { text: emptyText, style: 'muted', margin: [0, 0, 0, 6] };
  }
  const header: TableCell[] = columns.map((column) => ({
    text: column.header,
    style: 'tableHeader',
    alignment: column.alignment ?? 'left',
  }));
  const body: TableCell[][] = rows.map((row) =>
    row.map((cell, index): TableCell => {
      const alignment = columns[index]?.alignment ?? 'left';
      if (typeof cell === 'string' || typeof cell === 'number') {
        return { text: String(cell), style: 'tableCell', alignment };
      }
      return cell;
    }),
  );
  return {
    table: {
      headerRows: 1,
      widths: columns.map((column) => column.width),
      body: [header, ...body],
    },
    layout: {
      hLineWidth: (index: number, node: ContentTable) =>
        index === 0 || index === node.table.body.length ? 0.5 : 0.25,
      vLineWidth: () => 0,
      hLineColor: () => HOUSE_COLOURS.border,
      fillColor: (rowIndex: number) => (rowIndex > 0 && rowIndex % 2 === 0 ? '#f4f7f9' : null),
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 0, 0, 8],
  };
}

/** Label–value pairs in two columns, for the facts of one item (a criterion, a finding). */
export function factList(facts: readonly CoverFact[]): Content {
  return {
    table: {
      widths: [110, '*'],
      body: facts.map((fact): TableCell[] => [
        { text: fact.label, style: 'label' },
        typeof fact.value === 'string' ? { text: fact.value } : fact.value,
      ]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 6],
  };
}

/** A cell in the danger colour: an expired item, an overdue action, a blocker. */
export const warningCell = (
  text: string,
  alignment: 'left' | 'right' | 'center' = 'left',
): TableCell => ({
  text,
  style: ['tableCell', 'warning'],
  alignment,
});

/** Space between two paragraphs of one text (pt): about the empty line that parted them. */
const PARAGRAPH_SPACE = 8;

/**
 * A text someone wrote (a toelichting), one node per paragraph (parted by an empty line), each
 * with widow and orphan control (see `./paragraph-lines`): no paragraph leaves a single line
 * on a page of its own. A label goes on the first paragraph's first line, kept with two lines of
 * the text after it.
 */
export function paragraphs(text: string, label?: Content): Content {
  const parts = text
    .split(/\n(?:[ \t]*\n)+/)
    .map((part) => part.replace(/^(?:[ \t]*\n)+|(?:\n[ \t]*)+$/g, ''))
    .filter((part) => part.trim() !== '');
  const nodes = (parts.length > 0 ? parts : [text]).map((part, index) => {
    const first = index === 0 && label !== undefined;
    return Object.assign<ContentText, Record<string, unknown>>(
      {
        text: first ? [label as ContentText, '\n', part] : part,
        margin: [0, 0, 0, index === parts.length - 1 ? 0 : PARAGRAPH_SPACE],
      },
      { [KEEP_LINES]: first ? 3 : 2 },
    );
  });
  return { stack: nodes };
}
