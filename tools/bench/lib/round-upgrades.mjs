// Upgrading open rounds to the next published rubric version: the preview and the upgrade itself
// (one transaction: responses, evidence links, actions and history), timed one at a time.
import { login } from './http-session.mjs';
import { percentile } from './measure.mjs';

/**
 * For each officer whose draft round is on a version that a newer one maps onto: the preview
 * (GET) and the upgrade (POST), choosing for every merged criterion its first answered source.
 */
export async function measureRoundUpgrades({ baseUrl, emails, password }) {
  const previews = [];
  const upgrades = [];
  let criteria = null;
  let failures = 0;
  for (const email of emails) {
    const session = await login(baseUrl, email, password);
    const rounds = await (await session.get('/api/v1/rounds')).json();
    const round = rounds.find(
      (candidate) => candidate.status === 'draft' && candidate.newerVersion,
    );
    if (!round) {
      continue;
    }
    const path = `/api/v1/rounds/${round.id}/upgrade`;
    let started = performance.now();
    const preview = await session.get(`${path}?to=${encodeURIComponent(round.newerVersion)}`);
    const plan = await preview.json();
    if (preview.status !== 200) {
      failures += 1;
      continue;
    }
    previews.push(performance.now() - started);
    const choices = Object.fromEntries(
      plan.criteria
        .filter((item) => item.outcome === 'choose')
        .map((item) => [item.code, item.candidates[0].criterionCode]),
    );
    started = performance.now();
    const upgraded = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { ...session.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ to: round.newerVersion, choices }),
    });
    await upgraded.arrayBuffer();
    if (upgraded.status !== 200 && upgraded.status !== 201) {
      failures += 1;
      continue;
    }
    upgrades.push(performance.now() - started);
    criteria = plan.criteria.length;
  }
  return {
    rounds: upgrades.length,
    criteria,
    failures,
    previewMedian: percentile(previews, 50),
    previewMax: previews.length ? Math.max(...previews) : null,
    upgradeMedian: percentile(upgrades, 50),
    upgradeMax: upgrades.length ? Math.max(...upgrades) : null,
  };
}
