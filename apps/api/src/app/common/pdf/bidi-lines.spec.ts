import bidiFactory from 'bidi-js';
import fc from 'fast-check';
import type { PdfInline, PdfLine } from 'pdfmake/src/layoutBuilder';

import { placeInVisualOrder, shapedRightToLeft, visualOrder } from './bidi-lines';
import { houseFonts } from './house-fonts';
import { scriptRuns } from './script-runs';

const bidi = bidiFactory();
const { coverage } = houseFonts();

/** The pieces pdfmake makes of a paragraph: each run's words with their trailing spaces. */
function lineOf(text: string): PdfLine {
  const [runs = []] = scriptRuns([text], coverage);
  const inlines = runs.flatMap((run) =>
    (run.text.match(/\S+\s*|\s+/gu) ?? []).map((word): PdfInline => ({
      text: word,
      x: 0,
      width: word.length,
      trailingCut: word.length - word.trimEnd().length,
      bidiLevel: run.level,
      font: { widthOfString: (piece: string) => piece.length },
      fontSize: 1,
    })),
  );
  return {
    inlines,
    leadingCut: 0,
    inlineWidths: inlines.reduce((sum, i) => sum + i.width, 0),
    getHeight: () => 1,
  };
}

/** What the page shows: the pieces left to right, each drawn the way fontkit draws it. */
function drawn(line: PdfLine): string {
  return [...line.inlines]
    .sort((a, b) => a.x - b.x)
    .map((inline) =>
      shapedRightToLeft(inline.text) ? [...inline.text].reverse().join('') : inline.text,
    )
    .join('');
}

describe('visualOrder', () => {
  it.each([
    [
      [0, 0, 0],
      [0, 1, 2],
    ],
    [
      [1, 1, 1],
      [2, 1, 0],
    ],
    [
      [0, 1, 1, 0],
      [0, 2, 1, 3],
    ],
    [
      [1, 2, 2, 1],
      [3, 1, 2, 0],
    ],
    [
      [2, 2, 1],
      [2, 0, 1],
    ],
  ])('orders levels %j as %j', (levels, order) => {
    expect(visualOrder(levels)).toEqual(order);
  });

  it('is a permutation that only depends on the levels relative to each other', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), (levels) => {
        const order = visualOrder(levels);
        expect([...order].sort((a, b) => a - b)).toEqual(levels.map((_, index) => index));
        expect(visualOrder(levels.map((level) => level + 2))).toEqual(order);
      }),
    );
  });

  it('keeps a left-to-right line and turns a right-to-left one around', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3 }), (n, level) => {
        const identity = Array.from({ length: n }, (_, index) => index);
        expect(visualOrder(identity.map(() => level))).toEqual(
          level % 2 === 0 ? identity : [...identity].reverse(),
        );
      }),
    );
  });
});

describe('placeInVisualOrder', () => {
  it.each([
    ['שלום עולם'],
    ['مرحبا بالعالم'],
    ['Hallo שלום wereld'],
    ['שלום Hallo wereld עולם'],
    ['(בסוגריים) ומספרים 123 ו-45.6 וגם Latin words inside עברית בסוף.'],
    ['مرحبا بالعالم! الأرقام ١٢٣ و 456.'],
    ['Wij werken met שלום en مرحبا بالعالم, 2026.'],
    ['Gereedheid: 50 % בעברית, שלום.'],
  ])('draws %s as the Unicode bidi algorithm orders it', (text) => {
    const line = lineOf(text);
    placeInVisualOrder(line);
    expect(drawn(line)).toBe(bidi.getReorderedString(text, bidi.getEmbeddingLevels(text)));
  });

  it('lays the pieces side by side from the start of the line, the last one without its space', () => {
    const line = lineOf('שלום עולם ');
    placeInVisualOrder(line);
    expect(line.inlines.map((inline) => [inline.text, inline.x, inline.width])).toEqual([
      ['שלום', 5, 4],
      [' ', 4, 1],
      ['עולם', 0, 4],
      ['', 0, 0],
    ]);
  });

  it('leaves a line without right-to-left text as pdfmake laid it out', () => {
    const line = lineOf('Hallo 🙂 wereld ');
    // The font is a measuring function: compare the laid-out pieces, not it.
    const placed = (): unknown => JSON.parse(JSON.stringify(line));
    const before = placed();
    placeInVisualOrder(line);
    expect(placed()).toEqual(before);
  });
});
