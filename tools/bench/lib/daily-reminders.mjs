// The daily reminder job (issue 14) over the seeded sector: run once through the operator's CLI
// (`cli.js reminders:daily`), then again on the same day to show that a rerun sends nothing.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { connect } from './database.mjs';

const CLI = join(import.meta.dirname, '..', '..', '..', 'dist', 'apps', 'api', 'cli.js');

/** Runs the job in a CLI process of its own (job workers off: mail is queued, not delivered). */
function runJob(databaseUrl, logFile) {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(process.execPath, [CLI, 'reminders:daily'], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        LABELKLAAR_DEMO: 'false',
        LABELKLAAR_RUN_JOBS: 'false',
        LABELKLAAR_DATA_DIR: mkdtempSync(join(tmpdir(), 'labelklaar-bench-')),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      log.write(chunk);
    });
    child.stderr.pipe(log);
    child.on('exit', (code) => {
      log.end();
      const line = out.split('\n').find((l) => l.startsWith('{"dailyReminders"'));
      if (code !== 0 || !line) {
        reject(new Error(`reminders:daily exited with ${code}; see ${logFile}`));
        return;
      }
      resolve(JSON.parse(line).dailyReminders);
    });
  });
}

async function counts(databaseUrl) {
  const client = await connect(databaseUrl);
  try {
    const { rows } = await client.query(`
      SELECT (SELECT count(*)::int FROM notifications) AS notifications,
             (SELECT count(*)::int FROM notification_digests) AS digests,
             (SELECT count(*)::int FROM pgboss.job WHERE name = 'mail-send') AS mails,
             (SELECT coalesce(max(n), 0)::int FROM (SELECT count(*) AS n FROM notification_digests GROUP BY user_id, day) d) AS max_digests_per_person_day,
             (SELECT coalesce(max(n), 0)::int FROM (SELECT count(*) AS n FROM pgboss.job
                WHERE name = 'mail-send' AND data->>'subject' LIKE 'Labelklaar: % van vandaag'
                   OR name = 'mail-send' AND data->>'subject' LIKE 'Labelklaar: % today'
                GROUP BY data->>'to') m) AS max_digest_mails_per_person`);
    return rows[0];
  } finally {
    await client.end();
  }
}

export async function measureDailyReminders({ databaseUrl, logFile, log }) {
  const first = await runJob(databaseUrl, logFile);
  const afterFirst = await counts(databaseUrl);
  const second = await runJob(databaseUrl, logFile);
  const afterSecond = await counts(databaseUrl);
  const result = {
    day: first.day,
    durationMs: first.durationMs,
    reminders: first.reminders,
    notifications: afterFirst.notifications,
    digests: afterFirst.digests,
    mails: afterFirst.mails,
    maxDigestsPerPerson: Math.max(
      afterSecond.max_digests_per_person_day,
      afterSecond.max_digest_mails_per_person,
    ),
    rerunDurationMs: second.durationMs,
    rerunNewMessages:
      afterSecond.notifications - afterFirst.notifications + (afterSecond.mails - afterFirst.mails),
  };
  log(
    `daily reminders ${result.day}: ${result.durationMs} ms; ${result.reminders} reminders, ${result.notifications} notifications, ${result.digests} digests, ${result.mails} mails queued; at most ${result.maxDigestsPerPerson} digest per person; rerun ${result.rerunDurationMs} ms wrote ${result.rerunNewMessages} new messages`,
  );
  return result;
}

const below = (value, limit) => (value < limit ? 'OK' : 'MISSED');

export function dailyReminderRows(result) {
  if (!result) {
    return [['daily reminders', 'not measured', '< 60 s', 'n/a']];
  }
  return [
    [
      `daily reminders (${result.day})`,
      `${(result.durationMs / 1000).toFixed(1)} s`,
      '< 60 s',
      below(result.durationMs, 60_000),
    ],
    [
      'daily reminders: messages written',
      `${result.notifications} notifications, ${result.mails} mails (${result.digests} digests)`,
      '',
      '',
    ],
    [
      'daily reminders: digests per person and day',
      `max ${result.maxDigestsPerPerson}`,
      '≤ 1',
      result.maxDigestsPerPerson <= 1 ? 'OK' : 'MISSED',
    ],
    [
      'daily reminders: rerun on the same day',
      `${result.rerunNewMessages} new messages (${(result.rerunDurationMs / 1000).toFixed(1)} s)`,
      '0',
      result.rerunNewMessages === 0 ? 'OK' : 'MISSED',
    ],
  ];
}
