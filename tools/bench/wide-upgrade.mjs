#!/usr/bin/env node
// `npm run bench:upgrade-30`: only the upgrade of a 30-criterion round, on a fresh database of its
// own (no sector-sized seed): the built API migrates it, a platform admin is added, and the figures
// print against the target (< 1 s). The full `npm run bench` measures the same at its end.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import argon2 from 'argon2';

import { ADMIN_EMAIL, BENCH_PASSWORD } from './lib/accounts.mjs';
import { startApi } from './lib/api-process.mjs';
import {
  benchDatabaseName,
  connect,
  createDatabase,
  DEFAULT_TARGET,
  dropDatabase,
} from './lib/database.mjs';
import { formatTable, upgradeRows, WIDE_LABEL } from './lib/report.mjs';
import { runWideUpgrade } from './lib/wide-upgrade.mjs';

const log = (line) => process.stdout.write(`${line}\n`);

async function main() {
  const target = process.env.DATABASE_URL || DEFAULT_TARGET;
  const name = benchDatabaseName(target, process.pid);
  const logDir = join(import.meta.dirname, '..', '..', 'tmp', 'bench');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `api-${process.pid}.log`);
  log(`Round upgrade, 30 criteria: database "${name}"; API output in ${logFile}`);
  const databaseUrl = await createDatabase(target, name);
  try {
    const migrating = await startApi({ databaseUrl, logFile });
    await migrating.stop();
    const client = await connect(databaseUrl);
    try {
      const passwordHash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });
      await client.query(
        `INSERT INTO users (email, display_name, password_hash, platform_admin)
         VALUES ($1, 'Beheer Kwaliteitslabel', $2, true)`,
        [ADMIN_EMAIL, passwordHash],
      );
    } finally {
      await client.end();
    }
    const upgrades = await runWideUpgrade({
      startApi,
      databaseUrl,
      logFile,
      adminEmail: ADMIN_EMAIL,
      password: BENCH_PASSWORD,
    });
    log(`\n${formatTable(upgradeRows(upgrades, WIDE_LABEL))}`);
  } finally {
    await dropDatabase(target, name);
  }
}

main().catch((error) => {
  process.stderr.write(
    `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
