// The upgrade of a 30-criterion round: a synthetic rubric (the bundled 1.0.0 plus four criteria)
// and a successor with every kind of mapping entry, both published through the API by the platform
// admin; then rounds with 30 answers, each previewed and upgraded, timed one at a time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

import { login, register } from './http-session.mjs';
import { percentile } from './measure.mjs';

export const WIDE_CRITERIA = 30;
const BUNDLED = join(import.meta.dirname, '..', '..', '..', 'libs', 'criteria', 'data');

const clone = (value) => structuredClone(value);

/** A criterion like `source`, under a new code and title (titles must differ). */
function variant(source, code, suffix) {
  return { ...clone(source), code, title: `${source.title} (${suffix})` };
}

function nextCode(domain) {
  const numbers = domain.criteria.map((criterion) => Number(criterion.code.slice(-2)));
  return `${domain.code}-${String(Math.max(...numbers) + 1).padStart(2, '0')}`;
}

/**
 * 1.0.0: the bundled 1.0.0's criteria plus variants up to 30. 1.1.0: two criteria reworded, one
 * split in two, two merged into one and one new; the rest unchanged.
 */
export function wideRubrics(id) {
  const bundled = parse(readFileSync(join(BUNDLED, 'sterk-sociaal-werk', '1.0.0.yaml'), 'utf8'));
  const first = {
    ...bundled,
    id,
    status: 'draft',
    title: `Bench-rubric met ${WIDE_CRITERIA} criteria`,
  };
  let added = 0;
  while (first.domains.reduce((sum, domain) => sum + domain.criteria.length, 0) < WIDE_CRITERIA) {
    const domain = first.domains[added % first.domains.length];
    domain.criteria.push(variant(domain.criteria[0], nextCode(domain), `variant ${added + 1}`));
    added += 1;
  }
  const next = clone({ ...first, version: '1.1.0', effectiveDate: '2027-01-01' });
  next.previousVersion = '1.0.0';
  const [opd, vms, vak, imp] = next.domains;
  vms.criteria[0].description = `${vms.criteria[0].description} Herschreven in 1.1.0.`;
  vak.criteria[1].description = `${vak.criteria[1].description} Herschreven in 1.1.0.`;
  const splitFrom = vak.criteria[0];
  const splitInto = variant(splitFrom, nextCode(vak), 'afgesplitst');
  vak.criteria.push(splitInto);
  const [mergedInto, mergedAway] = imp.criteria.slice(-2);
  imp.criteria = imp.criteria.filter((criterion) => criterion !== mergedAway);
  const added11 = variant(opd.criteria[0], nextCode(opd), 'nieuw in 1.1.0');
  opd.criteria.push(added11);
  next.mapping = next.domains.flatMap((domain) =>
    domain.criteria.map((criterion) => {
      if (criterion === added11) {
        return { code: criterion.code, previousCodes: [] };
      }
      if (criterion === splitInto) {
        return { code: criterion.code, previousCodes: [splitFrom.code] };
      }
      if (criterion === mergedInto) {
        return { code: criterion.code, previousCodes: [mergedInto.code, mergedAway.code] };
      }
      return { code: criterion.code, previousCodes: [criterion.code] };
    }),
  );
  return [first, next];
}

async function publish(baseUrl, admin, content) {
  const form = new FormData();
  form.append('file', new Blob([stringify(content)]), 'versie.yaml');
  const imported = await fetch(`${baseUrl}/api/v1/rubrics/imports`, {
    method: 'POST',
    headers: admin.headers,
    body: form,
  });
  const draft = await imported.json();
  if (imported.status !== 201) {
    throw new Error(
      `import of ${content.version} failed: ${imported.status} ${JSON.stringify(draft)}`,
    );
  }
  const published = await fetch(
    `${baseUrl}/api/v1/rubrics/${content.id}/drafts/${draft.id}/publish`,
    {
      method: 'POST',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      body: '{}',
    },
  );
  if (published.status !== 201) {
    throw new Error(
      `publish of ${content.version} failed: ${published.status} ${await published.text()}`,
    );
  }
}

async function send(baseUrl, session, method, path, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...session.headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (response.status >= 300) {
    throw new Error(`${method} ${path} failed: ${response.status} ${JSON.stringify(json)}`);
  }
  return json;
}

/** A draft round on 1.0.0 with all 30 criteria answered. */
async function answeredRound(baseUrl, officer, rubricId, index) {
  const round = await send(baseUrl, officer, 'POST', '/api/v1/rounds', {
    title: `Bench 30 criteria ${index + 1}`,
    rubricId,
    rubricVersion: '1.0.0',
    targetDate: '2027-06-30',
    route: 'external-audit',
    // The three rounds run side by side on purpose.
    confirmSecondOpenRound: true,
  });
  for (const response of round.responses) {
    await send(
      baseUrl,
      officer,
      'PUT',
      `/api/v1/rounds/${round.id}/responses/${response.criterionCode}`,
      {
        version: response.version,
        level: 3,
        targetLevel: 4,
        rationale: `Onderbouwing bij ${response.criterionCode}.`,
        state: 'ready-for-review',
      },
    );
  }
  return round;
}

/** A new organisation through the public sign-up, its quality officer logged in. */
export async function registerOfficer(baseUrl, email, password) {
  await register(baseUrl, {
    organisationName: 'Bench Welzijn 30 criteria',
    displayName: 'Kwaliteit Bench',
    email,
    password,
  });
  return login(baseUrl, email, password);
}

/**
 * Publishes the two versions (as `admin`), then for `samples` rounds of `officer`'s organisation:
 * 30 answers, the preview (GET) and the upgrade (POST), the merge resolved to its first source.
 */
export async function measureWideUpgrade({ baseUrl, admin, officer, rubricId, samples = 3 }) {
  const [first, next] = wideRubrics(rubricId);
  await publish(baseUrl, admin, first);
  await publish(baseUrl, admin, next);
  const previews = [];
  const upgrades = [];
  let criteria = null;
  for (let index = 0; index < samples; index += 1) {
    const round = await answeredRound(baseUrl, officer, rubricId, index);
    criteria = round.responses.length;
    const path = `/api/v1/rounds/${round.id}/upgrade`;
    let started = performance.now();
    const preview = await officer.get(`${path}?to=1.1.0`);
    const plan = await preview.json();
    previews.push(performance.now() - started);
    if (preview.status !== 200) {
      throw new Error(`preview failed: ${preview.status} ${JSON.stringify(plan)}`);
    }
    const choices = Object.fromEntries(
      plan.criteria
        .filter((item) => item.outcome === 'choose')
        .map((item) => [item.code, item.candidates[0].criterionCode]),
    );
    started = performance.now();
    await send(baseUrl, officer, 'POST', path, { to: '1.1.0', choices });
    upgrades.push(performance.now() - started);
  }
  return {
    rounds: upgrades.length,
    criteria,
    failures: 0,
    previewMedian: percentile(previews, 50),
    previewMax: Math.max(...previews),
    upgradeMedian: percentile(upgrades, 50),
    upgradeMax: Math.max(...upgrades),
  };
}

/**
 * On an API of its own: logs in the platform admin, signs up an organisation of its own (so no
 * seeded round is touched) and measures the 30-criterion upgrade.
 */
export async function runWideUpgrade({ startApi, databaseUrl, logFile, adminEmail, password }) {
  const api = await startApi({ databaseUrl, logFile });
  try {
    const admin = await login(api.baseUrl, adminEmail, password);
    const officer = await registerOfficer(
      api.baseUrl,
      `upgrade-30-criteria@bench.labelklaar.test`,
      password,
    );
    return await measureWideUpgrade({
      baseUrl: api.baseUrl,
      admin,
      officer,
      rubricId: 'bench-30-criteria',
    });
  } finally {
    await api.stop();
  }
}
