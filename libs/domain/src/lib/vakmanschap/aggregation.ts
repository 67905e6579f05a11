/**
 * Managers and quality officers see what reflections and check-ins are about, never who wrote what.
 * No number is shown that rests on fewer than three authors: with one or two, a reader who knows
 * the team could tell whose reflection it was.
 */
export const MIN_AUTHORS_PER_AGGREGATE = 3;

/** One authored item (a reflection, a check-in answer) and the buckets it counts in. */
export interface AuthoredItem {
  authorId: string;
  /** The buckets this item counts in: the model used, each dilemma, the kind of decision. */
  keys: readonly string[];
}

export interface AggregateBucket {
  key: string;
  count: number;
}

/**
 * A count over authored items. `isShown` false means too few authors: then `total` is null and
 * `buckets` is empty. A bucket with fewer than three authors is left out of `buckets`; how many
 * were left out is in `hiddenBuckets`, so the reader knows the list is not complete.
 */
export interface AuthoredAggregate {
  isShown: boolean;
  total: number | null;
  buckets: AggregateBucket[];
  hiddenBuckets: number;
}

function distinctAuthors(items: readonly AuthoredItem[]): number {
  return new Set(items.map((item) => item.authorId)).size;
}

/** Counts items per key, order by count (then key), hiding whatever rests on too few authors. */
export function aggregateByAuthors(
  items: readonly AuthoredItem[],
  minAuthors = MIN_AUTHORS_PER_AGGREGATE,
): AuthoredAggregate {
  if (distinctAuthors(items) < minAuthors) {
    return { isShown: false, total: null, buckets: [], hiddenBuckets: 0 };
  }
  const byKey = new Map<string, AuthoredItem[]>();
  for (const item of items) {
    for (const key of new Set(item.keys)) {
      byKey.set(key, [...(byKey.get(key) ?? []), item]);
    }
  }
  const all = [...byKey.entries()].map(([key, members]) => ({
    key,
    count: members.length,
    authors: distinctAuthors(members),
  }));
  const shown = all.filter((bucket) => bucket.authors >= minAuthors);
  return {
    isShown: true,
    total: items.length,
    buckets: shown
      .map(({ key, count }) => ({ key, count }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    hiddenBuckets: all.length - shown.length,
  };
}
