// Statements per request of each measured endpoint, as PostgreSQL receives them: an API of its own
// whose connections run through the wire counter (tools/bench/lib/pg-wire-counter.mjs), its job
// queue off (LABELKLAAR_RUN_JOBS=false) so nothing else talks to the database, and requests one at
// a time. The first requests warm the caches; the counted ones are the steady state.
import { login } from './http-session.mjs';
import { startWireCounter } from './pg-wire-counter.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Statements the counter saw during `work`, after the wire went quiet (the pool settles). */
async function counted(counter, work) {
  await sleep(50);
  const before = counter.statements;
  await work();
  await sleep(50);
  return counter.statements - before;
}

/**
 * `endpoints`: { label, path, as: 'officer' | 'admin' }; `accounts`: { officer, admin } as
 * { email, password }. Resolves to { [label]: statements per request }.
 */
export async function countQueries({
  startApi,
  databaseUrl,
  logFile,
  accounts,
  endpoints,
  samples = 10,
}) {
  const wire = await startWireCounter(databaseUrl);
  const api = await startApi({
    databaseUrl: wire.url,
    logFile,
    extraEnv: { LABELKLAAR_RUN_JOBS: 'false' },
  });
  try {
    const sessions = {};
    for (const [role, { email, password }] of Object.entries(accounts)) {
      sessions[role] = await login(api.baseUrl, email, password);
    }
    const counts = {};
    for (const { label, path, as } of endpoints) {
      const get = async () => {
        const response = await sessions[as].get(path);
        await response.arrayBuffer();
        if (response.status !== 200) {
          throw new Error(`GET ${path} answered ${response.status} while counting queries`);
        }
      };
      await get();
      await get();
      const statements = await counted(wire.counter, async () => {
        for (let i = 0; i < samples; i++) {
          await get();
        }
      });
      counts[label] = statements / samples;
    }
    return counts;
  } finally {
    await api.stop();
    await wire.stop();
  }
}

/** The endpoints whose statements per request the report shows, by the label it uses. */
export function hotPathEndpoints(rounds) {
  return [
    { label: 'readiness', path: `/api/v1/rounds/${rounds.draftRoundId}/readiness`, as: 'officer' },
    { label: 'trend', path: '/api/v1/organisation/trend', as: 'officer' },
    { label: 'sector', path: '/api/v1/sector/readiness', as: 'admin' },
  ];
}
