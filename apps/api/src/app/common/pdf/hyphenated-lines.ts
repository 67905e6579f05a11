import LayoutBuilder, {
  PdfInline,
  PdfLayoutBuilder,
  PdfLine,
  PdfTextNode,
} from 'pdfmake/src/layoutBuilder';

import { HYPHEN, hyphenationParts, isHyphenatable, piecesToFit } from './hyphenation';

/** A part of a hyphenated word, as an inline of its own. */
interface WordPart extends PdfInline {
  /** The width of its letters alone. */
  _partWidth: number;
  /** The width of a hyphen in its font. */
  _hyphenWidth: number;
  /** The word goes on after it: a line that ends here shows a hyphen. */
  _hyphenAfter: boolean;
}

const isPart = (inline: PdfInline): inline is WordPart => '_partWidth' in inline;

const widthIn = (inline: PdfInline) => (text: string) =>
  inline.font.widthOfString(text, inline.fontSize, inline.fontFeatures) +
  (inline.characterSpacing ?? 0) * ([...text].length - 1);

/** The parts of a word too wide for its column, each narrow enough to end a line with a hyphen. */
function partsOf(inline: PdfInline, maxWidth: number): string[] {
  const widthOf = widthIn(inline);
  const hyphen = widthOf(HYPHEN);
  return hyphenationParts(inline.text).flatMap((part) =>
    widthOf(part) + hyphen > maxWidth && isHyphenatable(part)
      ? piecesToFit(part, maxWidth, widthOf)
      : [part],
  );
}

/**
 * Each part is measured so that pdfmake's line filling sees the true width of a line that ends
 * after it: its letters, the hyphen it would then show, less the hyphen the part before it
 * reserved (that one is not drawn when both stand on one line).
 */
function split(inline: PdfInline, maxWidth: number): PdfInline[] {
  const texts = partsOf(inline, maxWidth);
  if (texts.length < 2) {
    return [inline];
  }
  const widthOf = widthIn(inline);
  const hyphen = widthOf(HYPHEN);
  return texts.map((text, index): WordPart => {
    const isLast = index === texts.length - 1;
    const partWidth = widthOf(text);
    return {
      ...inline,
      text,
      width: partWidth + (isLast ? 0 : hyphen) - (index === 0 ? 0 : hyphen),
      leadingCut: index === 0 ? inline.leadingCut : 0,
      trailingCut: isLast ? inline.trailingCut : 0,
      noNewLine: isLast ? inline.noNewLine : false,
      lineEnd: isLast ? inline.lineEnd : false,
      _partWidth: partWidth,
      _hyphenWidth: hyphen,
      _hyphenAfter: !isLast,
    };
  });
}

/** A part that starts a line has no hyphen before it to take back. */
function startLine(inline: PdfInline | undefined): void {
  if (inline && isPart(inline)) {
    inline.width = inline._partWidth + (inline._hyphenAfter ? inline._hyphenWidth : 0);
  }
}

/** Parts at their own width; the last gets its hyphen when the word goes on on the next line. */
function finishLine(line: PdfLine): void {
  const last = line.inlines[line.inlines.length - 1];
  let x = 0;
  for (const inline of line.inlines) {
    if (isPart(inline)) {
      inline.width = inline._partWidth;
      if (inline === last && inline._hyphenAfter) {
        inline.text += HYPHEN;
        inline.width += inline._hyphenWidth;
      }
    }
    inline.x = x - line.leadingCut;
    x += inline.width;
  }
  line.inlineWidths = x;
}

/** The inline lists already split, so a word is split once however often pdfmake asks. */
const splitLists = new WeakSet<PdfInline[]>();

function splitLongWords(inlines: PdfInline[], maxWidth: number): void {
  splitLists.add(inlines);
  const all = inlines.flatMap((inline) =>
    !inline.noWrap && inline.width > maxWidth ? split(inline, maxWidth) : [inline],
  );
  inlines.splice(0, inlines.length, ...all);
}

let installed = false;

/**
 * Hooks hyphenation into pdfmake's line builder, once per process. pdfmake breaks a word wider
 * than its column wherever the column ends, without a hyphen ("samenwerkingsovereenkom/st"), and
 * knows no soft hyphen. So such a word is split into its Dutch hyphenation parts first, and a
 * line that ends inside it shows a hyphen. Words that fit are left to wrap whole, as before.
 */
export function hyphenateLines(): void {
  if (installed) {
    return;
  }
  installed = true;
  const buildNextLine = LayoutBuilder.prototype.buildNextLine;
  LayoutBuilder.prototype.buildNextLine = function (this: PdfLayoutBuilder, textNode: PdfTextNode) {
    const inlines = textNode._inlines;
    if (inlines && !splitLists.has(inlines)) {
      splitLongWords(inlines, this.writer.context().availableWidth);
    }
    startLine(inlines?.[0]);
    const line = buildNextLine.call(this, textNode);
    if (line) {
      finishLine(line);
    }
    return line;
  };
}
