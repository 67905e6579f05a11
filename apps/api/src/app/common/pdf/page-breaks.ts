/**
 * Flexible page breaks: a part (a domain of the dossier, an appendix) starts on a new page,
 * unless the page before it is still mostly empty. Then the part goes on under it, so no page
 * carries only the tail of the part before (a last criterion, a table of actions).
 *
 * pdfmake cannot take a page break back, and each break its `pageBreakBefore` hook adds costs a
 * layout of the whole document. So the renderer lays the document out with every flexible break
 * in place and reads where the content before each one ends (a marker just before it). With
 * every part starting at the top of a page, each part's length is known: from those, which
 * breaks to keep follows, and the document is laid out once more without the others.
 */

/** Where pdfmake placed a node: the parts of its node information read here. */
export interface PlacedNode {
  id?: string;
  startPosition: { pageNumber: number; verticalRatio: number };
}

const BREAK = 'flexible-break:';
const PAGE_END = 'page-end:';

/** A part starts on the page before when that page is filled less than this. */
export const FRESH_PAGE_FROM = 0.5;

/** Space above a part that goes on under the page before (pt): it starts a part all the same. */
export const GOING_ON_SPACE = 16;

/** The id of the block that starts on a new page unless the page before is mostly empty. */
export const flexibleBreakId = (key: string): string => `${BREAK}${key}`;

/** The id of the marker where the content before a flexible break ends. */
export const pageEndId = (key: string): string => `${PAGE_END}${key}`;

/** The key of a flexible break's id, or null for any other id. */
export const flexibleBreakKey = (id: unknown): string | null =>
  typeof id === 'string' && id.startsWith(BREAK) ? id.slice(BREAK.length) : null;

/** Where the content before a flexible break ends: its page, and how full that page is. */
export interface PartEnd {
  key: string;
  page: number;
  fill: number;
}

/** The page-end markers of a layout, in document order. */
export function partEnds(placed: readonly PlacedNode[]): PartEnd[] {
  return placed
    .filter((node) => node.id?.startsWith(PAGE_END))
    .map((node) => ({
      key: (node.id ?? '').slice(PAGE_END.length),
      page: node.startPosition.pageNumber,
      fill: node.startPosition.verticalRatio,
    }));
}

/**
 * The flexible breaks to keep, from the part ends of a layout with every break in place. After
 * a kept break a part starts at the top of a page as it did there, so where it ends is known;
 * after a dropped one it starts lower, and ends as much lower as it is long (its tables may
 * break a little differently: the renderer checks the next layout).
 */
export function settleBreaks(ends: readonly PartEnd[]): Set<string> {
  const keep = new Set<string>();
  let shifted: number | null = null;
  ends.forEach((end, index) => {
    const fill = shifted ?? end.fill;
    if (fill >= FRESH_PAGE_FROM) {
      keep.add(end.key);
      shifted = null;
      return;
    }
    const next = ends[index + 1];
    // The part after this break, laid out from the top of the page after `end.page`.
    const length = next ? next.page - (end.page + 1) + next.fill : 0;
    shifted = (fill + length) % 1;
  });
  return keep;
}

/** Whether an id is that of a page-end marker. */
export const isPageEndId = (id: unknown): boolean =>
  typeof id === 'string' && id.startsWith(PAGE_END);

/**
 * The flexible breaks a layout should have had, by key: those whose page before is filled at
 * least FRESH_PAGE_FROM, read from its page-end markers.
 */
export function breaksToKeep(placed: readonly PlacedNode[]): Set<string> {
  const keep = new Set<string>();
  for (const node of placed) {
    if (node.id?.startsWith(PAGE_END) && node.startPosition.verticalRatio >= FRESH_PAGE_FROM) {
      keep.add(node.id.slice(PAGE_END.length));
    }
  }
  return keep;
}
