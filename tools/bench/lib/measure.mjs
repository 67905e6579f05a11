// Load generators: autocannon against an endpoint, and a pg Pool running the same SQL with the
// same concurrency for the same time. Both record every single latency, so p50/p95 are exact.
import autocannon from 'autocannon';

/** Nearest-rank percentile of an unsorted list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function summary(latencies, seconds, extra = {}) {
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.length ? Math.max(...latencies) : null,
    ...extra,
  };
}

/** autocannon at `connections` for `seconds`; only 2xx answers count as measured latencies. */
export function loadEndpoint({ url, headers, connections, seconds }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const statuses = new Map();
    const instance = autocannon(
      { url, headers, connections, duration: seconds },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        const failed = [...statuses].filter(([status]) => status < 200 || status > 299);
        resolve(
          summary(latencies, seconds, {
            non2xx: failed.reduce((sum, [, count]) => sum + count, 0),
            statuses: Object.fromEntries(statuses),
            errors: result.errors + result.timeouts,
          }),
        );
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
      if (statusCode >= 200 && statusCode < 300) {
        latencies.push(responseTime);
      }
    });
  });
}

/**
 * `connections` pooled clients each run `iteration(client)` back to back for `seconds`; one
 * iteration is the set of queries one request needs.
 */
export async function loadSql({ pool, connections, seconds, iteration }) {
  const latencies = [];
  const deadline = Date.now() + seconds * 1000;
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (Date.now() < deadline) {
        const started = process.hrtime.bigint();
        await iteration(client);
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return summary(latencies, seconds);
}

/**
 * Waits until the API answers its health check quickly again: when autocannon stops, the requests
 * it leaves in flight still occupy the server, and must not be counted in the next measurement.
 */
export async function settle(baseUrl, { quickMs = 50, timeoutMs = 120_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let quick = 0;
  while (quick < 3 && Date.now() < deadline) {
    const started = Date.now();
    await fetch(`${baseUrl}/api/health`).then(
      (response) => response.arrayBuffer(),
      () => undefined,
    );
    quick = Date.now() - started < quickMs ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Downloads `url` one after the other: `cold` unmeasured-for-the-verdict first downloads (reported as
 * `first`), then `samples` measured ones; each time is until the last byte.
 */
export async function timeDownloads({ url, headers, samples, accept, cold = 0 }) {
  const times = [];
  let bytes = 0;
  for (let i = 0; i < cold + samples; i++) {
    const started = process.hrtime.bigint();
    const response = await fetch(url, { headers: { ...headers, accept } });
    const body = Buffer.from(await response.arrayBuffer());
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (response.status !== 200) {
      return {
        status: response.status,
        samples: times.length,
        error: body.toString('utf8').slice(0, 300),
      };
    }
    times.push(elapsed);
    bytes = body.length;
  }
  const measured = times.slice(cold);
  return {
    status: 200,
    first: cold > 0 ? times[0] : null,
    samples: measured.length,
    median: percentile(measured, 50),
    max: Math.max(...measured),
    bytes,
  };
}
