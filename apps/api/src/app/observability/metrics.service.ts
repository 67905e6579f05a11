import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

import { JobQueue } from '../jobs/job-queue';

export type ExportFormat = 'pdf' | 'docx' | 'xlsx' | 'csv' | 'zip';

/** The parts of node-postgres's Pool the metrics read. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const EXPORT_BUCKETS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120];

/**
 * Prometheus metrics of this application instance, in a registry of its own (tests run several
 * instances in one process; each must count only its own requests): the process's default
 * metrics, request durations per route template, the database pool, the job queue and exports.
 */
@Injectable()
export class MetricsService implements OnModuleDestroy {
  readonly registry = new Registry();
  private readonly logger = new Logger('Metrics');
  private readonly requestDuration: Histogram<'method' | 'route' | 'status_code'>;
  private readonly exportDuration: Histogram<'format' | 'outcome'>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requestDuration = new Histogram({
      name: 'labelklaar_http_request_duration_seconds',
      help: 'HTTP requests by method, route template and status, until the last byte was sent',
      labelNames: ['method', 'route', 'status_code'],
      buckets: HTTP_BUCKETS,
      registers,
    });
    this.exportDuration = new Histogram({
      name: 'labelklaar_export_duration_seconds',
      help: 'Dossier exports by format, from the request until the file was made and sent',
      labelNames: ['format', 'outcome'],
      buckets: EXPORT_BUCKETS,
      registers,
    });
    const pool = () => this.pool();
    new Gauge({
      name: 'labelklaar_db_pool_connections',
      help: 'Connections the database pool holds (open, both busy and idle)',
      registers,
      collect() {
        this.set(pool()?.totalCount ?? 0);
      },
    });
    new Gauge({
      name: 'labelklaar_db_pool_idle_connections',
      help: 'Open connections of the database pool that no query uses',
      registers,
      collect() {
        this.set(pool()?.idleCount ?? 0);
      },
    });
    new Gauge({
      name: 'labelklaar_db_pool_waiting_requests',
      help: 'Queries waiting for a connection of the database pool',
      registers,
      collect() {
        this.set(pool()?.waitingCount ?? 0);
      },
    });
    const queueSizes = () => this.queueSizes();
    new Gauge({
      name: 'labelklaar_job_queue_depth',
      help: 'Jobs waiting in the PostgreSQL job queue (created or up for a retry), per queue',
      labelNames: ['queue'],
      registers,
      async collect() {
        const sizes = await queueSizes();
        if (sizes) {
          this.reset();
          Object.entries(sizes).forEach(([queue, size]) => this.set({ queue }, size));
        }
      },
    });
  }

  /** A request that ended: its duration in seconds under its route template. */
  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.requestDuration.observe({ method, route, status_code: String(status) }, seconds);
  }

  /** Starts timing an export; call the result once, when the file was made or making it failed. */
  startExport(format: ExportFormat): (outcome: 'completed' | 'failed') => void {
    const end = this.exportDuration.startTimer({ format });
    let ended = false;
    return (outcome) => {
      if (!ended) {
        ended = true;
        end({ outcome });
      }
    };
  }

  /** Prometheus's text format. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  onModuleDestroy(): void {
    this.registry.clear();
  }

  /** node-postgres's pool inside TypeORM's driver; gone once the data source is closed. */
  private pool(): PoolCounts | undefined {
    const driver = this.dataSource.driver as unknown as { master?: PoolCounts };
    return this.dataSource.isInitialized ? driver.master : undefined;
  }

  /** A database that does not answer leaves the last depth standing instead of failing the scrape. */
  private async queueSizes(): Promise<Record<string, number> | null> {
    try {
      return await this.jobs.queueSizes();
    } catch (error) {
      this.logger.warn(`Job queue depth unknown: ${(error as Error)?.message ?? String(error)}`);
      return null;
    }
  }
}
