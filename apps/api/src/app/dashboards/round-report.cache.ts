import { RoundReadinessReport } from '@labelklaar/domain';

/** Rounds whose report one process keeps; the least recently read goes first. */
const MAX_ROUNDS = 1000;

interface Entry {
  key: string;
  report: Promise<RoundReadinessReport>;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
  }
  return value;
}

/**
 * The readiness reports this process computed, per round, each under the key it was computed for
 * (the round's report version from the database, the round itself and the reference day). A report
 * is only ever served for the key it was stored under, and the key is read from the database on
 * every request, so a write through any instance makes every instance compute afresh. Readers of
 * the same key share one computation. Reports are frozen: every caller shares them.
 */
export class RoundReportCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxRounds = MAX_ROUNDS) {}

  get size(): number {
    return this.entries.size;
  }

  /** The report of `roundId` under `key`: kept, or computed by `compute` and kept. */
  read(
    roundId: string,
    key: string,
    compute: () => Promise<RoundReadinessReport>,
  ): Promise<RoundReadinessReport> {
    const entry = this.entries.get(roundId);
    this.entries.delete(roundId);
    if (entry?.key === key) {
      this.entries.set(roundId, entry);
      return entry.report;
    }
    const report = compute().then(deepFreeze);
    const fresh = { key, report };
    this.entries.set(roundId, fresh);
    this.evict();
    // A failed computation is not kept: the next reader tries again.
    report.catch(() => {
      if (this.entries.get(roundId) === fresh) {
        this.entries.delete(roundId);
      }
    });
    return report;
  }

  private evict(): void {
    for (const roundId of this.entries.keys()) {
      if (this.entries.size <= this.maxRounds) {
        return;
      }
      this.entries.delete(roundId);
    }
  }
}
