// The built API as a child process: started on the bench database, watched, sampled, stopped.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const API_MAIN = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'dist',
  'apps',
  'api',
  'main.js',
);

/** A port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** API processes still running, so an interrupted run can stop them. */
const running = new Set();

export function killRunningApis() {
  for (const child of running) {
    child.kill('SIGKILL');
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** VmRSS and VmHWM of a process in MiB, from /proc (Linux); null elsewhere or once it is gone. */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kib('VmRSS') / 1024, hwm: kib('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/**
 * Starts `node dist/apps/api/main.js` against `databaseUrl` (null: a fresh embedded database) and
 * resolves once /api/health answers. Its output goes to `logFile`, so a failed start can be read
 * afterwards. Its files go to `dataDir`, a fresh temporary folder unless one is given; `nodeArgs`
 * go to node before the script (e.g. `--cpu-prof`, which NODE_OPTIONS does not take).
 */
export async function startApi({
  databaseUrl,
  logFile,
  logLevel = 'warn',
  extraEnv = {},
  nodeArgs = [],
  dataDir = mkdtempSync(join(tmpdir(), 'labelklaar-bench-')),
}) {
  if (!existsSync(API_MAIN)) {
    throw new Error(`${API_MAIN} is missing: build the API first (npx nx run api:build)`);
  }
  const port = await freePort();
  const env = {
    ...process.env,
    ...extraEnv,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LABELKLAAR_DEMO: 'false',
    LABELKLAAR_DATA_DIR: dataDir,
    LABELKLAAR_PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: logLevel,
  };
  if (!databaseUrl) {
    delete env.DATABASE_URL;
  }
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [...nodeArgs, API_MAIN], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  running.add(child);
  child.on('exit', () => running.delete(child));
  let exited = null;
  const exit = new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve((exited = { code, signal }))),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (!exited) {
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API did not become healthy within 180 s; see ${logFile}`);
    }
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) {
      break;
    }
    await sleep(250);
  }
  if (exited) {
    throw new Error(`the API exited during start (code ${exited.code}); see ${logFile}`);
  }
  return {
    baseUrl,
    pid: child.pid,
    memory: () => memoryOf(child.pid),
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exit;
        clearTimeout(timer);
      }
      log.end();
    },
  };
}

/** Samples the API's memory every `intervalMs` until stopped; marks let the report name the phases. */
export function sampleMemory(api, intervalMs = 250) {
  const samples = [];
  const take = (label) => {
    const memory = api.memory();
    if (memory) {
      samples.push({ at: Date.now(), label, ...memory });
    }
  };
  take('start');
  const timer = setInterval(() => take(null), intervalMs);
  return {
    mark: take,
    stop() {
      clearInterval(timer);
      take('end');
      return samples;
    },
  };
}
