// The figures as one table: metric, value, target and a verdict per line.
import { dailyReminderRows } from './daily-reminders.mjs';

const ms = (value) => (value === null || value === undefined ? '—' : `${value.toFixed(1)} ms`);
const mib = (value) => (value === null || value === undefined ? '—' : `${value.toFixed(0)} MiB`);
const ratio = (value) =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : `${value.toFixed(2)}×`;
const rps = (value) => (value === null || value === undefined ? '—' : `${value.toFixed(0)} req/s`);

/** OK / MISSED against a "less than" target; n/a when nothing was measured. */
function below(value, limit) {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return 'n/a';
  }
  return value < limit ? 'OK' : 'MISSED';
}

function endpointRows(
  label,
  endpoint,
  sql,
  { p95Target, singleTarget, ratioTarget, connections, queries },
) {
  if (!endpoint || endpoint.unavailable) {
    const why = endpoint?.unavailable ?? 'not measured';
    return [[`${label}`, why, p95Target ? `p95 < ${p95Target} ms` : '', 'n/a']];
  }
  const ratioP50 = sql?.p50 ? endpoint.p50 / sql.p50 : null;
  const ratioP95 = sql?.p95 ? endpoint.p95 / sql.p95 : null;
  const failures = endpoint.non2xx + endpoint.errors;
  const { single } = endpoint;
  return [
    [
      `${label} one at a time median / max`,
      `${ms(single.median)} / ${ms(single.max)} (${single.samples} requests)`,
      singleTarget ? `median < ${singleTarget} ms` : '',
      singleTarget ? below(single.median, singleTarget) : '',
    ],
    [`${label} p50 (${connections} connections)`, ms(endpoint.p50), '', ''],
    [
      `${label} p95 (${connections} connections)`,
      ms(endpoint.p95),
      p95Target ? `< ${p95Target} ms` : '',
      p95Target ? below(endpoint.p95, p95Target) : '',
    ],
    [
      `${label} throughput`,
      `${rps(endpoint.rps)} (${endpoint.requests} ok${failures ? `, ${failures} FAILED` : ''})`,
      'no failures',
      failures ? 'MISSED' : 'OK',
    ],
    [`${label} SQL p50 / p95`, `${ms(sql?.p50)} / ${ms(sql?.p95)} (${rps(sql?.rps)})`, '', ''],
    [
      `${label} statements per request`,
      queries === undefined || queries === null ? '—' : queries.toFixed(1),
      '',
      '',
    ],
    [
      `${label} ratio endpoint/SQL p50`,
      ratio(ratioP50),
      ratioTarget ? `< ${ratioTarget}` : '',
      ratioTarget ? below(ratioP50, ratioTarget) : '',
    ],
    [
      `${label} ratio endpoint/SQL p95`,
      ratio(ratioP95),
      ratioTarget ? `< ${ratioTarget}` : '',
      ratioTarget ? below(ratioP95, ratioTarget) : '',
    ],
  ];
}

function downloadRows(label, download, target) {
  if (!download || download.status !== 200) {
    const why = download ? `HTTP ${download.status}` : 'not measured';
    return [[label, why, target ? `< ${target / 1000} s` : '', 'n/a']];
  }
  const size = `${(download.bytes / 1024).toFixed(0)} KiB`;
  return [
    [`${label} first download (cold)`, ms(download.first), '', ''],
    [`${label} median`, `${ms(download.median)} (${download.samples} samples, ${size})`, '', ''],
    [
      `${label} max`,
      ms(download.max),
      target ? `< ${target / 1000} s` : '',
      target ? below(download.max, target) : '',
    ],
  ];
}

function memoryRows(memory, readinessAgain) {
  if (!memory) {
    return [['API memory', 'not measured (no /proc)', 'flat', 'n/a']];
  }
  const rows = [
    [
      'API RSS start / peak / end',
      `${mib(memory.start)} / ${mib(memory.peak)} / ${mib(memory.end)}`,
      '',
      '',
    ],
    ['API VmHWM (peak RSS, kernel)', mib(memory.hwm), '', ''],
    [
      'API RSS after each phase',
      memory.timeline.map(({ label, rss }) => `${label} ${rss.toFixed(0)}`).join(', '),
      '',
      '',
    ],
  ];
  if (readinessAgain) {
    rows.push([
      'readiness again p50 / p95',
      `${ms(readinessAgain.p50)} / ${ms(readinessAgain.p95)}`,
      '',
      '',
    ]);
  }
  if (memory.afterRepeat === null || memory.peakBeforeRepeat === null) {
    return [...rows, ['API RSS after readiness again', '—', 'flat', 'n/a']];
  }
  // Flat: the same work again stays within what the process already needed (slack for page rounding).
  const flat = memory.afterRepeat <= memory.peakBeforeRepeat + 8;
  return [
    ...rows,
    [
      'API RSS after readiness again',
      `${mib(memory.afterRepeat)} (peak before it ${mib(memory.peakBeforeRepeat)})`,
      'flat: ≤ earlier peak',
      flat ? 'OK' : 'MISSED',
    ],
  ];
}

function saveRows(saves, connections) {
  if (!saves) {
    return [['response save', 'not measured', '', 'n/a']];
  }
  const failed = saves.failures;
  return [
    [`response save p50 (${connections} connections)`, ms(saves.p50), '', ''],
    [
      `response save p95 (${connections} connections)`,
      ms(saves.p95),
      '< 50 ms',
      below(saves.p95, 50),
    ],
    [
      'response save throughput',
      `${rps(saves.rps)} (${saves.requests} ok, ${saves.conflicts} conflicts${failed ? `, ${failed} FAILED` : ''})`,
      'no failures',
      failed ? 'MISSED' : 'OK',
    ],
    [
      'response save statements per save',
      saves.statementsPerSave === null ? '—' : saves.statementsPerSave.toFixed(2),
      '≤ 5',
      saves.statementsPerSave === null ? 'n/a' : saves.statementsPerSave <= 5 ? 'OK' : 'MISSED',
    ],
  ];
}

export function upgradeRows(upgrades, label = 'round upgrade') {
  if (!upgrades || upgrades.rounds === 0) {
    return [[label, 'not measured (no open round with a newer version)', '< 1 s', 'n/a']];
  }
  return [
    [
      `${label} preview median / max`,
      `${ms(upgrades.previewMedian)} / ${ms(upgrades.previewMax)}`,
      '',
      '',
    ],
    [
      `${label} median / max (${upgrades.rounds} rounds of ${upgrades.criteria} criteria)`,
      `${ms(upgrades.upgradeMedian)} / ${ms(upgrades.upgradeMax)}${upgrades.failures ? `, ${upgrades.failures} FAILED` : ''}`,
      'max < 1 s',
      upgrades.failures ? 'MISSED' : below(upgrades.upgradeMax, 1000),
    ],
  ];
}

/**
 * dossier.zip of a round with many large evidence files: time, and RSS above idle. The verdict is
 * on the second download: the first also carries what any first export costs once.
 */
export function zipRows(zip, rssTarget = 100) {
  if (!zip || zip.status !== 200) {
    const why = zip ? `HTTP ${zip.status}` : 'not measured';
    return [['dossier.zip', why, `peak RSS < idle + ${rssTarget} MiB`, 'n/a']];
  }
  const label = `dossier.zip (${zip.files} files, ${zip.totalMib} MiB)`;
  const rise = ({ idle, peak }) => (idle !== null && peak !== null ? peak - idle : null);
  const memory = (run) => `${mib(run.idle)} → ${mib(run.peak)} (+${mib(rise(run))})`;
  const throughput = (zip.bytes / 1024 / 1024 / (zip.warm.ms / 1000)).toFixed(0);
  return [
    [`${label} first download`, ms(zip.cold.ms), '', ''],
    [`${label} second download`, `${ms(zip.warm.ms)} (${throughput} MiB/s)`, '', ''],
    [`${label} RSS idle → peak, first`, memory(zip.cold), '', ''],
    [
      `${label} RSS idle → peak, second`,
      memory(zip.warm),
      `< idle + ${rssTarget} MiB`,
      below(rise(zip.warm), rssTarget),
    ],
  ];
}

export const WIDE_LABEL = 'round upgrade, 30 criteria';

/** Rows as a Markdown table with a header. */
export function formatTable(rows) {
  const header = ['metric', 'value', 'target', 'verdict'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (cells) =>
    `| ${cells.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

export function reportTable(results, connections) {
  const rows = [
    ...endpointRows('readiness', results.readiness, results.readinessSql, {
      p95Target: 50,
      singleTarget: 5,
      ratioTarget: 1.5,
      connections,
      queries: results.queries?.readiness,
    }),
    ...endpointRows('trend', results.trend, results.trendSql, {
      ratioTarget: 3,
      connections,
      queries: results.queries?.trend,
    }),
    ...endpointRows('sector', results.sector, results.sectorSql, {
      p95Target: 150,
      singleTarget: 300,
      connections,
      queries: results.queries?.sector,
    }),
    ...saveRows(results.saves, connections),
    ...dailyReminderRows(results.dailyReminders),
    ...upgradeRows(results.upgrades),
    ...upgradeRows(results.wideUpgrade, WIDE_LABEL),
    ...downloadRows('dossier.pdf', results.pdf, 2000),
    ...downloadRows('dossier.xlsx', results.xlsx, null),
    ...zipRows(results.zip),
    ...memoryRows(results.memory, results.readinessAgain),
  ];
  return formatTable(rows);
}
