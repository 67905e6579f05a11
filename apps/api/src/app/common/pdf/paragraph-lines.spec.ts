import PdfPrinter from 'pdfmake';
import type { Content } from 'pdfmake/interfaces';

import { houseFonts } from './house-fonts';
import { houseDocument, paragraphs } from './house-style';
import { controlWidows, KEEP_LINES } from './paragraph-lines';

const PARAGRAPH = Array.from(
  { length: 6 },
  () =>
    'De kwaliteitsmedewerker beschrijft hoe de organisatie de afspraken met de gemeente uitvoert en welke verbeteracties daaruit volgen.',
).join(' ');

const META = {
  title: 'Proef',
  subject: 'Proef',
  organisation: 'Labelklaar',
  draft: false,
  generatedAt: new Date(2026, 11, 6),
};

type Laid = { positions?: { pageNumber: number }[] };

/** Lines per page of each paragraph, laid out below `space` points of empty page. */
function linesPerPage(space: number, keep: boolean): number[][] {
  const block = paragraphs(`${PARAGRAPH}\n\n${PARAGRAPH}`) as unknown as {
    stack: Record<string, unknown>[];
  };
  if (!keep) {
    block.stack.forEach((node) => delete node[KEEP_LINES]);
  }
  const content: Content[] = [{ text: ' ', margin: [0, space, 0, 0] }, block as unknown as Content];
  new PdfPrinter(houseFonts().dictionary).createPdfKitDocument(houseDocument(META, content));
  return block.stack.map((node) => {
    const counts = new Map<number, number>();
    for (const { pageNumber } of (node as Laid).positions ?? []) {
      counts.set(pageNumber, (counts.get(pageNumber) ?? 0) + 1);
    }
    return [...counts.values()];
  });
}

/** Every start height over a stretch of a page, in steps finer than a line. */
const SPACES = Array.from({ length: 30 }, (_, index) => 580 + index * 2);

describe('widow and orphan control', () => {
  beforeAll(() => controlWidows());

  it('without it, some start height leaves one line of a paragraph alone on a page', () => {
    const alone = SPACES.flatMap((space) => linesPerPage(space, false)).filter((pages) =>
      pages.includes(1),
    );
    expect(alone.length).toBeGreaterThan(0);
  });

  it('with it, no paragraph leaves a single line on a page, wherever it starts', () => {
    for (const space of SPACES) {
      for (const pages of linesPerPage(space, true)) {
        expect({ space, pages, single: pages.length > 1 && pages.includes(1) }).toEqual({
          space,
          pages,
          single: false,
        });
      }
    }
  });

  it('keeps every line of the paragraph', () => {
    const total = (space: number, keep: boolean) =>
      linesPerPage(space, keep).map((pages) => pages.reduce((a, b) => a + b, 0));
    for (const space of SPACES.slice(0, 10)) {
      expect(total(space, true)).toEqual(total(space, false));
    }
  });
});

describe('paragraphs', () => {
  it('makes a node per paragraph, the label on the first line of the first', () => {
    const block = paragraphs('Eerste alinea.\nnog een regel\n\n  \nTweede alinea.', {
      text: 'Toelichting',
      style: 'label',
    }) as { stack: { text: unknown; keepLines: number }[] };
    expect(block.stack.map((node) => node.text)).toEqual([
      [{ text: 'Toelichting', style: 'label' }, '\n', 'Eerste alinea.\nnog een regel'],
      'Tweede alinea.',
    ]);
    expect(block.stack.map((node) => node.keepLines)).toEqual([3, 2]);
  });
});
