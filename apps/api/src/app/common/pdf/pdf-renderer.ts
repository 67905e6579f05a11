import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import PdfPrinter from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

import { orderBidiLines } from './bidi-lines';
import { houseFonts } from './house-fonts';
import { withScriptFonts } from './script-text';

/**
 * Lays out a pdfmake document with the house fonts and hands it back as a stream. Every text
 * gets the fonts its characters need and right-to-left text its visual order, whichever
 * document it is in. The layout happens before the first byte is sent, so a document that
 * cannot be built fails the request with a proper error instead of a broken download.
 */
@Injectable()
export class PdfRenderer {
  private readonly fonts = houseFonts();
  private readonly printer = new PdfPrinter(this.fonts.dictionary);

  constructor() {
    orderBidiLines();
  }

  stream(document: TDocumentDefinitions): Readable {
    const pdf = this.printer.createPdfKitDocument(withScriptFonts(document, this.fonts.coverage));
    pdf.end();
    return pdf as unknown as Readable;
  }

  async buffer(document: TDocumentDefinitions): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.stream(document)) {
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }
}
