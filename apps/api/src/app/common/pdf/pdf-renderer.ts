import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { INestApplicationContext, Injectable, Logger } from '@nestjs/common';
import PdfPrinter from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

import { orderBidiLines } from './bidi-lines';
import { houseFonts } from './house-fonts';
import { hyphenateLines } from './hyphenated-lines';
import {
  breaksToKeep,
  flexibleBreakKey,
  GOING_ON_SPACE,
  isPageEndId,
  partEnds,
  PlacedNode,
  settleBreaks,
} from './page-breaks';
import { controlWidows } from './paragraph-lines';
import { withScriptFonts } from './script-text';
import { warmUpDocuments } from './warm-up';

/** Layouts at most: the breaks settle in two unless a part ends elsewhere than foreseen. */
const MAX_PASSES = 3;
/** Documents whose settled page breaks are remembered (a round downloaded again, unchanged). */
const SETTLED_CACHE_SIZE = 200;

type Node = Record<string, unknown>;

/** The nodes at the top of the content, where flexible breaks and their markers stand. */
function topNodes(content: Content): Node[] {
  const nodes = Array.isArray(content) ? (content as unknown[]) : [content];
  return nodes.filter((node): node is Node => typeof node === 'object' && node !== null);
}

/** The blocks that start on a new page only after a page at least half full. */
function flexibleBlocks(content: Content): { key: string; node: Node }[] {
  return topNodes(content).flatMap((node) => {
    const key = flexibleBreakKey(node['id']);
    return key === null ? [] : [{ key, node }];
  });
}

/**
 * A `pageBreakBefore` that only records where every node landed. With one parameter pdfmake
 * spares itself the lists of the other nodes on the page.
 */
function measuring(placed: PlacedNode[]) {
  return (node: PlacedNode): boolean => {
    placed.push(node);
    return false;
  };
}

const sameKeys = (a: Set<string>, b: Set<string>) =>
  a.size === b.size && [...a].every((key) => b.has(key));

/**
 * The document without what only stamps it (its metadata, with the time it was made): the same
 * key for the same content, laid out alike.
 */
function layoutKey(document: TDocumentDefinitions): string {
  return createHash('sha256')
    .update(JSON.stringify({ ...document, info: undefined }))
    .digest('base64');
}

/**
 * Lays out a pdfmake document with the house fonts and hands it back as a stream. Every text
 * gets the fonts its characters need, right-to-left text its visual order and a word too wide
 * for its column hyphens, whichever document it is in. The layout happens before the first byte
 * is sent, so a document that cannot be built fails the request with a proper error instead of
 * a broken download.
 */
@Injectable()
export class PdfRenderer {
  private readonly fonts = houseFonts();
  /** Flexible breaks to keep by layout key: a document laid out before starts from its result. */
  private readonly settled = new Map<string, Set<string>>();

  constructor() {
    controlWidows();
    // First hyphenation, then the visual order: the order takes the parts as they end up.
    hyphenateLines();
    orderBidiLines();
  }

  stream(document: TDocumentDefinitions): Readable {
    const pdf = this.laidOut(withScriptFonts(document, this.fonts.coverage));
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

  /**
   * Opens the fonts, the hyphenation patterns and the layout code with a small document, so the
   * first real one does not pay for them. In steps, each on its own turn of the event loop, so a
   * request that comes in meanwhile waits for one step at most.
   */
  async warmUp(): Promise<void> {
    for (const document of warmUpDocuments()) {
      await new Promise((resolve) => setImmediate(resolve));
      await this.buffer(document);
    }
  }

  /**
   * pdfmake keeps the last document it made on the printer (and every page's nodes with it): a
   * printer per layout, so nothing outlives the download.
   */
  private layout(document: TDocumentDefinitions, measureOnly = false): PDFKit.PDFDocument {
    const printer = new PdfPrinter(this.fonts.dictionary);
    // pdfmake draws only the first `maxPagesNumber` pages: none, when only positions count.
    const definition = measureOnly
      ? Object.assign({ ...document }, { maxPagesNumber: 0 })
      : document;
    return printer.createPdfKitDocument(definition);
  }

  /**
   * The document laid out with its flexible page breaks settled (see `./page-breaks`): all in
   * place first, only measured (nothing drawn), to learn which breaks to keep; then drawn with
   * those, which shows whether every part ended where foreseen; if not, once more. A document
   * laid out before (same content) starts from the breaks that settled then.
   */
  private laidOut(document: TDocumentDefinitions): PDFKit.PDFDocument {
    const flexible = flexibleBlocks(document.content);
    if (flexible.length === 0) {
      return this.layout(document);
    }
    const markers = topNodes(document.content).filter((node) => isPageEndId(node['id']));
    const pass = (keep: Set<string>, measureOnly: boolean) => {
      for (const { key, node } of flexible) {
        node.pageBreak = keep.has(key) ? 'before' : undefined;
        node.margin = keep.has(key) ? 0 : [0, GOING_ON_SPACE, 0, 0];
      }
      // pdfmake asks about each node once and marks it so; the next layout is asked again.
      for (const marker of markers) {
        delete marker['pageBreakCalculated'];
      }
      const placed: PlacedNode[] = [];
      const pdf = this.layout({ ...document, pageBreakBefore: measuring(placed) }, measureOnly);
      return { pdf, placed };
    };
    const key = layoutKey(document);
    let layouts = 0;
    let keep = this.settled.get(key);
    if (!keep) {
      const all = new Set(flexible.map((block) => block.key));
      keep = settleBreaks(partEnds(pass(all, true).placed));
      layouts += 1;
    }
    for (;;) {
      const { pdf, placed } = pass(keep, false);
      layouts += 1;
      const next = breaksToKeep(placed);
      if (layouts >= MAX_PASSES || sameKeys(next, keep)) {
        this.remember(key, keep);
        return pdf;
      }
      keep = next;
    }
  }

  private remember(key: string, keep: Set<string>): void {
    this.settled.delete(key);
    this.settled.set(key, keep);
    if (this.settled.size > SETTLED_CACHE_SIZE) {
      const oldest = this.settled.keys().next().value;
      if (oldest !== undefined) {
        this.settled.delete(oldest);
      }
    }
  }
}

/**
 * Warms the app's PDF renderer in the background (see `PdfRenderer.warmUp`): for the server
 * once it listens. Tests build the app without it and ask for it only where they test it.
 */
export function warmUpPdf(app: INestApplicationContext): void {
  const started = Date.now();
  app
    .get(PdfRenderer, { strict: false })
    .warmUp()
    .then(
      () =>
        Logger.log(`PDF fonts and layout warmed up in ${Date.now() - started} ms`, 'PdfRenderer'),
      (error: unknown) =>
        Logger.warn(
          `PDF warm-up failed (the first PDF will be slower): ${error instanceof Error ? error.message : String(error)}`,
          'PdfRenderer',
        ),
    );
}
