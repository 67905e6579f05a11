/**
 * The few parts of untyped packages the PDF house style uses: fontkit (pdfmake's font engine,
 * for glyph coverage) and pdfmake's line builder (to order right-to-left text per line).
 */
declare module '@foliojs-fork/fontkit' {
  export interface Font {
    numGlyphs: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer): Font;
}

declare module 'pdfmake/src/layoutBuilder' {
  /** One word or run of a laid-out line, as pdfmake's text tools measured it. */
  export interface PdfInline {
    text: string;
    x: number;
    width: number;
    leadingCut?: number;
    trailingCut?: number;
    bidiLevel?: number;
    noWrap?: boolean;
    noNewLine?: boolean;
    lineEnd?: boolean;
    font: { widthOfString(text: string, size: number, features?: unknown): number };
    fontSize: number;
    fontFeatures?: unknown;
    characterSpacing?: number;
  }
  export interface PdfLine {
    inlines: PdfInline[];
    leadingCut: number;
    inlineWidths: number;
    x?: number;
    y?: number;
    getHeight(): number;
  }
  /** A text node being laid out: the inlines not yet placed on a line. */
  export interface PdfTextNode {
    _inlines?: PdfInline[];
  }
  /** Where the layout stands: the page being filled and the room left on it. */
  export interface PdfContext {
    availableWidth: number;
    availableHeight: number;
    page: number;
    getCurrentPage(): { items: { type: string; item: unknown }[] } | undefined;
  }
  /** pdfmake's page writer: lines go on the current page, or the next when it is full. */
  export interface PdfPageWriter {
    /** Above 0 inside a block kept on one page. */
    transactionLevel: number;
    context(): PdfContext;
    addLine(line: PdfLine, dontUpdateContextPosition?: boolean, index?: number): unknown;
    moveToNextPage(): void;
  }
  export interface PdfLayoutBuilder {
    writer: PdfPageWriter;
  }
  const LayoutBuilder: {
    prototype: {
      buildNextLine(this: PdfLayoutBuilder, textNode: PdfTextNode): PdfLine | null;
      /** Lays out a text node: its lines one by one, onto the pages. */
      processLeaf(this: PdfLayoutBuilder, node: PdfTextNode): void;
    };
  };
  export default LayoutBuilder;
}

declare module 'hyphen/nl' {
  /** Dutch (TeX hyph-nl patterns): the word with `hyphenChar` (default U+00AD) at every break. */
  export function hyphenateSync(
    text: string,
    options?: { hyphenChar?: string; minWordLength?: number },
  ): string;
}
