import {
  breaksToKeep,
  flexibleBreakId,
  flexibleBreakKey,
  isPageEndId,
  pageEndId,
  partEnds,
  PlacedNode,
  settleBreaks,
} from './page-breaks';

const at = (id: string | undefined, verticalRatio: number): PlacedNode => ({
  ...(id === undefined ? {} : { id }),
  startPosition: { pageNumber: 4, verticalRatio },
});

describe('breaksToKeep', () => {
  it.each([
    [0.95, true],
    [0.5, true],
    [0.49, false],
    [0.1, false],
    // The content before ended right at the foot: the marker opens the next page.
    [0, false],
  ])('keeps the break after a page filled to %p: %p', (fill, kept) => {
    expect(breaksToKeep([at(pageEndId('VAK'), fill)]).has('VAK')).toBe(kept);
  });

  it('reads only the page-end markers', () => {
    const placed = [at(undefined, 0.9), at('toc-0-1', 0.9), at(flexibleBreakId('OPD'), 0.9)];
    expect(breaksToKeep([...placed, at(pageEndId('IMP'), 0.7), at(pageEndId('VMS'), 0.2)])).toEqual(
      new Set(['IMP']),
    );
  });
});

describe('ids', () => {
  it('tell flexible breaks and markers from other ids', () => {
    expect(flexibleBreakKey(flexibleBreakId('internal-appendix'))).toBe('internal-appendix');
    expect(flexibleBreakKey(pageEndId('OPD'))).toBeNull();
    expect(flexibleBreakKey(undefined)).toBeNull();
    expect(isPageEndId(pageEndId('OPD'))).toBe(true);
    expect(isPageEndId(flexibleBreakId('OPD'))).toBe(false);
  });
});

describe('settleBreaks', () => {
  const end = (key: string, page: number, fill: number) => ({ key, page, fill });

  it('keeps a break after a page at least half full, drops it after a short one', () => {
    expect(settleBreaks([end('OPD', 3, 0.8), end('VMS', 6, 0.2), end('VAK', 9, 0.6)])).toEqual(
      new Set(['OPD', 'VAK']),
    );
  });

  it('foresees where a part ends once it starts under the short page before it', () => {
    // VMS runs from the top of page 7 to 0.45 of page 8: 1.45 pages. Started at 0.2 of page 6,
    // it ends at 0.65 of page 7, so the break before VAK stays.
    expect(settleBreaks([end('VMS', 6, 0.2), end('VAK', 8, 0.45)])).toEqual(new Set(['VAK']));
    // Ending at 0.2 of page 8 instead, it ends at 0.4 of page 7: VAK goes on under it.
    expect(settleBreaks([end('VMS', 6, 0.2), end('VAK', 8, 0.2)])).toEqual(new Set());
    // A chain: VMS ends at 0.15 of page 8, VAK (0.9 of a page) under it at 0.05 of page 9.
    expect(settleBreaks([end('VMS', 6, 0.3), end('VAK', 8, 0.85), end('IMP', 9, 0.9)])).toEqual(
      new Set(),
    );
  });
});

describe('partEnds', () => {
  it('reads the markers with their page, in order', () => {
    const placed = [
      { id: pageEndId('OPD'), startPosition: { pageNumber: 3, verticalRatio: 0.4 } },
      { id: 'toc-0-2', startPosition: { pageNumber: 4, verticalRatio: 0.1 } },
      { id: pageEndId('VMS'), startPosition: { pageNumber: 6, verticalRatio: 0.7 } },
    ];
    expect(partEnds(placed)).toEqual([
      { key: 'OPD', page: 3, fill: 0.4 },
      { key: 'VMS', page: 6, fill: 0.7 },
    ]);
  });
});
