import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import PdfPrinter from 'pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

import { HOUSE_FONT } from './house-style';

const shipped = (file: string) => Buffer.from(vfs[file] ?? '', 'base64');

/** Roboto as pdfmake ships it (its bold is Roboto Medium), and the standard Courier. */
function houseFonts(): TFontDictionary {
  return {
    [HOUSE_FONT]: {
      normal: shipped('Roboto-Regular.ttf'),
      bold: shipped('Roboto-Medium.ttf'),
      italics: shipped('Roboto-Italic.ttf'),
      bolditalics: shipped('Roboto-MediumItalic.ttf'),
    },
    Courier: {
      normal: 'Courier',
      bold: 'Courier-Bold',
      italics: 'Courier-Oblique',
      bolditalics: 'Courier-BoldOblique',
    },
  };
}

/**
 * Lays out a pdfmake document with the house fonts and hands it back as a stream. The layout
 * happens before the first byte is sent, so a document that cannot be built fails the request
 * with a proper error instead of a broken download.
 */
@Injectable()
export class PdfRenderer {
  private readonly printer = new PdfPrinter(houseFonts());

  stream(document: TDocumentDefinitions): Readable {
    const pdf = this.printer.createPdfKitDocument(document);
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
