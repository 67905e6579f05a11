import LayoutBuilder, { PdfLayoutBuilder, PdfLine, PdfTextNode } from 'pdfmake/src/layoutBuilder';

/**
 * The property that asks for widow and orphan control on a text node (see `controlWidows`): how
 * many of its first lines stay together (2, or 3 when the first is a label). pdfmake ignores
 * properties it does not know.
 */
export const KEEP_LINES = 'keepLines';

type AddLine = (line: PdfLine, dontUpdateContextPosition?: boolean, index?: number) => unknown;

interface Placed {
  line: PdfLine;
  page: number;
  x: number | undefined;
  y: number | undefined;
}

let installed = false;

/**
 * Widow and orphan control for the paragraphs that ask for it, once per process. pdfmake fills
 * a page line by line, so the first line of a paragraph can stand alone at the foot of a page
 * (an orphan) and its last line alone at the top of the next (a widow). Here a paragraph's
 * first line goes to the next page when the lines to keep with it would not fit, and a last line
 * that has to go to the next page takes the line before it along. The layout stays one pass:
 * lines break the same on every page, only where a page ends moves.
 *
 * Inside a block kept on one page (`unbreakable`) nothing is done: it moves as a whole.
 */
export function controlWidows(): void {
  if (installed) {
    return;
  }
  installed = true;
  const processLeaf = LayoutBuilder.prototype.processLeaf;
  LayoutBuilder.prototype.processLeaf = function (this: PdfLayoutBuilder, node: PdfTextNode) {
    const writer = this.writer;
    const keep = (node as Record<string, unknown>)[KEEP_LINES];
    if (typeof keep !== 'number' || keep < 2 || writer.transactionLevel > 0) {
      processLeaf.call(this, node);
      return;
    }
    const addLine = writer.addLine;
    let previous: Placed | null = null;
    let count = 0;
    writer.addLine = (line, dontUpdateContextPosition, index) => {
      const context = writer.context();
      const height = line.getHeight();
      const more = (node._inlines?.length ?? 0) > 0;
      if (count === 0 && more && context.availableHeight < keep * height) {
        // An orphan otherwise: the paragraph starts on the next page.
        writer.moveToNextPage();
      } else if (
        !more &&
        previous !== null &&
        previous.page === context.page &&
        context.availableHeight < height
      ) {
        takeAlong(previous, node, () => writer.moveToNextPage(), addLine, writer);
      }
      const placed: Placed = { line, page: -1, x: line.x, y: line.y };
      const position = addLine.call(writer, line, dontUpdateContextPosition, index);
      placed.page = writer.context().page;
      previous = placed;
      count += 1;
      return position;
    };
    try {
      processLeaf.call(this, node);
    } finally {
      // The writer's own addLine again (the method of its prototype).
      delete (writer as { addLine?: AddLine }).addLine;
    }
  };
}

/**
 * A widow otherwise: the line before the last leaves its page (it is that page's last item) and
 * is set again at the top of the next, where the last line follows it.
 */
function takeAlong(
  previous: Placed,
  node: PdfTextNode,
  nextPage: () => void,
  addLine: AddLine,
  writer: PdfLayoutBuilder['writer'],
): void {
  const items = writer.context().getCurrentPage()?.items ?? [];
  const last = items[items.length - 1];
  // Only when the line is the page's last item and not its only one (a page of one line).
  if (items.length < 2 || last?.item !== previous.line) {
    return;
  }
  items.pop();
  nextPage();
  previous.line.x = previous.x;
  previous.line.y = previous.y;
  const position = addLine.call(writer, previous.line);
  const positions = (node as { positions?: unknown[] }).positions;
  if (positions && positions.length > 0) {
    positions[positions.length - 1] = position;
  }
}
