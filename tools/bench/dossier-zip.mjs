#!/usr/bin/env node
// `npm run bench:zip`: only dossier.zip of a round with 200 evidence files of 200 MiB together, on a
// fresh database of its own (no sector-sized seed): time, and the API's peak RSS against its idle
// RSS (target: within 100 MiB). The full `npm run bench` measures the same at its end.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { startApi } from './lib/api-process.mjs';
import {
  benchDatabaseName,
  createDatabase,
  DEFAULT_TARGET,
  dropDatabase,
} from './lib/database.mjs';
import { runDossierZip } from './lib/dossier-zip.mjs';
import { formatTable, zipRows } from './lib/report.mjs';

const log = (line) => process.stdout.write(`${line}\n`);

async function main() {
  const target = process.env.DATABASE_URL || DEFAULT_TARGET;
  const name = benchDatabaseName(target, process.pid);
  const logDir = join(import.meta.dirname, '..', '..', 'tmp', 'bench');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `api-${process.pid}.log`);
  log(`dossier.zip with large evidence: database "${name}"; API output in ${logFile}`);
  const databaseUrl = await createDatabase(target, name);
  try {
    const zip = await runDossierZip({ startApi, databaseUrl, logFile, log });
    log(`\n${formatTable(zipRows(zip))}`);
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
