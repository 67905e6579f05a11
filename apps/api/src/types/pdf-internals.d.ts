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
    trailingCut?: number;
    bidiLevel?: number;
  }
  export interface PdfLine {
    inlines: PdfInline[];
    leadingCut: number;
  }
  const LayoutBuilder: {
    prototype: { buildNextLine(this: unknown, textNode: unknown): PdfLine | null };
  };
  export default LayoutBuilder;
}
