#!/usr/bin/env node
// Part of `npm run bench`: starts the built product (API and web app, on a fresh embedded
// database), runs Lighthouse in Debian's Chromium on the login page with its default mobile
// settings (simulated slow 4G and a 4× slower CPU) and prints the performance score against the
// target of 90. Like the rest of the benchmark it exits 0 when the target is missed and non-zero
// only when the run itself fails. Settings: see the "Benchmark" section of README.md.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { killRunningApis, startApi } from './lib/api-process.mjs';

const TARGET = 90;
const WEB_INDEX = join(
  import.meta.dirname,
  '..',
  '..',
  'dist',
  'apps',
  'web',
  'browser',
  'index.html',
);
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];
// The audits that explain a score: the metrics it is made of and what the page transfers.
const DETAILS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'total-byte-weight',
];

const log = (line) => process.stdout.write(`${line}\n`);

function settings(env) {
  const runs = Number(env.LIGHTHOUSE_RUNS || 5);
  if (!Number.isInteger(runs) || runs < 1 || runs > 20) {
    throw new Error(
      `LIGHTHOUSE_RUNS must be a whole number from 1 to 20, not "${env.LIGHTHOUSE_RUNS}"`,
    );
  }
  return {
    runs,
    chromePath: env.CHROME_PATH || '/usr/bin/chromium',
    path: env.LIGHTHOUSE_PATH || '/login',
    logDir: join(import.meta.dirname, '..', '..', 'tmp', 'bench'),
  };
}

/** Opportunities Lighthouse sees on the page, largest estimated saving first. */
function opportunities(lhr) {
  return Object.values(lhr.audits)
    .filter((audit) => audit.details?.type === 'opportunity' && (audit.score ?? 1) < 0.9)
    .map((audit) => ({
      title: audit.title,
      savings: audit.numericValue ?? 0,
      display: audit.displayValue ?? '',
    }))
    .sort((a, b) => b.savings - a.savings);
}

async function audit(url, chromePath) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) {
      throw new Error('Lighthouse returned no result');
    }
    if (result.lhr.runtimeError) {
      throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    }
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

/** A trace Chromium failed to record (NO_NAVSTART, NO_FCP under load) is tried again, twice. */
async function auditWithRetries(url, chromePath, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(url, chromePath);
    } catch (error) {
      if (attempt >= attempts) {
        throw error;
      }
      log(`  (${error instanceof Error ? error.message : String(error)}; trying again)`);
    }
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function report(lhrs, path) {
  const scores = lhrs.map((lhr) => Math.round((lhr.categories.performance.score ?? 0) * 100));
  const score = median(scores);
  // The run whose score is nearest the median explains it best.
  const nearest = scores.reduce(
    (best, value, index) =>
      Math.abs(value - score) < Math.abs(scores[best] - score) ? index : best,
    0,
  );
  const typical = lhrs[nearest];
  const rows = [
    [
      `Lighthouse performance ${path} (mobile)`,
      `${score} (runs: ${scores.join(', ')})`,
      `≥ ${TARGET}`,
      score >= TARGET ? 'OK' : 'MISSED',
    ],
    ...DETAILS.map((id) => [
      `  ${typical.audits[id].title}`,
      typical.audits[id].displayValue ?? '—',
      '',
      '',
    ]),
  ];
  const header = ['metric', 'value', 'target', 'verdict'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  log(
    [
      line(header),
      `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
      ...rows.map(line),
    ].join('\n'),
  );
  const open = opportunities(typical);
  if (open.length > 0) {
    log('\nOpportunities Lighthouse still sees:');
    open.forEach((item) => log(`  - ${item.title}${item.display ? ` (${item.display})` : ''}`));
  }
  return typical;
}

async function main() {
  const config = settings(process.env);
  if (!existsSync(WEB_INDEX)) {
    throw new Error(`${WEB_INDEX} is missing: build the product first (npm run build)`);
  }
  if (!existsSync(config.chromePath)) {
    throw new Error(
      `no Chromium at ${config.chromePath} (apt-get install -y chromium, or set CHROME_PATH)`,
    );
  }
  mkdirSync(config.logDir, { recursive: true });
  const logFile = join(config.logDir, `lighthouse-api-${process.pid}.log`);
  log(
    `\nLighthouse (mobile) on ${config.path}, ${config.runs} runs; load average ${loadavg()[0].toFixed(2)}.`,
  );
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      killRunningApis();
      process.exit(130);
    });
  }
  const api = await startApi({ databaseUrl: null, logFile });
  const lhrs = [];
  try {
    // One page load first, so the product's own first-request work is not measured.
    await fetch(`${api.baseUrl}${config.path}`).then((response) => response.arrayBuffer());
    for (let run = 1; run <= config.runs; run++) {
      const lhr = await auditWithRetries(`${api.baseUrl}${config.path}`, config.chromePath);
      lhrs.push(lhr);
      log(
        `  run ${run}: performance ${Math.round((lhr.categories.performance.score ?? 0) * 100)} (CPU benchmark index ${Math.round(lhr.environment.benchmarkIndex)}, load average ${loadavg()[0].toFixed(2)})`,
      );
    }
  } finally {
    await api.stop();
  }
  const typical = report(lhrs, config.path);
  const reportFile = join(config.logDir, `lighthouse-${process.pid}.json`);
  writeFileSync(reportFile, JSON.stringify(typical, null, 2));
  log(`\nThe full Lighthouse report (JSON) of the median run: ${reportFile}`);
}

main().catch((error) => {
  process.stderr.write(
    `Lighthouse benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
