import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

import { HOUSE_COLOURS } from '../common/pdf/house-style';

/** A4 with 2 cm margins, in twentieths of a point. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const colour = (hex: string) => hex.replace('#', '');

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

const LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

export function heading(text: string, level: 1 | 2 | 3, newPage = false): Paragraph {
  return new Paragraph({ text, heading: LEVELS[level], pageBreakBefore: newPage });
}

export function muted(text: string): Paragraph {
  return new Paragraph({
    spacing: { after: 120 },
    children: [new TextRun({ text, color: colour(HOUSE_COLOURS.inkMuted) })],
  });
}

/** A text as the user typed it: one paragraph per line, empty lines kept as space. */
export function multiline(text: string): Paragraph[] {
  return text.split(/\r?\n/).map((line) => new Paragraph({ text: line, spacing: { after: 80 } }));
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: colour(HOUSE_COLOURS.border) };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

/** Two columns, label and value, as the cover and each criterion list their facts. */
export function factTable(facts: readonly [label: string, value: string][]): Table {
  const labelWidth = 2600;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [labelWidth, TEXT_WIDTH - labelWidth],
    layout: TableLayoutType.FIXED,
    rows: facts.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(
              [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })],
              labelWidth,
              {
                shade: true,
              },
            ),
            cell([new Paragraph({ text: value })], TEXT_WIDTH - labelWidth),
          ],
        }),
    ),
  });
}

interface Column {
  header: string;
  /** In twips; 0 takes what the other columns leave. */
  width: number;
  right?: boolean;
}

type CellValue = string | Paragraph[];

/** A table with a header row repeated on every page; rows are not split over two pages. */
export function dataTable(columns: readonly Column[], rows: readonly CellValue[][]): Table {
  const fixed = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => column.width || TEXT_WIDTH - fixed);
  const paragraphs = (value: CellValue, column: Column) =>
    typeof value === 'string'
      ? [
          new Paragraph({
            text: value,
            alignment: column.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          }),
        ]
      : value;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((column, index) =>
          cell(
            [
              new Paragraph({
                alignment: column.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: [new TextRun({ text: column.header, bold: true })],
              }),
            ],
            widths[index] ?? 0,
            { shade: true },
          ),
        ),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((value, index) => {
              const column = columns[index] ?? { header: '', width: 0 };
              return cell(paragraphs(value, column), widths[index] ?? 0);
            }),
          }),
      ),
    ],
  });
}

export function cell(
  children: Paragraph[],
  width: number,
  options: { shade?: boolean } = {},
): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: BORDERS,
    margins: CELL_MARGINS,
    ...(options.shade && {
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: colour(HOUSE_COLOURS.tealTint) },
    }),
  });
}
