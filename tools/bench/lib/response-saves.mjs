// The hottest write: `connections` people saving answers at once, each on a criterion of their own
// (as a team fills in a round), each save based on the version its previous save returned.
import { percentile } from './measure.mjs';

/**
 * Saves for `seconds` from `connections` loops; counts latencies of 200s, 409s (another save came
 * first: only when loops share a criterion) and failures, and the statements the API sent
 * (`counter`, from the wire counter in front of the database) per save.
 */
export async function measureResponseSaves({
  baseUrl,
  session,
  roundId,
  connections,
  seconds,
  counter,
}) {
  const round = await (await session.get(`/api/v1/rounds/${roundId}`)).json();
  const responses = round.responses.map((response) => ({ ...response }));
  const latencies = [];
  let conflicts = 0;
  let failures = 0;
  const headers = { ...session.headers, 'content-type': 'application/json' };
  const statementsBefore = counter.statements;
  const deadline = Date.now() + seconds * 1000;
  const loop = async (index) => {
    const response = responses[index % responses.length];
    let turn = 0;
    while (Date.now() < deadline) {
      turn += 1;
      const started = performance.now();
      const answer = await fetch(
        `${baseUrl}/api/v1/rounds/${roundId}/responses/${response.criterionCode}`,
        {
          method: 'PUT',
          headers,
          body: JSON.stringify({
            level: 1 + (turn % 3),
            rationale: `Bench-toelichting ${index}.${turn}`,
            version: response.version,
          }),
        },
      );
      const body = await answer.json().catch(() => null);
      if (answer.status === 200) {
        latencies.push(performance.now() - started);
        response.version = body.version;
      } else if (answer.status === 409 && body?.current) {
        conflicts += 1;
        response.version = body.current.version;
      } else {
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, index) => loop(index)));
  const saves = latencies.length + conflicts;
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    conflicts,
    failures,
    criteria: responses.length,
    statementsPerSave: saves > 0 ? (counter.statements - statementsBefore) / saves : null,
  };
}
