// dossier.zip of a round with many large evidence files: how long the download takes and how far
// the API's memory rises above idle while it streams. The archive is streamed entry by entry, so
// the rise must not follow the evidence: the target is a peak within 100 MiB of idle.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { call, login, register } from './http-session.mjs';
import { settle } from './measure.mjs';

/** The evidence: BENCH_ZIP_FILES files of BENCH_ZIP_MIB together (to see whether memory follows). */
export const ZIP_FILES = Number(process.env.BENCH_ZIP_FILES || 200);
export const ZIP_TOTAL_MIB = Number(process.env.BENCH_ZIP_MIB || 200);
/** Peak RSS during the download may exceed idle RSS by less than this (MiB). */
export const ZIP_RSS_TARGET = 100;

const EMAIL = 'kwaliteit-zip@bench.labelklaar.test';
const PASSWORD = 'bench-zip-correct-horse';

/** A PDF of `bytes` bytes: a valid header and trailer around random, incompressible filler. */
function largePdf(bytes, index) {
  const head = Buffer.from(`%PDF-1.4\n% bewijsstuk ${index}\n`);
  const tail = Buffer.from(
    '\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
  const filler = randomBytes(Math.ceil((bytes - head.length - tail.length) / 4) * 3)
    .toString('base64')
    .slice(0, bytes - head.length - tail.length);
  return Buffer.concat([head, Buffer.from(filler), tail]);
}

async function uploadEvidence(session, baseUrl, index, bytes) {
  const form = new FormData();
  form.set('title', `Bewijsstuk ${index + 1}`);
  form.set('evidenceKind', 'beleidsplan');
  form.set('documentDate', '2026-01-10');
  form.set(
    'file',
    new Blob([largePdf(bytes, index)], { type: 'application/pdf' }),
    `bewijs-${index + 1}.pdf`,
  );
  const response = await fetch(`${baseUrl}/api/v1/evidence`, {
    method: 'POST',
    headers: session.headers,
    body: form,
  });
  if (response.status !== 201) {
    throw new Error(`upload ${index + 1}: ${response.status} ${await response.text()}`);
  }
  return response.json();
}

/** A round of which the evidence, spread over its criteria, adds up to the files and size. */
async function seedRound(baseUrl, log) {
  await register(baseUrl, {
    organisationName: 'Stichting Bewijs in Bulk',
    displayName: 'Kwaliteit Zip',
    email: EMAIL,
    password: PASSWORD,
  });
  const session = await login(baseUrl, EMAIL, PASSWORD);
  const round = await call(session, baseUrl, 'POST', '/api/v1/rounds', {
    title: 'Zelfevaluatie met veel bewijs',
    rubricId: 'sterk-sociaal-werk',
    rubricVersion: '1.0.0',
    targetDate: '2027-03-15',
    route: 'external-audit',
  });
  const codes = round.responses.map((response) => response.criterionCode);
  const bytes = Math.floor((ZIP_TOTAL_MIB * 1024 * 1024) / ZIP_FILES);
  const started = Date.now();
  let next = 0;
  const worker = async () => {
    while (next < ZIP_FILES) {
      const index = next++;
      const evidence = await uploadEvidence(session, baseUrl, index, bytes);
      const code = codes[index % codes.length];
      await call(
        session,
        baseUrl,
        'POST',
        `/api/v1/rounds/${round.id}/responses/${code}/evidence/${evidence.id}`,
      );
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  log(
    `  ${ZIP_FILES} evidence files of ${(bytes / 1024 / 1024).toFixed(2)} MiB uploaded and linked (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return round.id;
}

/** Downloads the zip to the last byte while sampling the API's RSS every 50 ms. */
async function timedZip(api, session, roundId) {
  const samples = [];
  const timer = setInterval(() => {
    const memory = api.memory();
    if (memory) {
      samples.push(memory.rss);
    }
  }, 50);
  const started = performance.now();
  try {
    const response = await fetch(`${api.baseUrl}/api/v1/rounds/${roundId}/dossier.zip`, {
      headers: { ...session.headers, accept: 'application/zip' },
    });
    let bytes = 0;
    for await (const chunk of response.body) {
      bytes += chunk.length;
    }
    return { status: response.status, ms: performance.now() - started, bytes, samples };
  } finally {
    clearInterval(timer);
  }
}

const peakOf = (samples) => (samples.length ? Math.max(...samples) : null);

/**
 * Seeds the round on one API, then measures on a fresh one (so the uploads' memory does not count
 * as idle): the first download on an API that has made no export yet, the second once it has
 * (its PDF fonts, code and heap warmed up), each against the RSS just before it.
 */
export async function runDossierZip({ startApi, databaseUrl, logFile, log }) {
  // Both APIs share one data folder: the second serves the files the first stored.
  const dataDir = mkdtempSync(join(tmpdir(), 'labelklaar-bench-zip-'));
  try {
    const seeding = await startApi({ databaseUrl, logFile, dataDir });
    let roundId;
    try {
      roundId = await seedRound(seeding.baseUrl, log);
    } finally {
      await seeding.stop();
    }
    const api = await startApi({ databaseUrl, logFile, dataDir });
    try {
      return await measureZip(api, roundId, log);
    } finally {
      await api.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measureZip(api, roundId, log) {
  const session = await login(api.baseUrl, EMAIL, PASSWORD);
  await session.get(`/api/v1/rounds/${roundId}`).then((response) => response.arrayBuffer());
  const runs = [];
  for (let run = 0; run < 2; run += 1) {
    await settle(api.baseUrl);
    const idle = api.memory()?.rss ?? null;
    const download = await timedZip(api, session, roundId);
    runs.push({ ...download, idle, peak: peakOf(download.samples) });
  }
  const [cold, warm] = runs;
  const result = {
    files: ZIP_FILES,
    totalMib: ZIP_TOTAL_MIB,
    status: runs.find((run) => run.status !== 200)?.status ?? 200,
    bytes: cold.bytes,
    cold: { ms: cold.ms, idle: cold.idle, peak: cold.peak },
    warm: { ms: warm.ms, idle: warm.idle, peak: warm.peak },
  };
  const mib = (value) => (value === null ? '—' : `${value.toFixed(0)} MiB`);
  log(
    `dossier.zip: ${result.files} files, ${(result.bytes / 1024 / 1024).toFixed(0)} MiB; first ${(cold.ms / 1000).toFixed(1)} s, RSS ${mib(cold.idle)} → peak ${mib(cold.peak)}; second ${(warm.ms / 1000).toFixed(1)} s, RSS ${mib(warm.idle)} → peak ${mib(warm.peak)}`,
  );
  return result;
}
