import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { DataSource } from 'typeorm';

interface HitRow {
  hits: number;
  expires_in: string;
  blocked_in: string | null;
}

/**
 * Counts attempts in PostgreSQL instead of process memory, so a rate limit holds across every
 * API instance behind a load balancer. One upsert per attempt; the database clock decides.
 */
export class PgThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly dataSource: DataSource) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
  ): Promise<ThrottlerStorageRecord> {
    const fresh = 'throttle_hits.expires_at <= now()';
    const hits = `CASE WHEN ${fresh} THEN 1 ELSE throttle_hits.hits + 1 END`;
    const rows: HitRow[] = await this.dataSource.query(
      `INSERT INTO throttle_hits (key, hits, expires_at, blocked_until)
       VALUES ($1, 1, now() + make_interval(secs => $2 / 1000.0), NULL)
       ON CONFLICT (key) DO UPDATE SET
         hits = ${hits},
         expires_at = CASE WHEN ${fresh} THEN excluded.expires_at ELSE throttle_hits.expires_at END,
         blocked_until = CASE
           WHEN throttle_hits.blocked_until > now() THEN throttle_hits.blocked_until
           WHEN ${hits} > $3 THEN now() + make_interval(secs => $4 / 1000.0)
           ELSE NULL END
       RETURNING hits,
         extract(epoch FROM expires_at - now()) AS expires_in,
         extract(epoch FROM blocked_until - now()) AS blocked_in`,
      [key, ttl, limit, blockDuration],
    );
    const row = rows[0];
    const blockedIn = row.blocked_in === null ? 0 : Math.max(0, Math.ceil(Number(row.blocked_in)));
    return {
      totalHits: Number(row.hits),
      timeToExpire: Math.max(0, Math.ceil(Number(row.expires_in))),
      isBlocked: blockedIn > 0,
      timeToBlockExpire: blockedIn,
    };
  }
}
