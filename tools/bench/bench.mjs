#!/usr/bin/env node
// `npm run bench`: seeds a sector-sized data set into a fresh PostgreSQL database, starts the built
// API on it and measures the dashboards and exports against the targets of issue 5. It prints its
// figures and exits 0 even when a target is missed; only a failed run exits non-zero.
// Settings (environment variables): see the "Benchmark" section of README.md.
import { mkdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import argon2 from 'argon2';
import pg from 'pg';

import { ADMIN_EMAIL, BENCH_PASSWORD, OFFICER_EMAIL } from './lib/accounts.mjs';
import { killRunningApis, sampleMemory, startApi } from './lib/api-process.mjs';
import { dailyReminderRows, measureDailyReminders } from './lib/daily-reminders.mjs';
import {
  benchDatabaseName,
  connect,
  createDatabase,
  DEFAULT_TARGET,
  dropDatabase,
  RAW_DATES,
} from './lib/database.mjs';
import { dossierPdfRows, runDossierPdf } from './lib/dossier-pdf.mjs';
import { runDossierZip } from './lib/dossier-zip.mjs';
import { login } from './lib/http-session.mjs';
import { loadEndpoint, loadSql, settle, timeDownloads } from './lib/measure.mjs';
import { startWireCounter } from './lib/pg-wire-counter.mjs';
import { countQueries, hotPathEndpoints } from './lib/query-counts.mjs';
import { formatTable, reportTable } from './lib/report.mjs';
import { measureResponseSaves } from './lib/response-saves.mjs';
import { hashSubmittedRounds } from './lib/round-content.mjs';
import { measureRoundUpgrades } from './lib/round-upgrades.mjs';
import { seed, SUBMITTED_EVENTS } from './lib/seed.mjs';
import { BASELINES, tokenHash } from './lib/sql-baseline.mjs';
import { measureUploadRss, uploadRssRows } from './lib/upload-rss.mjs';
import { runWideUpgrade } from './lib/wide-upgrade.mjs';

export { ADMIN_EMAIL, BENCH_PASSWORD, OFFICER_EMAIL };

/** BENCH_ONLY: `daily-reminders` (issue 14); `hot-paths`: dashboards, query counts and saves. */
const ONLY = ['daily-reminders', 'hot-paths', 'upload-rss'];

function integer(env, name, fallback, min, max) {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}

function only(value) {
  if (value === undefined || value === '' || ONLY.includes(value)) {
    return value || null;
  }
  throw new Error(`BENCH_ONLY must be empty or one of ${ONLY.join(', ')}, not "${value}"`);
}

function settings(env) {
  return {
    target: env.DATABASE_URL || DEFAULT_TARGET,
    sizes: {
      orgs: integer(env, 'BENCH_ORGS', 500, 5, 100_000),
      rounds: integer(env, 'BENCH_ROUNDS', 6, 2, 50),
      evidence: integer(env, 'BENCH_EVIDENCE', 20_000, 0, 10_000_000),
      actions: integer(env, 'BENCH_ACTIONS', 10_000, 0, 10_000_000),
      completeOrg: 1,
    },
    connections: integer(env, 'BENCH_CONNECTIONS', 20, 1, 1000),
    seconds: integer(env, 'BENCH_DURATION', 10, 1, 3600),
    warmup: integer(env, 'BENCH_WARMUP', 2, 0, 600),
    exportSamples: integer(env, 'BENCH_EXPORT_SAMPLES', 5, 1, 1000),
    singleSamples: integer(env, 'BENCH_SINGLE_SAMPLES', 10, 1, 1000),
    keep: env.BENCH_KEEP_DB === '1' || env.BENCH_KEEP_DB === 'true',
    // BENCH_ONLY=daily-reminders: seed, then only the daily reminder job (issue 14);
    // BENCH_ONLY=hot-paths: seed, then the dashboards, their queries per request and the saves.
    only: only(env.BENCH_ONLY),
    // Indexes to drop after seeding, to measure what they buy (before/after without a rebuild).
    dropIndexes: (env.BENCH_DROP_INDEXES ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => {
        if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
          throw new Error(`BENCH_DROP_INDEXES holds "${name}", which is not an index name`);
        }
        return name;
      }),
    logDir: join(import.meta.dirname, '..', '..', 'tmp', 'bench'),
  };
}

let interrupted = false;
const log = (line) => process.stdout.write(`${line}\n`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function prepareDatabase(config, databaseUrl, logFile) {
  let started = Date.now();
  const migrating = await startApi({ databaseUrl, logFile });
  await migrating.stop();
  log(`Migrations and rubrics loaded by the API (${seconds(started)}).`);

  started = Date.now();
  const client = await connect(databaseUrl);
  try {
    const passwordHash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });
    log(
      `Seeding ${config.sizes.orgs} organisations × ${config.sizes.rounds} rounds, ${config.sizes.evidence} evidence items, ${config.sizes.actions} actions:`,
    );
    await seed(client, config.sizes, { passwordHash, log });
    const hashStarted = Date.now();
    const submitted = await hashSubmittedRounds(client);
    await client.query(SUBMITTED_EVENTS);
    log(`  content hashes of ${submitted} submitted rounds (${seconds(hashStarted)})`);
    const { rows } = await client.query(
      `SELECT 1 FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'platform_admin'`,
    );
    const hasAdminFlag = rows.length > 0;
    await client.query(
      `INSERT INTO users (email, display_name, password_hash${hasAdminFlag ? ', platform_admin' : ''})
       VALUES ($1, 'Beheer Kwaliteitslabel', $2${hasAdminFlag ? ', true' : ''})`,
      [ADMIN_EMAIL, passwordHash],
    );
    for (const index of config.dropIndexes) {
      await client.query(`DROP INDEX "${index}"`);
      log(`  dropped index ${index} (BENCH_DROP_INDEXES)`);
    }
    // A database in steady state, as autovacuum leaves it: statistics and visibility map up to date.
    await client.query('VACUUM (ANALYZE)');
    const counts = await client.query(`
      SELECT (SELECT count(*) FROM organisations) AS organisations, (SELECT count(*) FROM users) AS users,
             (SELECT count(*) FROM assessment_rounds) AS rounds, (SELECT count(*) FROM criterion_responses) AS responses,
             (SELECT count(*) FROM evidence) AS evidence, (SELECT count(*) FROM response_evidence) AS evidence_links,
             (SELECT count(*) FROM improvement_actions) AS actions, (SELECT count(*) FROM round_events) AS round_events`);
    log(
      `Seeded in ${seconds(started)}: ${Object.entries(counts.rows[0])
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}.`,
    );
    if (!hasAdminFlag) {
      log(
        'Note: users.platform_admin does not exist in this schema; the sector view cannot be measured.',
      );
    }
    const round = await client.query(
      `SELECT ar.id, ar.status FROM assessment_rounds ar JOIN memberships m ON m.organisation_id = ar.organisation_id
       JOIN users u ON u.id = m.user_id WHERE u.email = $1 ORDER BY ar.target_date`,
      [OFFICER_EMAIL],
    );
    return {
      draftRoundId: round.rows.findLast((r) => r.status === 'draft').id,
      submittedRoundId: round.rows.findLast((r) => r.status === 'submitted').id,
    };
  } finally {
    await client.end();
  }
}

/**
 * After a warm-up: one request at a time (the latency one user sees), then autocannon, then the
 * same time of the endpoint's plain SQL at the same concurrency.
 */
async function measureEndpoint(config, api, pool, { label, path, session, baseline, context }) {
  const url = `${api.baseUrl}${path}`;
  const probe = await fetch(url, { headers: session.headers });
  if (probe.status !== 200) {
    const body = await probe.text();
    log(`${label}: GET ${path} answers ${probe.status}; not measured. ${body.slice(0, 200)}`);
    return {
      endpoint: {
        unavailable: probe.status === 404 ? 'HTTP 404 (endpoint missing?)' : `HTTP ${probe.status}`,
      },
      sql: null,
    };
  }
  await probe.arrayBuffer();
  const load = (seconds) =>
    loadEndpoint({ url, headers: session.headers, connections: config.connections, seconds });
  if (config.warmup > 0) {
    await load(config.warmup);
    await settle(api.baseUrl);
  }
  const single = await timeDownloads({
    url,
    headers: session.headers,
    samples: config.singleSamples,
    accept: 'application/json',
  });
  const endpoint = { ...(await load(config.seconds)), single };
  await settle(api.baseUrl);
  log(
    `${label}: one at a time median ${single.median.toFixed(1)} ms; at ${config.connections} connections p50 ${endpoint.p50?.toFixed(1)} ms, p95 ${endpoint.p95?.toFixed(1)} ms, ${endpoint.rps.toFixed(0)} req/s, ${endpoint.non2xx + endpoint.errors} failed`,
  );
  const sql = await loadSql({
    pool,
    connections: config.connections,
    seconds: config.seconds,
    iteration: (client) => baseline(client, context),
  });
  log(
    `${label} SQL: p50 ${sql.p50?.toFixed(2)} ms, p95 ${sql.p95?.toFixed(2)} ms, ${sql.rps.toFixed(0)} iterations/s`,
  );
  return { endpoint, sql };
}

/**
 * Response saves on an API of their own whose database connections run through the wire counter,
 * so the statements per save are counted as PostgreSQL receives them (the other measurements stay
 * free of the proxy's hop).
 */
async function measureSaves(config, databaseUrl, rounds, logFile) {
  const wire = await startWireCounter(databaseUrl);
  const api = await startApi({ databaseUrl: wire.url, logFile });
  try {
    const officer = await login(api.baseUrl, OFFICER_EMAIL, BENCH_PASSWORD);
    const run = (seconds) =>
      measureResponseSaves({
        baseUrl: api.baseUrl,
        session: officer,
        roundId: rounds.draftRoundId,
        connections: config.connections,
        seconds,
        counter: wire.counter,
      });
    if (config.warmup > 0) {
      await run(config.warmup);
      await settle(api.baseUrl);
    }
    const saves = await run(config.seconds);
    log(
      `response save: at ${config.connections} connections on ${saves.criteria} criteria p50 ${saves.p50?.toFixed(1)} ms, p95 ${saves.p95?.toFixed(1)} ms, ${saves.rps.toFixed(0)} saves/s, ${saves.conflicts} conflicts, ${saves.failures} failed; ${saves.statementsPerSave?.toFixed(2)} statements per save`,
    );
    return saves;
  } finally {
    await api.stop();
    await wire.stop();
  }
}

/**
 * Upgrades of open rounds to the next rubric version, after everything else (they change the
 * data): up to 10 organisations, the measured one excluded, each on its own fresh API session.
 */
async function measureUpgrades(config, databaseUrl, logFile) {
  const api = await startApi({ databaseUrl, logFile });
  try {
    const emails = Array.from(
      { length: Math.min(10, config.sizes.orgs - 1) },
      (_, index) => `kwaliteit-${index + 2}@bench.labelklaar.test`,
    );
    const upgrades = await measureRoundUpgrades({
      baseUrl: api.baseUrl,
      emails,
      password: BENCH_PASSWORD,
    });
    log(
      `round upgrade: ${upgrades.rounds} rounds of ${upgrades.criteria ?? '—'} criteria; preview median ${upgrades.previewMedian?.toFixed(0)} ms, upgrade median ${upgrades.upgradeMedian?.toFixed(0)} ms, max ${upgrades.upgradeMax?.toFixed(0)} ms, ${upgrades.failures} failed`,
    );
    return upgrades;
  } finally {
    await api.stop();
  }
}

function sessionContext(session) {
  const token = /(?:^|; )lk_session=([^;]+)/.exec(session.headers.cookie)?.[1];
  return {
    tokenHash: tokenHash(decodeURIComponent(token ?? '')),
    userId: session.me.user.id,
    organisationId: session.me.activeOrganisationId,
  };
}

/**
 * RSS over the run: the samples labelled after each phase, and whether repeating the readiness load
 * at the end pushes memory above the high-water mark of everything before it (a leak would).
 */
function memorySummary(samples) {
  if (samples.length === 0) {
    return null;
  }
  const repeatStart = samples.findLastIndex((sample) => sample.label === 'xlsx');
  const afterRepeat = samples.findLast((sample) => sample.label === 'readiness again')?.rss ?? null;
  const before = repeatStart >= 0 ? samples.slice(0, repeatStart + 1) : [];
  return {
    start: samples[0].rss,
    peak: Math.max(...samples.map((sample) => sample.rss)),
    end: samples.at(-1).rss,
    hwm: Math.max(...samples.map((sample) => sample.hwm)),
    timeline: samples.filter((sample) => sample.label).map(({ label, rss }) => ({ label, rss })),
    peakBeforeRepeat: before.length ? Math.max(...before.map((sample) => sample.rss)) : null,
    afterRepeat,
  };
}

async function measure(config, databaseUrl, rounds, logFile) {
  const api = await startApi({ databaseUrl, logFile });
  const memory = sampleMemory(api);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: config.connections,
    types: RAW_DATES,
  });
  const results = {};
  try {
    const officer = await login(api.baseUrl, OFFICER_EMAIL, BENCH_PASSWORD);
    const admin = await login(api.baseUrl, ADMIN_EMAIL, BENCH_PASSWORD);
    const officerContext = { session: sessionContext(officer), roundId: rounds.draftRoundId };
    const adminContext = { session: sessionContext(admin) };
    log(
      `API at ${api.baseUrl} (pid ${api.pid}); ${config.connections} connections, ${config.seconds} s per measurement, ${config.warmup} s warm-up.`,
    );

    const readiness = await measureEndpoint(config, api, pool, {
      label: 'readiness',
      path: `/api/v1/rounds/${rounds.draftRoundId}/readiness`,
      session: officer,
      baseline: BASELINES.readiness,
      context: officerContext,
    });
    memory.mark('readiness');
    const trend = await measureEndpoint(config, api, pool, {
      label: 'trend',
      path: '/api/v1/organisation/trend',
      session: officer,
      baseline: BASELINES.trend,
      context: officerContext,
    });
    memory.mark('trend');
    const sector = await measureEndpoint(config, api, pool, {
      label: 'sector',
      path: '/api/v1/sector/readiness',
      session: admin,
      baseline: BASELINES.sector,
      context: adminContext,
    });
    memory.mark('sector');
    if (config.only === 'hot-paths') {
      Object.assign(results, {
        readiness: readiness.endpoint,
        readinessSql: readiness.sql,
        trend: trend.endpoint,
        trendSql: trend.sql,
        sector: sector.endpoint,
        sectorSql: sector.sql,
      });
      return results;
    }
    const exportPath = `${api.baseUrl}/api/v1/rounds/${rounds.submittedRoundId}`;
    const pdf = await timeDownloads({
      url: `${exportPath}/dossier.pdf`,
      headers: officer.headers,
      samples: config.exportSamples,
      accept: 'application/pdf',
      cold: 1,
    });
    memory.mark('pdf');
    log(
      `dossier.pdf: ${pdf.status === 200 ? `first ${pdf.first.toFixed(0)} ms, then median ${pdf.median.toFixed(0)} ms, max ${pdf.max.toFixed(0)} ms, ${pdf.bytes} bytes` : `HTTP ${pdf.status}`}`,
    );
    const xlsx = await timeDownloads({
      url: `${exportPath}/dossier.xlsx`,
      headers: officer.headers,
      samples: config.exportSamples,
      accept: '*/*',
      cold: 1,
    });
    memory.mark('xlsx');
    log(
      `dossier.xlsx: ${xlsx.status === 200 ? `first ${xlsx.first.toFixed(0)} ms, then median ${xlsx.median.toFixed(0)} ms, max ${xlsx.max.toFixed(0)} ms, ${xlsx.bytes} bytes` : `HTTP ${xlsx.status}`}`,
    );
    // The readiness load once more: a leak shows as memory growing while the same work repeats.
    let readinessAgain = null;
    if (!readiness.endpoint.unavailable) {
      readinessAgain = await loadEndpoint({
        url: `${api.baseUrl}/api/v1/rounds/${rounds.draftRoundId}/readiness`,
        headers: officer.headers,
        connections: config.connections,
        seconds: config.seconds,
      });
      await settle(api.baseUrl);
      memory.mark('readiness again');
      log(
        `readiness again: p50 ${readinessAgain.p50?.toFixed(1)} ms, p95 ${readinessAgain.p95?.toFixed(1)} ms, ${readinessAgain.rps.toFixed(0)} req/s`,
      );
    }
    Object.assign(results, {
      readiness: readiness.endpoint,
      readinessSql: readiness.sql,
      trend: trend.endpoint,
      trendSql: trend.sql,
      sector: sector.endpoint,
      sectorSql: sector.sql,
      pdf,
      xlsx,
      readinessAgain,
    });
  } finally {
    results.memory = memorySummary(memory.stop());
    await pool.end();
    await api.stop();
  }
  return results;
}

/** Statements per request of the dashboards, on an API of their own behind the wire counter. */
async function measureQueryCounts(databaseUrl, rounds, logFile) {
  const queries = await countQueries({
    startApi,
    databaseUrl,
    logFile,
    accounts: {
      officer: { email: OFFICER_EMAIL, password: BENCH_PASSWORD },
      admin: { email: ADMIN_EMAIL, password: BENCH_PASSWORD },
    },
    endpoints: hotPathEndpoints(rounds),
  });
  log(
    `statements per request: ${Object.entries(queries)
      .map(([label, count]) => `${label} ${count.toFixed(1)}`)
      .join(', ')}`,
  );
  return queries;
}

/** BENCH_ONLY=hot-paths: the dashboards, their statements per request and the response saves. */
async function measureHotPaths(config, databaseUrl, rounds, logFile) {
  const results = await measure(config, databaseUrl, rounds, logFile);
  results.queries = await measureQueryCounts(databaseUrl, rounds, logFile);
  results.saves = await measureSaves(config, databaseUrl, rounds, logFile);
  return results;
}

/** Every measurement of the full run, in an order where later ones may change the data. */
async function measureAll(config, databaseUrl, rounds, logFile) {
  const results = await measure(config, databaseUrl, rounds, logFile);
  results.queries = await measureQueryCounts(databaseUrl, rounds, logFile);
  results.saves = await measureSaves(config, databaseUrl, rounds, logFile);
  results.dailyReminders = await measureDailyReminders({ databaseUrl, logFile, log });
  results.upgrades = await measureUpgrades(config, databaseUrl, logFile);
  results.wideUpgrade = await runWideUpgrade({
    startApi,
    databaseUrl,
    logFile,
    adminEmail: ADMIN_EMAIL,
    password: BENCH_PASSWORD,
  });
  log(
    `round upgrade, 30 criteria: preview median ${results.wideUpgrade.previewMedian.toFixed(0)} ms, upgrade median ${results.wideUpgrade.upgradeMedian.toFixed(0)} ms, max ${results.wideUpgrade.upgradeMax.toFixed(0)} ms`,
  );
  results.zip = await runDossierZip({ startApi, databaseUrl, logFile, log });
  results.dossierPdf = await runDossierPdf({ startApi, databaseUrl, logFile, log });
  results.uploadRss = await measureUploadRss({ startApi, databaseUrl, logFile, log });
  return results;
}

async function main() {
  const config = settings(process.env);
  mkdirSync(config.logDir, { recursive: true });
  const name = benchDatabaseName(config.target, process.pid);
  const logFile = join(config.logDir, `api-${process.pid}.log`);
  const started = Date.now();
  const load = () =>
    loadavg()
      .map((value) => value.toFixed(2))
      .join(' ');
  log(
    `Labelklaar benchmark: database "${name}" on ${new URL(config.target).host}; API output in ${logFile}`,
  );
  log(
    `Machine: ${availableParallelism()} CPUs, load average ${load()} (other work on the machine skews the figures).`,
  );
  const databaseUrl = await createDatabase(config.target, name);
  // Ctrl-C or a kill: stop the API and drop the database before leaving.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      interrupted = true;
      process.stderr.write(`\n${signal}: stopping the API and dropping ${name}\n`);
      killRunningApis();
      const drop = config.keep ? Promise.resolve() : dropDatabase(config.target, name);
      drop.finally(() => process.exit(130));
    });
  }
  let results;
  try {
    const rounds = await prepareDatabase(config, databaseUrl, logFile);
    if (config.only === 'daily-reminders') {
      results = { dailyReminders: await measureDailyReminders({ databaseUrl, logFile, log }) };
    } else if (config.only === 'hot-paths') {
      results = await measureHotPaths(config, databaseUrl, rounds, logFile);
    } else if (config.only === 'upload-rss') {
      results = { uploadRss: await measureUploadRss({ startApi, databaseUrl, logFile, log }) };
    } else {
      results = await measureAll(config, databaseUrl, rounds, logFile);
    }
  } finally {
    if (config.keep) {
      log(`Database kept (BENCH_KEEP_DB): ${databaseUrl}`);
    } else {
      await dropDatabase(config.target, name);
    }
  }
  log(
    `\nResults (${config.connections} connections, ${config.seconds} s each; total run ${seconds(started)}; load average now ${load()}):\n`,
  );
  log(
    config.only === 'daily-reminders'
      ? formatTable(dailyReminderRows(results.dailyReminders))
      : config.only === 'upload-rss'
        ? ''
        : [
            reportTable(results, config.connections),
            results.dossierPdf && formatTable(dossierPdfRows(results.dossierPdf)),
          ]
            .filter(Boolean)
            .join('\n\n'),
  );
  if (results.uploadRss) {
    log(`\n${formatTable(uploadRssRows(results.uploadRss))}`);
  }
}

main().catch((error) => {
  if (interrupted) {
    return; // the signal handler exits once the database is dropped
  }
  process.stderr.write(
    `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
