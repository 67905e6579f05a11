import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const MAIN = join(__dirname, '..', '..', 'dist', 'apps', 'api', 'main.js');
const CLI = join(__dirname, '..', '..', 'dist', 'apps', 'api', 'cli.js');

/** The built product (`dist`, web app included) running as `npm start` runs it. */
export interface RunningProduct {
  url: string;
  /** LABELKLAAR_DATA_DIR of the process. */
  dataDir: string;
  /** Everything the process printed so far. */
  output(): string;
  stop(): Promise<void>;
  /** Sends `signal` and resolves with the exit code once the process has ended by itself. */
  terminate(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ProductOptions {
  /** Extra environment, e.g. a lower login limit. */
  env?: Record<string, string>;
  demo?: boolean;
  /** Run on this data folder, which the caller owns (stop() leaves it); else on a fresh one. */
  dataDir?: string;
  /** A database to use as it is (several instances on one database); not seeded, not dropped. */
  databaseUrl?: string;
  /** A port of its own (an instance restarted where it ran); default a free one. */
  port?: number;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let databases = 0;

/** With DATABASE_URL: a fresh database of its own on that server, dropped again by stop(). */
async function freshServerDatabase(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const server = new URL(serverUrl);
  const name = `${server.pathname.slice(1) || 'labelklaar'}_smoke_${process.pid}_${++databases}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  server.pathname = `/${name}`;
  return {
    url: server.toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the product exited with ${child.exitCode}:\n${output()}`);
    }
    const healthy = await fetch(`${url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the product did not answer /api/health in 90 s:\n${output()}`);
}

/**
 * Starts `node dist/apps/api/main.js` on a fresh data folder: the embedded database, or a fresh
 * database on the server of DATABASE_URL (seeded with the demo by `node dist/apps/api/cli.js seed:demo`, as `npm run seed:demo` does).
 */
export async function startProduct(options: ProductOptions = {}): Promise<RunningProduct> {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'labelklaar-smoke-'));
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LABELKLAAR_DATA_DIR: dataDir,
    LABELKLAAR_PUBLIC_URL: url,
    LABELKLAAR_DEMO: String(options.demo ?? true),
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  delete env['LABELKLAAR_WEB_DIR'];
  const database =
    process.env['DATABASE_URL'] && !options.databaseUrl
      ? await freshServerDatabase(process.env['DATABASE_URL'])
      : null;
  if (options.databaseUrl) {
    env['DATABASE_URL'] = options.databaseUrl;
  } else if (database) {
    env['DATABASE_URL'] = database.url;
    if (options.demo ?? true) {
      const seeded = spawnSync(process.execPath, [CLI, 'seed:demo'], { env, encoding: 'utf8' });
      if (seeded.status !== 0) {
        throw new Error(`seed:demo failed: ${seeded.stdout}${seeded.stderr}`);
      }
    }
  } else {
    delete env['DATABASE_URL'];
  }
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const output = () => printed;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const terminate = async (signal: NodeJS.Signals = 'SIGTERM') => {
    child.kill(signal);
    return exited;
  };
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise((resolve) => (timer = setTimeout(resolve, 10_000)));
      await Promise.race([exited, late]);
      clearTimeout(timer);
      child.kill('SIGKILL');
    }
    await database?.drop();
    if (!options.dataDir) {
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
  try {
    await waitForHealth(url, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, output, stop, terminate };
}
