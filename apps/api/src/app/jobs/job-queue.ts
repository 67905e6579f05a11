import { setTimeout as sleep } from 'node:timers/promises';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PoolDatabase, poolDatabase, transactionDatabase } from './pg-boss-database';

export type JobHandler<T extends object> = (data: T, job: { id: string }) => Promise<void>;

export interface JobDefinition<T extends object> {
  name: string;
  handler: JobHandler<T>;
  /** Attempts after the first; each waits `retryDelaySeconds`, doubled every time. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** Cron in Europe/Amsterdam time: pg-boss sends it once per slot, whatever the instance count. */
  cron?: string;
  /**
   * Jobs fetched per poll (default 1). Each still succeeds or fails on its own; a higher number
   * drains a backlog (mail after an SMTP outage, a bulk assignment) without a 2-second wait per job.
   */
  batchSize?: number;
}

export interface FailedJob {
  id: string;
  name: string;
  retryCount: number;
  failedAt: string;
  error: string;
}

const TIME_ZONE = 'Europe/Amsterdam';
const STOP_TIMEOUT_MS = 10_000;
const POLL_INTERVAL_MS = 2_000;

/**
 * The PostgreSQL job queue (pg-boss): scheduled work and work that must survive a crash or an
 * outage (mail). Contexts register their jobs in onModuleInit; the queue starts after all have.
 *
 * Jobs are fetched by a loop of our own (`boss.fetch`) rather than `boss.work`: pg-boss's stop
 * does not wait for a fetch in flight nor for the completion it sends without awaiting, so a
 * job could still be running, or be marked done, after the pool was closed. Here shutdown stops
 * fetching, lets the jobs in hand finish, and waits until the queue's last query has returned.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('JobQueue');
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private readonly boss: PgBoss;
  private readonly database: PoolDatabase;
  private readonly stopping = new AbortController();
  private readonly loops: Promise<void>[] = [];
  private started = false;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.database = poolDatabase(dataSource);
    this.boss = new PgBoss({
      db: this.database,
      schema: 'pgboss',
      supervise: config.runJobs,
      schedule: config.runJobs,
    });
    this.boss.on('error', (error) => this.logger.warn(`Job queue: ${error.message}`));
  }

  /** In onModuleInit; a job registered after the start is prepared at once. */
  async register<T extends object>(definition: JobDefinition<T>): Promise<void> {
    const stored = definition as unknown as JobDefinition<object>;
    this.definitions.set(definition.name, stored);
    if (this.started) {
      await this.prepare(stored);
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const definition of this.definitions.values()) {
      await this.prepare(definition);
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.started) {
      return;
    }
    this.started = false;
    this.stopping.abort();
    const timer = new AbortController();
    const deadline = sleep(STOP_TIMEOUT_MS, 'timeout', { signal: timer.signal }).catch(() => null);
    try {
      if ((await Promise.race([Promise.all(this.loops), deadline])) === 'timeout') {
        this.logger.warn('Job queue: a job was still running when the application stopped');
      }
      await this.boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
      await Promise.race([this.database.idle(), deadline]);
    } finally {
      timer.abort();
    }
  }

  /** Queues a job; with `manager`, inside that transaction (it is sent only if it commits). */
  async send<T extends object>(name: string, data: T, manager?: EntityManager): Promise<string> {
    const options = manager ? { db: transactionDatabase(manager) } : {};
    const id = await this.boss.send(name, data, options);
    if (!id) {
      throw new Error(`The job queue refused a ${name} job`);
    }
    return id;
  }

  /** The state of one job: 'created', 'retry', 'active', 'completed', 'failed', … */
  async stateOf(name: string, id: string): Promise<string | null> {
    return (await this.boss.getJobById(name, id))?.state ?? null;
  }

  /**
   * Jobs waiting per registered queue (created or up for a retry, not yet active): what the
   * metrics report as queue depth. Empty before the queue started and after it stopped.
   */
  async queueSizes(): Promise<Record<string, number>> {
    if (!this.started) {
      return {};
    }
    const names = [...this.definitions.keys()].sort();
    const sizes = await Promise.all(names.map((name) => this.boss.getQueueSize(name)));
    return Object.fromEntries(names.map((name, index) => [name, sizes[index]]));
  }

  /** Jobs that used up their retries (of one kind, or all), newest first: what an operator looks at. */
  async failed(name?: string, limit = 50): Promise<FailedJob[]> {
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT id, name, retry_count, completed_on, output FROM pgboss.job
          WHERE ($1::text IS NULL OR name = $1) AND state = 'failed'
          ORDER BY completed_on DESC LIMIT $2`,
      [name ?? null, limit],
    );
    return (rows as FailedRow[]).map((row) => ({
      id: row.id,
      name: row.name,
      retryCount: row.retry_count,
      failedAt: new Date(row.completed_on).toISOString(),
      error: row.output?.message ?? '',
    }));
  }

  private async prepare(definition: JobDefinition<object>): Promise<void> {
    const { name } = definition;
    await this.boss.createQueue(name, {
      name,
      retryLimit: definition.retryLimit,
      retryDelay: definition.retryDelaySeconds,
      retryBackoff: true,
    });
    if (!this.config.runJobs) {
      return;
    }
    if (definition.cron) {
      await this.boss.schedule(name, definition.cron, {}, { tz: TIME_ZONE });
    }
    this.loops.push(this.work(definition));
  }

  /** Fetches a batch, runs it job by job, and waits a poll interval when the queue was empty. */
  private async work(definition: JobDefinition<object>): Promise<void> {
    const { signal } = this.stopping;
    const batchSize = definition.batchSize ?? 1;
    while (!signal.aborted) {
      let jobs: PgBoss.Job<object>[] = [];
      try {
        jobs = (await this.boss.fetch<object>(definition.name, { batchSize })) ?? [];
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn(`Job queue: fetching ${definition.name} failed: ${message}`);
      }
      for (const job of jobs) {
        await this.run(definition, job);
      }
      if (jobs.length < batchSize) {
        await sleep(POLL_INTERVAL_MS, undefined, { signal }).catch(() => undefined);
      }
    }
  }

  /**
   * One job of a batch: completed or failed (to be retried) by itself, so a mail that could not
   * be sent never makes the others of its batch go out again.
   */
  private async run(definition: JobDefinition<object>, job: PgBoss.Job<object>): Promise<void> {
    try {
      await definition.handler(job.data, { id: job.id });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Job ${definition.name} ${job.id} failed: ${message}`);
      await this.settle(() => this.boss.fail(definition.name, job.id, { message }));
      return;
    }
    await this.settle(() => this.boss.complete(definition.name, job.id));
  }

  /** A job whose outcome could not be written expires and is retried by pg-boss's supervisor. */
  private async settle(write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Job queue: recording a job's outcome failed: ${message}`);
    }
  }
}

interface FailedRow {
  id: string;
  name: string;
  retry_count: number;
  completed_on: string;
  output: { message?: string } | null;
}
