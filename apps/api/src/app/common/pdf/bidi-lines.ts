import LayoutBuilder, { PdfLayoutBuilder, PdfLine, PdfTextNode } from 'pdfmake/src/layoutBuilder';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The scripts fontkit shapes right to left: it reverses the glyphs of every word whose first
 * character with a script is in one of them.
 */
const RTL_SCRIPT =
  /\p{Script=Arabic}|\p{Script=Hebrew}|\p{Script=Syriac}|\p{Script=Thaana}|\p{Script=Nko}|\p{Script=Samaritan}|\p{Script=Mandaic}|\p{Script=Cypriot}|\p{Script=Kharoshthi}|\p{Script=Phoenician}|\p{Script=Lydian}|\p{Script=Avestan}|\p{Script=Imperial_Aramaic}|\p{Script=Inscriptional_Pahlavi}|\p{Script=Inscriptional_Parthian}|\p{Script=Old_South_Arabian}|\p{Script=Old_Turkic}|\p{Script=Meroitic_Cursive}|\p{Script=Meroitic_Hieroglyphs}|\p{Script=Manichaean}|\p{Script=Mende_Kikakui}|\p{Script=Nabataean}|\p{Script=Old_North_Arabian}|\p{Script=Palmyrene}|\p{Script=Psalter_Pahlavi}/u;
const HAS_SCRIPT = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;

/** Whether fontkit draws this text's glyphs right to left (by its first character with a script). */
export function shapedRightToLeft(text: string): boolean {
  const first = HAS_SCRIPT.exec(text)?.[0];
  return first !== undefined && RTL_SCRIPT.test(first);
}

/**
 * The visual order of a line's pieces from their bidi levels (UAX #9, rule L2): from the highest
 * level down to the lowest odd one, every stretch at that level or higher is reversed.
 */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_, index) => index);
  if (levels.length === 0) {
    return order;
  }
  const highest = Math.max(...levels);
  const lowest = Math.min(...levels);
  const lowestOdd = lowest % 2 === 1 ? lowest : lowest + 1;
  for (let level = highest; level >= lowestOdd; level -= 1) {
    let start = 0;
    while (start < order.length) {
      if ((levels[order[start] ?? 0] ?? 0) < level) {
        start += 1;
        continue;
      }
      let end = start;
      while (end + 1 < order.length && (levels[order[end + 1] ?? 0] ?? 0) >= level) {
        end += 1;
      }
      order.splice(start, end - start + 1, ...order.slice(start, end + 1).reverse());
      start = end + 1;
    }
  }
  return order;
}

const reversedClusters = (text: string) =>
  Array.from(graphemes.segment(text), ({ segment }) => segment)
    .reverse()
    .join('');

/**
 * Places the pieces of a laid-out line in visual order. pdfmake breaks lines in logical order
 * and draws every piece (a word or part of one) where it put it; fontkit already draws each
 * right-to-left word's glyphs right to left. So each piece moves to its visual place, and a
 * piece whose own direction fontkit would get wrong (neutral punctuation between Hebrew words,
 * Arabic digits) is handed over reversed. The pieces stay in logical order in the content
 * stream, so copied or extracted text reads in logical order.
 */
export function placeInVisualOrder(line: PdfLine): void {
  const { inlines } = line;
  if (!inlines.some((inline) => (inline.bidiLevel ?? 0) > 0)) {
    return;
  }
  const last = inlines[inlines.length - 1];
  if (last && (last.trailingCut ?? 0) > 0) {
    // The white space that ends a line takes no room; drawn reversed it would stand on the left.
    last.width -= last.trailingCut ?? 0;
    last.trailingCut = 0;
    last.text = last.text.trimEnd();
  }
  let x = 0 - line.leadingCut;
  for (const index of visualOrder(inlines.map((inline) => inline.bidiLevel ?? 0))) {
    const inline = inlines[index];
    if (!inline) {
      continue;
    }
    const rightToLeft = (inline.bidiLevel ?? 0) % 2 === 1;
    if (rightToLeft !== shapedRightToLeft(inline.text)) {
      inline.text = reversedClusters(inline.text);
    }
    inline.x = x;
    x += inline.width;
  }
}

let installed = false;

/** Hooks the visual ordering into pdfmake's line builder, once per process. */
export function orderBidiLines(): void {
  if (installed) {
    return;
  }
  installed = true;
  const buildNextLine = LayoutBuilder.prototype.buildNextLine;
  LayoutBuilder.prototype.buildNextLine = function (this: PdfLayoutBuilder, textNode: PdfTextNode) {
    const line = buildNextLine.call(this, textNode);
    if (line) {
      placeInVisualOrder(line);
    }
    return line;
  };
}
