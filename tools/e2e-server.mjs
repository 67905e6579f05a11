#!/usr/bin/env node
// Starts the built product for the browser tests on a database of its own, with the demo data:
// a fresh embedded PostgreSQL, or, when DATABASE_URL is set, a fresh database on that server.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const main = join(import.meta.dirname, '..', 'dist', 'apps', 'api', 'main.js');
const cli = join(import.meta.dirname, '..', 'dist', 'apps', 'api', 'cli.js');
/** A fresh data directory: the one the Playwright config names (emptied), else a new temporary one. */
function freshDataDir() {
  const named = process.env.LABELKLAAR_E2E_DATA_DIR;
  if (!named) {
    return mkdtempSync(join(tmpdir(), 'labelklaar-web-'));
  }
  rmSync(named, { recursive: true, force: true });
  mkdirSync(named, { recursive: true });
  return named;
}

const env = {
  ...process.env,
  LABELKLAAR_DATA_DIR: freshDataDir(),
  LABELKLAAR_DEMO: 'true',
};

if (process.env.DATABASE_URL) {
  const server = new URL(process.env.DATABASE_URL);
  const name = `${server.pathname.slice(1) || 'labelklaar'}_web`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  server.pathname = `/${name}`;
  env.DATABASE_URL = server.toString();
  const seeded = spawnSync(process.execPath, [cli, 'seed:demo'], { env, stdio: 'inherit' });
  if (seeded.status !== 0) {
    process.exit(seeded.status ?? 1);
  }
}

const child = spawn(process.execPath, [main], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code) => process.exit(code ?? 0));
