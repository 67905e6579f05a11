import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamicModule, Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Clock } from '../src/app/common/clock';
import { CommonModule } from '../src/app/common/common.module';
import { loadConfig } from '../src/app/config/app-config';
import { AppConfigModule } from '../src/app/config/app-config.module';
import { DatabaseKind } from '../src/app/database/database-handle';
import { DatabaseModule } from '../src/app/database/database.module';
import { JobsModule } from '../src/app/jobs/jobs.module';
import { MailModule } from '../src/app/mail/mail.module';
import { ObservabilityModule } from '../src/app/observability/observability.module';
import { RubricsService } from '../src/app/rubrics/rubrics.service';

/** Set by test/support/global-setup.mjs: 'postgres' for DATABASE_URL, else the embedded PGlite. */
const databaseKind = (): DatabaseKind =>
  process.env['LABELKLAAR_TEST_DATABASE'] === 'postgres' ? 'postgres' : 'embedded';

/** The clock of a service spec: the real time until a test sets it, then that time until moved. */
export class TestClock extends Clock {
  private fixed: Date | null = null;

  override now(): Date {
    return new Date(this.fixed ?? Date.now());
  }

  set(at: Date | string): void {
    this.fixed = new Date(at);
  }

  advance(ms: number): void {
    this.fixed = new Date(this.now().getTime() + ms);
  }

  /** Back to the real time. */
  reset(): void {
    this.fixed = null;
  }
}

/** The context modules under test, wired as in the product, on the test database. */
export interface ServiceTest {
  module: TestingModule;
  clock: TestClock;
  dataSource: DataSource;
  /** Any provider of the module tree: the services under test and those that seed. */
  get<T>(type: Type<T>): T;
  close(): Promise<void>;
}

/**
 * A Nest testing module with the real `modules` on the test database (embedded PGlite or the
 * DATABASE_URL server, migrated as on start, the rubric catalogue loaded). Only the clock is
 * replaced, by one the test controls; there is no outgoing mail to stub (invitation links are
 * returned, not sent).
 */
export async function createServiceTest(
  modules: (Type<unknown> | DynamicModule)[],
): Promise<ServiceTest> {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set: run the service specs through jest with test/support/global-setup.mjs',
    );
  }
  const config = loadConfig({
    DATABASE_URL: url,
    LABELKLAAR_DEMO: 'false',
    LOG_LEVEL: 'error',
    // The queue takes jobs (mail) but works none: a service spec checks what was queued.
    LABELKLAAR_RUN_JOBS: 'false',
    LABELKLAAR_DATA_DIR: mkdtempSync(join(tmpdir(), 'labelklaar-service-')),
  });
  const clock = new TestClock();
  const module = await Test.createTestingModule({
    imports: [
      AppConfigModule.forRoot(config),
      CommonModule,
      DatabaseModule.forRoot({ kind: databaseKind(), url, close: () => Promise.resolve() }),
      JobsModule,
      MailModule,
      // The metrics the exports record; its log lines go nowhere a spec reads.
      ObservabilityModule.forRoot(config),
      ...modules,
    ],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  module.useLogger(['fatal', 'error']);
  // The lifecycle runs as in the product (secrets loaded, jobs registered, the queue started);
  // some hooks expect an HTTP adapter, so the context is an application that never listens.
  const app = module.createNestApplication({ logger: ['fatal', 'error'] });
  await app.init();
  const get = <T>(type: Type<T>): T => app.get(type, { strict: false });
  await get(RubricsService).syncCatalog();
  return {
    module,
    clock,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    get,
    close: () => app.close(),
  };
}

/** A refusal, whatever carries it (a ProblemException or a DomainRuleViolation). */
export interface Refusal {
  code: string;
  /** What the refusal tells besides its code: its message parameters and extra members. */
  payload: Record<string, unknown>;
}

/** Awaits a promise that must be refused and returns the refusal's code and payload. */
export async function refusalOf(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (error) {
    const { code, params, details, extra, extensions } = error as {
      code?: unknown;
      params?: Record<string, unknown>;
      details?: Record<string, unknown>;
      extra?: Record<string, unknown>;
      extensions?: Record<string, unknown>;
    };
    if (typeof code !== 'string') {
      throw error;
    }
    return { code, payload: { ...params, ...details, ...extra, ...extensions } };
  }
  throw new Error('expected a refusal, but the call succeeded');
}
