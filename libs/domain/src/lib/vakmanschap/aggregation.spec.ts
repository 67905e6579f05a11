import fc from 'fast-check';

import { aggregateByAuthors, type AuthoredItem } from './aggregation';

const item = (authorId: string, ...keys: string[]): AuthoredItem => ({ authorId, keys });

describe('aggregateByAuthors', () => {
  it('shows nothing over fewer than three authors', () => {
    expect(aggregateByAuthors([item('a', 'x'), item('b', 'x'), item('a', 'x')])).toEqual({
      isShown: false,
      total: null,
      buckets: [],
      hiddenBuckets: 0,
    });
  });

  it('counts per key and hides a bucket that rests on fewer than three authors', () => {
    expect(
      aggregateByAuthors([
        item('a', 'model-a', 'dilemma'),
        item('b', 'model-a', 'dilemma'),
        item('c', 'model-a', 'dilemma'),
        item('c', 'model-b'),
        item('a', 'dilemma', 'dilemma'),
      ]),
    ).toEqual({
      isShown: true,
      total: 5,
      buckets: [
        { key: 'dilemma', count: 4 },
        { key: 'model-a', count: 3 },
      ],
      hiddenBuckets: 1,
    });
  });

  const itemsArb = fc.array(
    fc.record({
      authorId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      keys: fc.array(fc.constantFrom('k1', 'k2', 'k3', 'k4'), { maxLength: 3 }),
    }),
    { maxLength: 25 },
  );

  it('never shows a number that rests on fewer than three authors', () => {
    fc.assert(
      fc.property(itemsArb, (items) => {
        const aggregate = aggregateByAuthors(items);
        const authors = new Set(items.map((i) => i.authorId)).size;
        expect(aggregate.isShown).toBe(authors >= 3);
        for (const bucket of aggregate.buckets) {
          const behind = items.filter((i) => (i.keys as string[]).includes(bucket.key));
          expect(new Set(behind.map((i) => i.authorId)).size).toBeGreaterThanOrEqual(3);
          expect(bucket.count).toBe(behind.length);
        }
      }),
    );
  });
});
