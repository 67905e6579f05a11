// The dossier PDF of a full round (every criterion with a long toelichting, evidence and actions):
// the first download on an API just started (target < 2 s: fonts and layout are warmed at boot, in
// the background), the warm ones after it (target p95 < 1 s), and how far the API's RSS rises above
// idle during the first dossier.zip on a fresh API (the PDF is most of it; target < 100 MiB).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { call, login, register } from './http-session.mjs';
import { percentile, settle } from './measure.mjs';

export const PDF_FIRST_TARGET = 2000;
export const PDF_WARM_TARGET = 1000;
export const PDF_ZIP_RSS_TARGET = 100;
const WARM_SAMPLES = Number(process.env.BENCH_PDF_SAMPLES || 15);
/** Small evidence files in the zip, so it carries files as well as the documents. */
const ZIP_FILES = 20;

export const EMAIL = 'kwaliteit-pdf@bench.labelklaar.test';
export const PASSWORD = 'bench-pdf-correct-horse';

const SENTENCES = [
  'De samenwerkingsovereenkomst met de gemeente en de buurtteams is in het voorjaar geëvalueerd.',
  'In het overleg over de prestatieafspraken zijn de uitkomsten van de cliëntervaringsmeting besproken.',
  'Het kwaliteitsmanagementsysteem beschrijft wie welke verbeteractie oppakt en wanneer die klaar is.',
  'Professionals reflecteren in intervisie op casuïstiek; de teamleider legt de afspraken vast.',
  'De subsidiebeschikking vraagt om een jaarlijkse verantwoording, die de directeur-bestuurder vaststelt.',
  'Deelnemers en hun netwerk denken mee in de cliëntenraad, die viermaal per jaar bijeenkomt.',
];

/** A toelichting of `paragraphs` paragraphs of a few sentences, different per criterion. */
function rationale(index, paragraphs) {
  return Array.from({ length: paragraphs }, (_, p) =>
    Array.from({ length: 4 }, (_, s) => SENTENCES[(index + p * 3 + s) % SENTENCES.length]).join(
      ' ',
    ),
  ).join('\n\n');
}

async function uploadFile(session, baseUrl, index) {
  const form = new FormData();
  form.set('title', `Verslag ${index + 1}`);
  form.set('evidenceKind', 'beleidsplan');
  form.set('documentDate', '2026-01-10');
  const body = Buffer.concat([
    Buffer.from(`%PDF-1.4\n% verslag ${index}\n`),
    Buffer.from(randomBytes(48 * 1024).toString('base64')),
    Buffer.from('\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  ]);
  form.set('file', new Blob([body], { type: 'application/pdf' }), `verslag-${index + 1}.pdf`);
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

/** A round as a diligent quality officer fills it: every criterion answered at length. */
export async function seedRound(baseUrl, log) {
  const started = Date.now();
  await register(baseUrl, {
    organisationName: 'Stichting Welzijn in Woord en Daad',
    displayName: 'Kwaliteit Pdf',
    email: EMAIL,
    password: PASSWORD,
  });
  const session = await login(baseUrl, EMAIL, PASSWORD);
  const round = await call(session, baseUrl, 'POST', '/api/v1/rounds', {
    title: 'Zelfevaluatie Kwaliteitslabel 2027',
    rubricId: 'sterk-sociaal-werk',
    rubricVersion: '1.0.0',
    targetDate: '2027-03-15',
    route: 'external-audit',
  });
  const links = [];
  for (let index = 0; index < 12; index += 1) {
    links.push(
      await call(session, baseUrl, 'POST', '/api/v1/evidence/links', {
        title: `Jaarverslag en verantwoording onderdeel ${index + 1}`,
        evidenceKind: 'jaarverslag',
        documentDate: '2026-03-01',
        url: `https://www.voorbeeld.nl/documenten/jaarverslag-2025/onderdeel-${index + 1}`,
      }),
    );
  }
  const files = [];
  for (let index = 0; index < ZIP_FILES; index += 1) {
    files.push(await uploadFile(session, baseUrl, index));
  }
  const base = `/api/v1/rounds/${round.id}`;
  for (const [index, response] of round.responses.entries()) {
    const code = response.criterionCode;
    await call(session, baseUrl, 'PUT', `${base}/responses/${code}`, {
      version: response.version,
      level: 1 + (index % 4),
      targetLevel: 4,
      rationale: rationale(index, 3 + (index % 3)),
      state: 'draft',
    });
    const linked = [links[index % links.length], links[(index + 5) % links.length]];
    if (index < files.length) {
      linked.push(files[index]);
    }
    for (const evidence of linked) {
      await call(session, baseUrl, 'POST', `${base}/responses/${code}/evidence/${evidence.id}`);
    }
    for (let action = 0; action < 2; action += 1) {
      await call(session, baseUrl, 'POST', `${base}/actions`, {
        criterionCode: code,
        title: `Verbeteractie ${action + 1} bij ${code}: de werkwijze vastleggen en evalueren`,
        description: SENTENCES[(index + action) % SENTENCES.length],
      });
    }
  }
  log(
    `  dossier PDF round: ${round.responses.length} criteria answered at length, ${links.length} links, ${files.length} files (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return round.id;
}

/**
 * CPU time the API process has used (user + system, ms), from /proc: on a machine shared with other
 * work the wall-clock time says as much about the others as about the API; this does not.
 */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

async function timedGet(api, session, path, accept, onSample) {
  const baseUrl = api.baseUrl;
  const cpuBefore = cpuMs(api.pid);
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, { headers: { ...session.headers, accept } });
  let bytes = 0;
  for await (const chunk of response.body) {
    bytes += chunk.length;
    onSample?.();
  }
  const ms = performance.now() - started;
  const cpuAfter = cpuMs(api.pid);
  const cpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  return { status: response.status, ms, cpu, bytes };
}

/** The first PDF the moment the API answers (login included in its wait), then warm ones. */
async function measurePdf(api, roundId) {
  const session = await login(api.baseUrl, EMAIL, PASSWORD);
  const path = `/api/v1/rounds/${roundId}/dossier.pdf`;
  const first = await timedGet(api, session, path, 'application/pdf');
  if (first.status !== 200) {
    return { status: first.status };
  }
  const times = [];
  const cpu = [];
  for (let i = 0; i < WARM_SAMPLES; i += 1) {
    const run = await timedGet(api, session, path, 'application/pdf');
    if (run.status !== 200) {
      return { status: run.status };
    }
    times.push(run.ms);
    cpu.push(run.cpu ?? NaN);
  }
  return {
    status: 200,
    bytes: first.bytes,
    first: first.ms,
    firstCpu: first.cpu,
    cpuP50: percentile(cpu, 50),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    samples: times.length,
  };
}

/** The first dossier.zip on an API that has made no export yet, against its RSS once idle. */
async function measureZip(api, roundId) {
  const session = await login(api.baseUrl, EMAIL, PASSWORD);
  await session.get(`/api/v1/rounds/${roundId}`).then((response) => response.arrayBuffer());
  // Idle: after start, the boot warm-up included (it runs in the background once the API listens).
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await settle(api.baseUrl);
  const idle = api.memory()?.rss ?? null;
  let peak = idle;
  const sample = () => {
    const rss = api.memory()?.rss;
    if (rss !== undefined && (peak === null || rss > peak)) {
      peak = rss;
    }
  };
  const timer = setInterval(sample, 20);
  try {
    const run = await timedGet(
      api,
      session,
      `/api/v1/rounds/${roundId}/dossier.zip`,
      'application/zip',
      sample,
    );
    sample();
    return { status: run.status, ms: run.ms, cpu: run.cpu, bytes: run.bytes, idle, peak };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Seeds the round on one API, then measures the PDF on a fresh one and the zip on another fresh
 * one (so neither download follows an export made before it).
 */
export async function runDossierPdf({ startApi, databaseUrl, logFile, log }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'labelklaar-bench-pdf-'));
  try {
    const seeding = await startApi({ databaseUrl, logFile, dataDir });
    let roundId;
    try {
      roundId = await seedRound(seeding.baseUrl, log);
    } finally {
      await seeding.stop();
    }
    const pdfApi = await startApi({ databaseUrl, logFile, dataDir });
    let pdf;
    try {
      pdf = await measurePdf(pdfApi, roundId);
    } finally {
      await pdfApi.stop();
    }
    const zipApi = await startApi({ databaseUrl, logFile, dataDir });
    let zip;
    try {
      zip = await measureZip(zipApi, roundId);
    } finally {
      await zipApi.stop();
    }
    const result = { pdf, zip };
    log(
      `dossier PDF: ${pdf.status === 200 ? `${(pdf.bytes / 1024).toFixed(0)} KiB; first after start ${pdf.first.toFixed(0)} ms (API CPU ${pdf.firstCpu} ms), warm p50 ${pdf.p50.toFixed(0)} ms (API CPU ${pdf.cpuP50} ms), p95 ${pdf.p95.toFixed(0)} ms` : `HTTP ${pdf.status}`}; first dossier.zip ${zip.status === 200 ? `${zip.ms.toFixed(0)} ms, RSS ${zip.idle?.toFixed(0)} → ${zip.peak?.toFixed(0)} MiB` : `HTTP ${zip.status}`}`,
    );
    return result;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const ms = (value) => `${value.toFixed(0)} ms`;
const verdict = (value, target) => (value < target ? 'OK' : 'MISSED');

/** Report rows: each figure with its target and verdict. */
export function dossierPdfRows(result) {
  if (!result) {
    return [['dossier PDF', 'not measured', '', 'n/a']];
  }
  const { pdf, zip } = result;
  const rows =
    pdf.status === 200
      ? [
          [
            'dossier PDF, first after start',
            ms(pdf.first),
            `< ${ms(PDF_FIRST_TARGET)}`,
            verdict(pdf.first, PDF_FIRST_TARGET),
          ],
          [
            `dossier PDF, warm p50 (${pdf.samples})`,
            ms(pdf.p50),
            `< ${ms(PDF_WARM_TARGET)}`,
            verdict(pdf.p50, PDF_WARM_TARGET),
          ],
          [
            `dossier PDF, warm p95 (${pdf.samples})`,
            ms(pdf.p95),
            `< ${ms(PDF_WARM_TARGET)}`,
            verdict(pdf.p95, PDF_WARM_TARGET),
          ],
        ]
      : [['dossier PDF', `HTTP ${pdf.status}`, '', 'n/a']];
  if (zip.status === 200 && zip.idle !== null && zip.peak !== null) {
    const rise = zip.peak - zip.idle;
    rows.push([
      'dossier PDF round, first dossier.zip: RSS idle → peak',
      `${zip.idle.toFixed(0)} → ${zip.peak.toFixed(0)} MiB (+${rise.toFixed(0)} MiB, ${ms(zip.ms)})`,
      `< idle + ${PDF_ZIP_RSS_TARGET} MiB`,
      verdict(rise, PDF_ZIP_RSS_TARGET),
    ]);
  } else {
    rows.push(['dossier PDF round, first dossier.zip', `HTTP ${zip.status}`, '', 'n/a']);
  }
  return rows;
}

/** `node tools/bench/lib/dossier-pdf.mjs` (after a build): only these figures, on a database of their own. */
async function main() {
  const { startApi } = await import('./api-process.mjs');
  const { benchDatabaseName, createDatabase, DEFAULT_TARGET, dropDatabase } =
    await import('./database.mjs');
  const { formatTable } = await import('./report.mjs');
  const { mkdirSync } = await import('node:fs');
  const log = (line) => process.stdout.write(`${line}\n`);
  const target = process.env.DATABASE_URL || DEFAULT_TARGET;
  const name = benchDatabaseName(target, process.pid);
  const logDir = join(import.meta.dirname, '..', '..', '..', 'tmp', 'bench');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `api-${process.pid}.log`);
  log(`dossier PDF: database "${name}"; API output in ${logFile}`);
  const databaseUrl = await createDatabase(target, name);
  try {
    const result = await runDossierPdf({ startApi, databaseUrl, logFile, log });
    log(`\n${formatTable(dossierPdfRows(result))}`);
  } finally {
    await dropDatabase(target, name);
  }
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  main().catch((error) => {
    process.stderr.write(`Benchmark failed: ${error?.stack ?? error}\n`);
    process.exit(1);
  });
}
