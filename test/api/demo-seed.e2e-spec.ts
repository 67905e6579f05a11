import {
  AssessmentRoundDetail,
  CheckInSchedule,
  Leerrapport,
  ReviewSummary,
  TeamAgreement,
  TeamSummary,
} from '@labelklaar/domain';

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { ActionsService } from '../../apps/api/src/app/actions/actions.service';
import { loadConfig } from '../../apps/api/src/app/config/app-config';
import { createApp } from '../../apps/api/src/app/create-app';
import { DatabaseHandle } from '../../apps/api/src/app/database/database-handle';
import {
  DEMO_ACCOUNTS,
  DEMO_ORGANISATION,
  DEMO_PASSWORD,
  DEMO_PEER_ACCOUNTS,
  DEMO_PEER_ORGANISATION,
} from '../../apps/api/src/app/demo/demo-accounts';
import { DEMO_LEARNING_RECORDS } from '../../apps/api/src/app/demo/demo-learning.data';
import { DEMO_FINDINGS, DEMO_REVIEWED_ROUND } from '../../apps/api/src/app/demo/demo-review.data';
import { DEMO_ACTIONS, DEMO_ROUND } from '../../apps/api/src/app/demo/demo-round.data';
import {
  DEMO_AGREEMENTS,
  DEMO_CHECK_IN_ACTIONS,
  DEMO_SESSIONS,
} from '../../apps/api/src/app/demo/demo-team-work.data';
import { DEMO_REFLECTIONS } from '../../apps/api/src/app/demo/demo-year.data';
import { DemoService } from '../../apps/api/src/app/demo/demo.service';
import { LeerrapportService } from '../../apps/api/src/app/reviews/leerrapport.service';
import { ApiClient } from '../support/api-client';
import { testDatabaseKind } from '../support/test-app';

/** Everything the demo seed writes; rubric versions are loaded at start and stay. */
const SEEDED_TABLES = [
  'users',
  'organisations',
  'memberships',
  'assessment_rounds',
  'criterion_responses',
  'evidence',
  'response_evidence',
  'improvement_actions',
  'round_events',
  'review_invitations',
  'reviews',
  'review_findings',
  'leerrapports',
  'teams',
  'reflections',
  'team_sessions',
  'team_agreements',
  'team_agreement_versions',
  'check_in_schedules',
  'check_ins',
  'learning_records',
] as const;

type Counts = Record<(typeof SEEDED_TABLES)[number], number>;

async function countRows(dataSource: DataSource): Promise<Counts> {
  const counts = {} as Counts;
  for (const table of SEEDED_TABLES) {
    const [row] = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ${table}`,
    );
    counts[table] = Number(row.n);
  }
  return counts;
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Like test/support/global-setup.mjs; in a child process, as PGlite cannot start inside Jest's VM. */
const EMBEDDED_SERVER = `
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
const db = await PGlite.create();
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 20 });
await server.start();
process.stdout.write(server.getServerConn() + '\\n');
process.on('SIGTERM', () => server.stop().then(() => db.close()).then(() => process.exit(0)));
`;

async function embeddedDatabase(): Promise<DatabaseHandle> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', EMBEDDED_SERVER], {
    cwd: join(__dirname, '../..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  const port = line.toString().trim().split(':')[1];
  return {
    kind: 'embedded',
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    close: async () => {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The seed only runs in a database without organisations, and the other suites share one: this
 * suite gets its own, a new database on the server or a new embedded PostgreSQL.
 */
async function freshDatabase(): Promise<DatabaseHandle> {
  if (testDatabaseKind() === 'embedded') {
    return embeddedDatabase();
  }
  const shared = process.env['DATABASE_URL'] ?? '';
  const name = `lk_demo_seed_${process.pid}_${Date.now()}`;
  await onServer(shared, `CREATE DATABASE ${name}`);
  const url = new URL(shared);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    url: url.toString(),
    close: () => onServer(shared, `DROP DATABASE IF EXISTS ${name}`),
  };
}

describe('demo seed', () => {
  let database: DatabaseHandle;
  let app: NestExpressApplication;
  let dataSource: DataSource;
  let demo: DemoService;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'labelklaar-demo-seed-'));
    database = await freshDatabase();
    const config = loadConfig({
      DATABASE_URL: database.url,
      LABELKLAAR_DEMO: 'false',
      LOG_LEVEL: 'error',
      LABELKLAAR_DATA_DIR: dataDir,
    });
    app = await createApp(config, database);
    dataSource = app.get(DataSource);
    demo = app.get(DemoService);
  });

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('leaves nothing behind when the round fails halfway', async () => {
    // The last step of the round: accounts, round, answers, evidence and actions exist by then.
    const update = jest
      .spyOn(app.get(ActionsService), 'update')
      .mockRejectedValueOnce(new Error('disk full'));

    await expect(demo.seedIfEmpty()).rejects.toThrow('disk full');

    expect(update).toHaveBeenCalledTimes(1);
    expect(await countRows(dataSource)).toEqual(
      Object.fromEntries(SEEDED_TABLES.map((table) => [table, 0])),
    );
    expect(await demo.hasDemoAccounts()).toBe(false);
  });

  it('leaves nothing behind when the finished review fails at its last step', async () => {
    const finalise = jest
      .spyOn(app.get(LeerrapportService), 'finalise')
      .mockRejectedValueOnce(new Error('disk full'));

    await expect(demo.seedIfEmpty()).rejects.toThrow('disk full');

    expect(finalise).toHaveBeenCalledTimes(1);
    expect(await countRows(dataSource)).toEqual(
      Object.fromEntries(SEEDED_TABLES.map((table) => [table, 0])),
    );
  });

  it('seeds the organisation with its round once the failure is gone', async () => {
    expect(await demo.seedIfEmpty()).toBe('created');

    const counts = await countRows(dataSource);
    expect(counts).toMatchObject({
      // The demo accounts, the platform admin and the peer organisation's quality officer.
      users: DEMO_ACCOUNTS.length + 1 + DEMO_PEER_ACCOUNTS.length,
      organisations: 2,
      memberships: DEMO_ACCOUNTS.length + DEMO_PEER_ACCOUNTS.length,
      assessment_rounds: 2,
      // One more: the finding of the review that became a verbeteractie; and the check-in answers.
      improvement_actions: DEMO_ACTIONS.length + 1 + DEMO_CHECK_IN_ACTIONS.length,
      review_invitations: 1,
      reviews: 1,
      review_findings: Object.keys(DEMO_FINDINGS).length,
      leerrapports: 1,
      teams: 2,
      reflections: DEMO_REFLECTIONS.length,
      team_sessions: DEMO_SESSIONS.length,
      team_agreements: DEMO_AGREEMENTS.length,
      team_agreement_versions: DEMO_AGREEMENTS.flatMap((a) => a.versions).length,
      check_in_schedules: 2,
      learning_records: DEMO_LEARNING_RECORDS.length,
    });
    expect(counts.evidence).toBeGreaterThan(0);
    expect(counts.response_evidence).toBeGreaterThan(0);
    expect(counts.round_events).toBeGreaterThan(0);

    const client = await ApiClient.create(app);
    const me = await client.login(DEMO_ACCOUNTS[0].email, DEMO_PASSWORD);
    expect(JSON.stringify(me)).toContain(DEMO_ORGANISATION);
    const rounds = (await client.get('/api/v1/rounds').expect(200)).body as AssessmentRoundDetail[];
    expect(rounds.map((round) => [round.title, round.status])).toEqual([
      [DEMO_ROUND.title, 'draft'],
      [DEMO_REVIEWED_ROUND.title, 'reviewed'],
    ]);
    const leerrapport = (await client.get(`/api/v1/rounds/${rounds[1].id}/leerrapport`).expect(200))
      .body as Leerrapport;
    expect(leerrapport.status).toBe('final');
    expect(leerrapport.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(
      leerrapport.criteria.flatMap((c) => c.findings).filter((f) => f.response !== null),
    ).toHaveLength(3);
  });

  it('gives the demo teams a year of vakmanschap', async () => {
    // Enough authors per team for the learning report's aggregates (never fewer than three).
    const authors = await dataSource.query<{ n: number }[]>(
      'SELECT count(DISTINCT author_user_id)::int AS n FROM reflections GROUP BY team_id',
    );
    expect(authors.map((row) => Number(row.n))).toEqual([expect.any(Number), expect.any(Number)]);
    authors.forEach((row) => expect(Number(row.n)).toBeGreaterThanOrEqual(3));
    const [span] = await dataSource.query<{ days: number }[]>(
      'SELECT (max(date) - min(date))::int AS days FROM reflections',
    );
    expect(Number(span.days)).toBeGreaterThan(300);
    const types = await dataSource.query<{ n: number }[]>(
      'SELECT count(DISTINCT session_type)::int AS n FROM team_sessions',
    );
    expect(Number(types[0].n)).toBe(5);
    const linked = await dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM check_ins WHERE jsonb_array_length(action_links) > 0',
    );
    expect(Number(linked[0].n)).toBe(DEMO_CHECK_IN_ACTIONS.length);

    const client = await ApiClient.create(app);
    await client.login('teamleider@voorbeeld.nl', DEMO_PASSWORD);
    const teams = (await client.get('/api/v1/teams').expect(200)).body as TeamSummary[];
    expect(teams).toHaveLength(2);
    const agreements = (await client.get(`/api/v1/team-agreements?team=${teams[0].id}`).expect(200))
      .body as TeamAgreement[];
    expect(agreements.length).toBeGreaterThan(0);
    const all = [
      ...agreements,
      ...((await client.get(`/api/v1/team-agreements?team=${teams[1].id}`).expect(200))
        .body as TeamAgreement[]),
    ];
    expect(all.some((agreement) => agreement.version > 1 && agreement.history.length > 0)).toBe(
      true,
    );
    expect(
      all.every(
        (agreement) => agreement.reviewOn === null || agreement.reviewOn >= agreement.agreedOn,
      ),
    ).toBe(true);

    // Learning with clients and other organisations: the officer reads all, a professional their teams'.
    const officer = await ApiClient.create(app);
    await officer.login(DEMO_ACCOUNTS[0].email, DEMO_PASSWORD);
    const records = (await officer.get('/api/v1/learning-records').expect(200)).body as {
      teamId: string | null;
    }[];
    expect(records).toHaveLength(DEMO_LEARNING_RECORDS.length);
    expect(records.some((r) => r.teamId === null)).toBe(true);

    // The running check-in period: not everyone answered yet, so the reminder has work to do.
    const professional = await ApiClient.create(app);
    await professional.login('sociaalwerker@voorbeeld.nl', DEMO_PASSWORD);
    for (const team of teams) {
      const schedule = (
        await professional.get(`/api/v1/check-ins/schedules/${team.id}`).expect(200)
      ).body as CheckInSchedule;
      expect(schedule.hasAnsweredCurrent).toBe(true);
    }
    const straatwerker = await ApiClient.create(app);
    await straatwerker.login('straatwerker@voorbeeld.nl', DEMO_PASSWORD);
    const youth = teams.find((team) => team.name === 'Jongerenwerk');
    const open = (await straatwerker.get(`/api/v1/check-ins/schedules/${youth?.id}`).expect(200))
      .body as CheckInSchedule;
    expect(open).toMatchObject({ cadence: 'quarterly', hasAnsweredCurrent: false });
  });

  it("lets the peer organisation's quality officer see the finished review", async () => {
    const client = await ApiClient.create(app);
    const me = await client.login(DEMO_PEER_ACCOUNTS[0].email, DEMO_PASSWORD);
    expect(JSON.stringify(me)).toContain(DEMO_PEER_ORGANISATION);
    const reviews = (await client.get('/api/v1/reviews').expect(200)).body as ReviewSummary[];
    expect(reviews).toEqual([
      expect.objectContaining({
        organisationName: DEMO_ORGANISATION,
        roundTitle: DEMO_REVIEWED_ROUND.title,
        reviewerOrganisationName: DEMO_PEER_ORGANISATION,
        status: 'submitted',
        lead: true,
        access: 'active',
        perspective: 'reviewer',
      }),
    ]);
    const review = (await client.get(`/api/v1/reviews/${reviews[0].id}`).expect(200)).body;
    expect(review.findings).toHaveLength(Object.keys(DEMO_FINDINGS).length);
  });

  it('does not seed a second time', async () => {
    expect(await demo.seedIfEmpty()).toBe('skipped-not-empty');
    expect((await countRows(dataSource)).organisations).toBe(2);
  });
});
