import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Clock } from '../common/clock';
import { ProblemException } from '../common/problems/problem.exception';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DATABASE_HANDLE, DatabaseHandle } from '../database/database-handle';
import { DATABASE_RETRY_AFTER_SECONDS } from '../database/database-unavailable';
import { FileStorage } from '../evidence/storage/file-storage';
import { stagingDirectory } from '../evidence/upload/evidence-upload.interceptor';
import { CheckOutcome, failingChecks, ReadinessChecks } from './readiness';

export const APP_VERSION = '0.1.0';

/** A check that has not answered by then counts as failed: a probe must not hang. */
const CHECK_TIMEOUT_MS = 5_000;

async function within<T>(work: Promise<T>): Promise<T> {
  const timer = new AbortController();
  try {
    return await Promise.race([
      work,
      sleep(CHECK_TIMEOUT_MS, undefined, { signal: timer.signal }).then(() => {
        throw new Error(`no answer in ${CHECK_TIMEOUT_MS} ms`);
      }),
    ]);
  } finally {
    timer.abort();
  }
}

@Injectable()
export class HealthService {
  private readonly logger = new Logger('Health');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DATABASE_HANDLE) private readonly database: DatabaseHandle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
  ) {}

  async check() {
    // Whatever the reason the database does not answer, the product is not healthy.
    await this.dataSource.query('SELECT 1').catch(() => {
      throw new ProblemException(503, 'database-unavailable', {
        seconds: DATABASE_RETRY_AFTER_SECONDS,
      });
    });
    return {
      status: 'ok' as const,
      database: this.database.kind,
      version: APP_VERSION,
      time: this.clock.now().toISOString(),
    };
  }

  /** The process runs and its event loop answers; nothing else is asked. */
  live() {
    return { status: 'live' as const, version: APP_VERSION, time: this.clock.now().toISOString() };
  }

  /**
   * Whether this instance can serve requests: its database answers, every migration it knows is
   * applied, and its storage takes and gives back a file. 503 not-ready names what is not.
   */
  async ready() {
    const [database, storage] = await Promise.all([this.checkDatabase(), this.checkStorage()]);
    const checks: ReadinessChecks = {
      database,
      migrations: database === 'ok' ? await this.migrations() : 'unknown',
      storage,
    };
    const failing = failingChecks(checks);
    if (failing.length > 0) {
      throw new ProblemException(503, 'not-ready', { failing: failing.join(', ') }, [], {
        checks,
      });
    }
    return { status: 'ready' as const, checks, time: this.clock.now().toISOString() };
  }

  private async checkDatabase(): Promise<CheckOutcome> {
    return this.outcome('database', () => this.dataSource.query('SELECT 1'), 'unreachable');
  }

  private async checkStorage(): Promise<CheckOutcome> {
    return this.outcome(
      'storage',
      () => this.storage.probe(stagingDirectory(this.config)),
      'not-writable',
    );
  }

  /** The migrations this build carries against the ones the database has recorded. */
  private async migrations(): Promise<CheckOutcome> {
    let pending = 0;
    const outcome = await this.outcome(
      'migrations',
      async () => {
        const table = this.dataSource.options.migrationsTableName ?? 'migrations';
        const rows: { name: string }[] = await this.dataSource.query(`SELECT name FROM "${table}"`);
        const applied = new Set(rows.map((row) => row.name));
        pending = this.dataSource.migrations.filter(
          (migration) => !applied.has(migration.name ?? migration.constructor.name),
        ).length;
      },
      'unknown',
    );
    return outcome === 'ok' && pending > 0 ? 'pending' : outcome;
  }

  private async outcome(
    name: string,
    work: () => Promise<unknown>,
    failed: CheckOutcome,
  ): Promise<CheckOutcome> {
    try {
      await within(work());
      return 'ok';
    } catch (error) {
      this.logger.warn(`Readiness: ${name} ${failed}: ${(error as Error)?.message ?? error}`);
      return failed;
    }
  }
}
