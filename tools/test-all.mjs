#!/usr/bin/env node
// `npm test`: every check in order (lint, typecheck, unit, API end-to-end, build, browser end-to-end),
// on the embedded database or on DATABASE_URL when it is set. Stops at the first failing step and
// closes with one line that counts the tests: "tests: N passed, N failed".
import { spawn } from 'node:child_process';

const steps = [
  [
    'lint',
    'npx nx run-many -t lint --parallel=2 --outputStyle=stream && npx nx format:check --all',
  ],
  ['typecheck', 'npx nx run-many -t typecheck --parallel=2 --outputStyle=stream'],
  ['unit tests', 'npx nx run-many -t test --parallel=1 --outputStyle=stream'],
  // In band (the suites share one embedded database); what the suites leave behind in the one
  // process outgrows Node's default heap, so it gets 8 GiB of the machine's 24.
  [
    'API end-to-end tests',
    'node --max-old-space-size=8192 node_modules/jest/bin/jest.js -c test/api/jest.config.ts --runInBand',
  ],
  ['build', 'npx nx run-many -t build --projects=api,web --parallel=1 --outputStyle=stream'],
  ['smoke tests of the built product', 'npx jest -c test/smoke/jest.config.ts --runInBand'],
  ['browser end-to-end tests', 'npx playwright test -c test/web/playwright.config.ts'],
];

const totals = { passed: 0, failed: 0 };

function count(output) {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  for (const match of plain.matchAll(/^(?:[\w-]+: )?Tests:\s+(.*)$/gm)) {
    totals.failed += Number(/(\d+) failed/.exec(match[1])?.[1] ?? 0);
    totals.passed += Number(/(\d+) passed/.exec(match[1])?.[1] ?? 0);
  }
  for (const match of plain.matchAll(/^\s+(\d+) (passed|failed|flaky)\b/gm)) {
    totals[match[2] === 'passed' ? 'passed' : 'failed'] += Number(match[1]);
  }
}

function run(name, command) {
  return new Promise((resolve) => {
    process.stdout.write(`\n=== ${name}: ${command}\n`);
    const started = Date.now();
    const child = spawn(command, {
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let output = '';
    const collect = (stream, target) =>
      stream.on('data', (chunk) => {
        output += chunk;
        target.write(chunk);
      });
    collect(child.stdout, process.stdout);
    collect(child.stderr, process.stderr);
    child.on('close', (code) => {
      count(output);
      process.stdout.write(
        `=== ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${Math.round((Date.now() - started) / 1000)} s\n`,
      );
      resolve(code ?? 1);
    });
  });
}

const database = process.env.DATABASE_URL
  ? 'PostgreSQL server (DATABASE_URL)'
  : 'embedded PostgreSQL';
process.stdout.write(`Labelklaar test run on ${database}\n`);
let exitCode = 0;
for (const [name, command] of steps) {
  exitCode = await run(name, command);
  if (exitCode !== 0) {
    break;
  }
}
process.stdout.write(`\ntests: ${totals.passed} passed, ${totals.failed} failed\n`);
process.exit(exitCode);
