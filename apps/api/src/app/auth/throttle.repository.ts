import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** One counter: `limit` hits per window, then the key is blocked, for longer with each hit after. */
export interface ThrottleRule {
  key: string;
  windowSeconds: number;
  limit: number;
  /** The block the hit reaching the limit sets; each further hit doubles it, up to `blockCapSeconds`. */
  blockSeconds: number;
  blockCapSeconds: number;
}

/** What one counted hit did: the block it set, if it reached the limit. */
export interface Hit {
  blockedUntil: string | null;
}

interface BlockedRow {
  key: string;
  blocked_in: string;
}

/**
 * Counters in PostgreSQL instead of process memory, so a limit holds across every API instance
 * behind a load balancer. The database clock decides.
 */
@Injectable()
export class ThrottleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Seconds each of `keys` is still blocked for; keys that are not blocked are left out. */
  async blocked(keys: string[]): Promise<Map<string, number>> {
    const rows: BlockedRow[] = await this.dataSource.query(
      `SELECT key, extract(epoch FROM blocked_until - now()) AS blocked_in
         FROM throttle_hits WHERE key = ANY($1) AND blocked_until > now()`,
      [keys],
    );
    return new Map(rows.map((row) => [row.key, Math.max(1, Math.ceil(Number(row.blocked_in)))]));
  }

  /**
   * Counts one hit unless the key is blocked; the hit that reaches the limit blocks the key for
   * the hits after it. Atomic, so a burst of parallel attempts cannot slip past a block. Answers
   * null when the key was blocked, else the block this hit set (or null when it set none).
   */
  async hit(rule: ThrottleRule): Promise<Hit | null> {
    const fresh = 'throttle_hits.expires_at <= now()';
    const hits = `CASE WHEN ${fresh} THEN 1 ELSE throttle_hits.hits + 1 END`;
    const blockFor = (count: string) =>
      `now() + make_interval(secs => least($5, $4 * power(2, least(${count} - $3, 20))))`;
    const rows: { blocked_until: string | null }[] = await this.dataSource.query(
      `INSERT INTO throttle_hits (key, hits, expires_at, blocked_until)
       VALUES ($1, 1, now() + make_interval(secs => $2), CASE WHEN 1 >= $3 THEN ${blockFor('1')} END)
       ON CONFLICT (key) DO UPDATE SET
         hits = ${hits},
         expires_at = CASE WHEN ${fresh} THEN excluded.expires_at ELSE throttle_hits.expires_at END,
         blocked_until = CASE WHEN ${hits} >= $3 THEN ${blockFor(hits)} END
       WHERE throttle_hits.blocked_until IS NULL OR throttle_hits.blocked_until <= now()
       RETURNING blocked_until::text AS blocked_until`,
      [rule.key, rule.windowSeconds, rule.limit, rule.blockSeconds, rule.blockCapSeconds],
    );
    return rows.length === 0 ? null : { blockedUntil: rows[0].blocked_until };
  }

  /** Takes a hit back, and the block it set if it set one. */
  async takeBack(key: string, hit: Hit): Promise<void> {
    await this.dataSource.query(
      `UPDATE throttle_hits SET
         hits = greatest(hits - 1, 0),
         blocked_until = CASE WHEN blocked_until = $2::timestamptz THEN NULL ELSE blocked_until END
       WHERE key = $1 AND expires_at > now()`,
      [key, hit.blockedUntil],
    );
  }

  async clear(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM throttle_hits WHERE key = $1', [key]);
  }

  /** A marker that lives for `seconds`: it counts nothing and never blocks. */
  async mark(key: string, seconds: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO throttle_hits (key, hits, expires_at, blocked_until)
       VALUES ($1, 1, now() + make_interval(secs => $2), NULL)
       ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at, blocked_until = NULL`,
      [key, seconds],
    );
  }

  async isMarked(key: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM throttle_hits WHERE key = $1 AND expires_at > now()',
      [key],
    );
    return rows.length > 0;
  }
}
