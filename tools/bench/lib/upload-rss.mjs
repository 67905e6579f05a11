// Issue 15: a 25 MB evidence upload streams. The API's RSS is sampled while one file of 25 MiB
// goes in, once with the files on the local disk and once on S3 (s3rver, started here); the
// growth above the RSS before the upload must stay under 30 MB. Figures only, never a test.
// The API has taken one upload of over one part first (6 MiB), as a running API has: without it
// the one-time cost (multipart code compiled, heap grown for Buffer garbage) adds 10-15 MiB.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

import { BENCH_PASSWORD, OFFICER_EMAIL } from './accounts.mjs';
import { login } from './http-session.mjs';

const MIB = 1024 * 1024;
const FILE_BYTES = 25 * MIB;
/** 30 MB (decimal), in MiB like the figures. */
const TARGET_MIB = 30e6 / MIB;
const BUCKET = 'labelklaar-bench';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A PDF header, so the type check accepts it, then random bytes (no dedupe, no compression). */
function pdfOf(size) {
  const head = Buffer.from('%PDF-1.4\n% Labelklaar bench\n');
  return Buffer.concat([head, randomBytes(size - head.length)]);
}

async function uploadOnce(baseUrl, session, content, name) {
  const form = new FormData();
  form.set('title', 'Bench upload');
  form.set('evidenceKind', 'beleidsplan');
  form.set('documentDate', '2026-01-10');
  form.set('file', new Blob([content], { type: 'application/pdf' }), name);
  const response = await fetch(`${baseUrl}/api/v1/evidence`, {
    method: 'POST',
    headers: { cookie: session.headers.cookie, 'x-xsrf-token': session.headers['x-xsrf-token'] },
    body: form,
  });
  const body = await response.text();
  if (response.status !== 201) {
    throw new Error(`upload answered ${response.status}: ${body.slice(0, 200)}`);
  }
}

/** Peak RSS growth (MiB) of the API while `content` is uploaded, after a warm-up upload. */
async function growthDuringUpload(api, content) {
  const session = await login(api.baseUrl, OFFICER_EMAIL, BENCH_PASSWORD);
  // Over one part, so the multipart code is loaded and compiled before the measured upload.
  await uploadOnce(api.baseUrl, session, pdfOf(6 * MIB), 'warm-up.pdf');
  await sleep(500);
  const before = api.memory()?.rss ?? NaN;
  let peak = before;
  let uploading = true;
  const sampler = (async () => {
    while (uploading) {
      peak = Math.max(peak, api.memory()?.rss ?? peak);
      await sleep(20);
    }
  })();
  const started = Date.now();
  try {
    await uploadOnce(api.baseUrl, session, content, 'groot.pdf');
  } finally {
    uploading = false;
    await sampler;
  }
  return { before, peak, growth: peak - before, ms: Date.now() - started };
}

async function startS3() {
  const directory = mkdtempSync(join(tmpdir(), 'labelklaar-bench-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await server.run();
  return {
    env: {
      LABELKLAAR_S3_ENDPOINT: `http://127.0.0.1:${port}`,
      LABELKLAAR_S3_BUCKET: BUCKET,
      LABELKLAAR_S3_ACCESS_KEY_ID: 'S3RVER',
      LABELKLAAR_S3_SECRET_ACCESS_KEY: 'S3RVER',
      LABELKLAAR_S3_FORCE_PATH_STYLE: 'true',
    },
    async stop() {
      const closing = server.close();
      server.httpServer.closeAllConnections();
      await closing;
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export async function measureUploadRss({ startApi, databaseUrl, logFile, log }) {
  const content = pdfOf(FILE_BYTES);
  const results = {};
  const s3 = await startS3();
  try {
    for (const [label, env] of [
      ['local disk', {}],
      ['S3', s3.env],
    ]) {
      const api = await startApi({
        databaseUrl,
        logFile,
        extraEnv: { ...env, LABELKLAAR_MAX_UPLOAD_MB: '30' },
      });
      try {
        results[label] = await growthDuringUpload(api, content);
      } finally {
        await api.stop();
      }
      const { before, peak, growth, ms } = results[label];
      log(
        `25 MiB upload (${label}): RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MiB (+${growth.toFixed(1)} MiB) in ${ms} ms`,
      );
    }
  } finally {
    await s3.stop();
  }
  return results;
}

export function uploadRssRows(results) {
  return Object.entries(results ?? {}).map(([label, result]) => [
    `25 MiB upload (${label}): RSS growth`,
    `${result.growth.toFixed(1)} MiB`,
    `< 30 MB (${TARGET_MIB.toFixed(1)} MiB)`,
    result.growth < TARGET_MIB ? 'OK' : 'MISSED',
  ]);
}
