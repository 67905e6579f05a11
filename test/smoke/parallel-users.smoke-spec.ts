import { Me } from '@labelklaar/domain';

import { randomUUID } from 'node:crypto';

import { ApiClient } from '../support/api-client';
import { RunningProduct, startProduct } from '../support/product';
import { RUBRIC } from '../support/rounds';

const DEMO_PASSWORD = 'Labelklaar-demo-2026';
const DURATION_MS = Number(process.env['LABELKLAAR_SMOKE_PARALLEL_MS'] ?? 20_000);
const LOOPS_PER_USER = 2;
const REGISTERED = 6;

interface User {
  client: ApiClient;
  email: string;
  organisationName: string | null;
  /** A round of the user's own organisation they write to (registered quality officers). */
  round?: { id: string; code: string; version: number };
}

interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A request that hangs or breaks counts as a failure with status 0, instead of stalling the test. */
function answer(call: { timeout(ms: number): PromiseLike<Answer> }): Promise<Answer> {
  return Promise.resolve(call.timeout(15_000)).catch((error: Error) => ({
    status: 0,
    body: { error: error.message },
  }));
}

interface Tally {
  requests: number;
  writes: number;
  failures: string[];
}

async function demoUser(
  url: string,
  email: string,
  organisationName: string | null,
): Promise<User> {
  const client = await ApiClient.create(url);
  await client.login(email, DEMO_PASSWORD);
  return { client, email, organisationName };
}

async function registeredUser(url: string, index: number): Promise<User> {
  const client = await ApiClient.create(url);
  const tag = randomUUID().slice(0, 8);
  const email = `parallel-${index}-${tag}@example.nl`;
  const organisationName = `Welzijn Parallel ${index} ${tag}`;
  const registered = await client.post('/api/v1/auth/register', {
    organisationName,
    displayName: `Parallel ${index}`,
    email,
    // Not built from the user's own names, which the password rule refuses.
    password: `Zonnebloem-veldwerk-Waal-${index}`,
  });
  expect(registered.status).toBe(201);
  const round = await client.post('/api/v1/rounds', {
    title: `Ronde van ${organisationName}`,
    ...RUBRIC,
    targetDate: '2027-06-30',
    route: 'external-audit',
  });
  expect(round.status).toBe(201);
  const code = 'VAK-01';
  const response = await client.get(`/api/v1/rounds/${round.body.id}/responses/${code}`);
  expect(response.status).toBe(200);
  return {
    client,
    email,
    organisationName,
    round: { id: round.body.id, code, version: response.body.version },
  };
}

/** Checks that a body belongs to the user who asked; returns what is wrong, if anything. */
function checkMe(user: User, status: number, body: Me): string | null {
  if (status !== 200) {
    return `GET /me ${status} ${JSON.stringify(body)}`;
  }
  if (body.user?.email !== user.email) {
    return `GET /me answered ${body.user?.email} instead of ${user.email}`;
  }
  const active = body.memberships.find((m) => m.organisationId === body.activeOrganisationId);
  if ((active?.organisationName ?? null) !== user.organisationName) {
    return `GET /me of ${user.email} named organisation ${active?.organisationName}`;
  }
  return null;
}

async function readOnce(user: User): Promise<string[]> {
  const problems: string[] = [];
  const me = await answer(user.client.get('/api/v1/me'));
  const meProblem = checkMe(user, me.status, me.body as Me);
  if (meProblem) {
    problems.push(meProblem);
  }
  if (user.organisationName) {
    const organisation = await answer(user.client.get('/api/v1/organisation'));
    if (organisation.status !== 200 || organisation.body.name !== user.organisationName) {
      problems.push(
        `GET /organisation of ${user.email}: ${organisation.status} ${JSON.stringify(organisation.body)}`,
      );
    }
  }
  return problems;
}

async function writeOnce(
  user: User,
  round: NonNullable<User['round']>,
  n: number,
): Promise<string[]> {
  const rationale = `${user.organisationName}: onderbouwing ${n}`;
  const path = `/api/v1/rounds/${round.id}/responses/${round.code}`;
  const saved = await answer(
    user.client.put(path, { version: round.version, level: (n % 4) + 1, rationale }),
  );
  if (saved.status === 409) {
    // The user's other loop saved first: a stale version is the expected answer, take the new one.
    round.version = Math.max(round.version, saved.body.current?.version ?? round.version);
    return [];
  }
  if (saved.status !== 200 || saved.body.rationale !== rationale) {
    return [`PUT ${path} of ${user.email}: ${saved.status} ${JSON.stringify(saved.body)}`];
  }
  round.version = Math.max(round.version, saved.body.version);
  const read = await answer(user.client.get(path));
  const mine = String(read.body.rationale ?? '').startsWith(`${user.organisationName}:`);
  return read.status === 200 && mine
    ? []
    : [`GET ${path} of ${user.email}: ${read.status} ${JSON.stringify(read.body)}`];
}

async function runLoop(user: User, until: number, tally: Tally): Promise<void> {
  let n = 0;
  while (Date.now() < until) {
    n += 1;
    const problems = await readOnce(user);
    tally.requests += user.organisationName ? 2 : 1;
    if (user.round) {
      problems.push(...(await writeOnce(user, user.round, n)));
      tally.requests += 2;
      tally.writes += 1;
    }
    tally.failures.push(...problems);
  }
}

describe('the built product on a fresh database, many users at once', () => {
  let product: RunningProduct;

  beforeAll(async () => {
    product = await startProduct();
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('answers every user with their own data, without errors, for 20 seconds of reads and writes', async () => {
    const users = [
      await demoUser(product.url, 'kwaliteit@voorbeeld.nl', 'Stichting Voorbeeld Welzijn'),
      await demoUser(product.url, 'manager@voorbeeld.nl', 'Stichting Voorbeeld Welzijn'),
      await demoUser(product.url, 'teamleider@voorbeeld.nl', 'Stichting Voorbeeld Welzijn'),
      await demoUser(product.url, 'kwaliteit@buurtkracht.nl', 'Stichting Buurtkracht'),
      await demoUser(product.url, 'beheer@labelklaar.nl', null),
    ];
    for (let index = 1; index <= REGISTERED; index += 1) {
      users.push(await registeredUser(product.url, index));
    }
    const tally: Tally = { requests: 0, writes: 0, failures: [] };
    const until = Date.now() + DURATION_MS;

    await Promise.all(
      users.flatMap((user) =>
        Array.from({ length: LOOPS_PER_USER }, () => runLoop(user, until, tally)),
      ),
    );

    process.stdout.write(
      `parallel users: ${users.length} users × ${LOOPS_PER_USER} loops, ${tally.requests} requests ` +
        `(${tally.writes} saves), ${tally.failures.length} wrong or failed\n`,
    );
    expect(tally.failures.slice(0, 10)).toEqual([]);
    expect(tally.requests).toBeGreaterThan(users.length * LOOPS_PER_USER * 10);
    expect(product.output()).not.toMatch(/failed \(request|bind message|portal "" does not exist/);
  });
});
