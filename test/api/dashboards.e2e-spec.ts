import {
  addDays,
  AssessmentRoundDetail,
  buildRoundReadinessReport,
  compareRounds,
  ComparisonSide,
  Evidence,
  ImprovementAction,
  isoDayIn,
  OrganisationTrend,
  ReportResponse,
  RoundComparison,
  RoundReadinessReport,
  roundReferenceDate,
  RubricVersionDetail,
} from '@labelklaar/domain';

import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';

import { Clock } from '../../apps/api/src/app/common/clock';
import { ApiClient } from '../support/api-client';
import { Actor, addMember, createPlatformAdmin, registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import {
  answerFor,
  registerLink,
  saveResponse,
  startRound,
  uploadPdf,
  WAIVABLE,
} from '../support/rounds';
import { createTestApp } from '../support/test-app';
import {
  answerSmallRound,
  createTestCatalog,
  linkEvidence,
  startSmallRound,
  submitRound,
} from './dashboards.fixtures';

/** The API's clock at noon (UTC) of an ISO day: the same calendar day in Amsterdam, all year. */
function setToday(app: NestExpressApplication, day: string): void {
  jest.spyOn(app.get(Clock), 'now').mockReturnValue(new Date(`${day}T12:00:00.000Z`));
}

async function json<T>(client: ApiClient, path: string): Promise<T> {
  const response = await client.get(path);
  if (response.status !== 200) {
    throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body as T;
}

/** A round's responses as the dashboard functions take them, read through the ordinary endpoints. */
function reportResponses(round: AssessmentRoundDetail): ReportResponse[] {
  return round.responses.map((response) => ({
    criterionCode: response.criterionCode,
    level: response.level,
    targetLevel: response.targetLevel,
    notApplicable: response.notApplicable,
    rationale: response.rationale,
    notApplicableReason: response.notApplicableReason,
    evidence: response.evidence.map((item) => ({
      id: item.id,
      title: item.title,
      kind: item.evidenceKind,
      validUntil: item.validUntil,
    })),
  }));
}

/** What the domain function makes of the data the other endpoints show: the API must agree. */
async function expectedReport(
  client: ApiClient,
  roundId: string,
  referenceDate: string,
): Promise<RoundReadinessReport> {
  const round = await json<AssessmentRoundDetail>(client, `/api/v1/rounds/${roundId}`);
  const rubric = await json<RubricVersionDetail>(
    client,
    `/api/v1/rubrics/${round.rubricId}/versions/${round.rubricVersion}`,
  );
  const actions = await json<ImprovementAction[]>(client, `/api/v1/actions?roundId=${roundId}`);
  const { id, title, status, targetDate, rubricId, rubricVersion, contentHash } = round;
  return buildRoundReadinessReport({
    rubric,
    round: { id, title, status, targetDate, rubricId, rubricVersion, contentHash },
    responses: reportResponses(round),
    actions: actions.map(({ status: s, dueDate, owner }) => ({ status: s, dueDate, owner })),
    referenceDate,
  });
}

async function comparisonSide(
  client: ApiClient,
  roundId: string,
  today: string,
): Promise<ComparisonSide> {
  const round = await json<AssessmentRoundDetail>(client, `/api/v1/rounds/${roundId}`);
  const rubric = await json<RubricVersionDetail>(
    client,
    `/api/v1/rubrics/${round.rubricId}/versions/${round.rubricVersion}`,
  );
  return {
    round: { id: round.id, title: round.title },
    rubric,
    responses: reportResponses(round),
    referenceDate: roundReferenceDate(round, today),
  };
}

describe('dashboards', () => {
  const today = isoDayIn(new Date());
  const target = addDays(today, 60);
  let app: NestExpressApplication;
  let rubricId: string;
  let qo: Actor;
  let contributor: Actor;
  let manager: Actor;
  let stranger: Actor;
  let contributorId: string;
  /** Submitted a month ago in the story: the previous self-assessment. */
  let previous: AssessmentRoundDetail;
  /** The current draft on the full rubric. */
  let current: AssessmentRoundDetail;
  /** A later draft on the small test rubric. */
  let later: AssessmentRoundDetail;
  let strangerRound: AssessmentRoundDetail;
  let expiring: Evidence;
  let annual: Evidence;

  beforeAll(async () => {
    const catalog = createTestCatalog('dashboard-test');
    rubricId = catalog.rubricId;
    // Sessions live long enough to survive the clock moving months ahead.
    app = await createTestApp({ rubricsDir: catalog.dir, sessionTtlHours: 24 * 500 });
    qo = await registerOrganisation(app, `Welzijn Dashboard ${randomUUID().slice(0, 6)}`);
    contributor = await addMember(app, qo, 'contributor');
    manager = await addMember(app, qo, 'manager');
    stranger = await registerOrganisation(app);
    const members = await json<{ id: string; email: string }[]>(
      qo.client,
      '/api/v1/organisation/members',
    );
    contributorId = members.find((member) => member.email === contributor.email)?.id ?? '';

    expiring = await uploadPdf(qo.client, {
      title: 'Beleidsplan 2026',
      validUntil: addDays(today, 30),
    });
    annual = await registerLink(qo.client, { title: 'Jaarverslag 2025' });
    const expired = await uploadPdf(qo.client, {
      title: 'Oud scholingsplan',
      evidenceKind: 'scholingsplan',
      documentDate: '2024-01-01',
      validUntil: addDays(today, -1),
    });

    // The previous round: everything answered at level 3, two criteria with lasting evidence.
    // Started before its target date, as a round can only be (the clock back for the start).
    setToday(app, addDays(today, -60));
    previous = await startRound(qo, {
      title: 'Zelfevaluatie 2025',
      targetDate: addDays(today, -30),
    });
    jest.restoreAllMocks();
    for (const response of previous.responses) {
      await saveResponse(qo.client, previous.id, response.criterionCode, response.version);
    }
    await linkEvidence(qo.client, previous.id, 'OPD-02', annual.id);
    await linkEvidence(qo.client, previous.id, 'VMS-01', annual.id);
    await submitRound(qo, previous.id);

    current = await startRound(qo, { title: 'Zelfevaluatie 2026', targetDate: target });
    const version = (code: string) =>
      current.responses.find((response) => response.criterionCode === code)?.version ?? 1;
    const answer = (code: string, level: number, extra: Record<string, unknown> = {}) =>
      saveResponse(qo.client, current.id, code, version(code), {
        level,
        rationale: `Nu: ${code} op niveau ${level}.`,
        state: 'draft',
        ...extra,
      });
    await answer('OPD-01', 3, { targetLevel: 4 });
    await linkEvidence(qo.client, current.id, 'OPD-01', expiring.id);
    await answer('VMS-03', 4);
    await linkEvidence(qo.client, current.id, 'VMS-03', expiring.id);
    await linkEvidence(qo.client, current.id, 'VMS-03', annual.id);
    await answer('VAK-01', 2);
    await answer('VAK-02', 3);
    await linkEvidence(qo.client, current.id, 'VAK-02', expired.id);
    await answer('IMP-01', 3);
    await saveResponse(qo.client, current.id, 'OPD-05', version('OPD-05'), answerFor('OPD-05'));

    const action = async (body: Record<string, unknown>) =>
      (await qo.client.post(`/api/v1/rounds/${current.id}/actions`, body).expect(201))
        .body as ImprovementAction;
    // Planned a week ago for yesterday: a new action cannot be due in the past.
    setToday(app, addDays(today, -7));
    await action({
      criterionCode: 'VAK-01',
      title: 'Methodiek kiezen',
      ownerId: contributorId,
      dueDate: addDays(today, -1),
    });
    jest.restoreAllMocks();
    await action({
      criterionCode: 'VAK-02',
      title: 'Scholingsplan vernieuwen',
      ownerId: contributorId,
      dueDate: addDays(today, 10),
    });
    await action({ criterionCode: 'IMP-01', title: 'Registratie op orde' });
    const done = await action({ criterionCode: 'OPD-01', title: 'Beleidsplan vaststellen' });
    await qo.client
      .patch(`/api/v1/actions/${done.id}`, {
        version: done.version,
        status: 'done',
        reflection: 'Vastgesteld door het bestuur.',
      })
      .expect(200);

    later = await startSmallRound(qo, rubricId, {
      title: 'Tussenmeting',
      targetDate: addDays(today, 200),
    });
    await answerSmallRound(qo, later, { level: 4, withEvidence: ['OPD-01'], evidence: annual });

    strangerRound = await startRound(stranger, { title: 'Andermans ronde' });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await app.close();
  });

  describe('GET /api/v1/rounds/{roundId}/readiness', () => {
    const path = () => `/api/v1/rounds/${current.id}/readiness`;

    it('gives the quality officer the figures the domain function computes from the same data', async () => {
      const response = await qo.client.get(path()).expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body).toEqual(await expectedReport(qo.client, current.id, today));
    });

    it('shows the round, the day of the figures and the days left to the target date', async () => {
      const report = (await qo.client.get(path()).expect(200)).body as RoundReadinessReport;
      expect(report.round).toEqual({
        id: current.id,
        title: 'Zelfevaluatie 2026',
        status: 'draft',
        targetDate: target,
        rubricId: 'sterk-sociaal-werk',
        rubricVersion: '1.0.0',
        contentHash: null,
      });
      expect(report.referenceDate).toBe(today);
      expect(report.daysToTarget).toBe(60);
      expect(report.targetScore).toBe(100);
    });

    it('counts statuses and readiness as of today', async () => {
      const report = (await qo.client.get(path()).expect(200)).body as RoundReadinessReport;
      expect(report.statusCounts).toEqual({
        met: 2,
        gap: 1,
        'not-scored': 18,
        'not-applicable': 1,
        'evidence-missing': 1,
        'evidence-expired': 1,
      });
      // Met: OPD-01 (2) and VMS-03 (3) of 52 applicable weight (53 minus OPD-05).
      expect(report.overall).toMatchObject({ score: 9.6, metWeight: 5, applicableWeight: 52 });
      expect(report.domains.map((domain) => [domain.code, domain.score])).toEqual([
        ['OPD', 25],
        ['VMS', 27.3],
        ['VAK', 0],
        ['IMP', 0],
      ]);
      expect(report.criteria).toHaveLength(24);
      expect(report.criteria[0]).toEqual({
        code: 'OPD-01',
        title: expect.any(String),
        domainCode: 'OPD',
        weight: 2,
        required: true,
        status: 'met',
        level: 3,
        metLevel: 3,
        targetLevel: 4,
        maxLevel: 4,
      });
      expect(report.criteria.find((row) => row.code === 'VAK-01')).toMatchObject({
        status: 'gap',
        level: 2,
        targetLevel: 3,
      });
    });

    it('lists the blockers on the target date: evidence expiring before then blocks already', async () => {
      const report = (await qo.client.get(path()).expect(200)).body as RoundReadinessReport;
      expect(report.blockersOn).toBe(target);
      const status = new Map(report.blockers.map((blocker) => [blocker.code, blocker.status]));
      expect(status.get('OPD-01')).toBe('evidence-expired');
      expect(status.get('VAK-01')).toBe('gap');
      expect(status.get('VAK-02')).toBe('evidence-expired');
      expect(status.get('IMP-01')).toBe('evidence-missing');
      expect(status.get('VMS-03')).toBeUndefined();
      // Optional criteria never block, whatever their state.
      expect(status.has('OPD-05')).toBe(false);
      expect(status.has('IMP-06')).toBe(false);
      const required = new Set(
        report.criteria.filter((row) => row.required).map((row) => row.code),
      );
      expect(report.blockers.every((blocker) => required.has(blocker.code))).toBe(true);
      const weights = report.blockers.map((blocker) => blocker.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
      expect(report.blockers).toHaveLength(21);
    });

    it('lists the evidence that expires before the target date, with the criteria it supports', async () => {
      const report = (await qo.client.get(path()).expect(200)).body as RoundReadinessReport;
      expect(report.expiringBeforeTarget).toEqual([
        {
          evidenceId: expiring.id,
          title: 'Beleidsplan 2026',
          kind: 'beleidsplan',
          validUntil: addDays(today, 30),
          criterionCodes: ['OPD-01', 'VMS-03'],
        },
      ]);
    });

    it('summarises the improvement actions per owner: open, overdue and done', async () => {
      const report = (await qo.client.get(path()).expect(200)).body as RoundReadinessReport;
      expect(report.actions).toEqual({
        open: 3,
        overdue: 1,
        done: 1,
        byOwner: [
          {
            owner: { memberId: contributorId, displayName: 'Test contributor' },
            open: 2,
            overdue: 1,
          },
          { owner: null, open: 1, overdue: 0 },
        ],
      });
    });

    it('moves with the clock: after the evidence expired it is no longer listed as expiring', async () => {
      const day = addDays(today, 40);
      setToday(app, day);
      const report = (await qo.client.get(path()).expect(200)).body as RoundReadinessReport;
      expect(report).toEqual(await expectedReport(qo.client, current.id, day));
      expect(report.daysToTarget).toBe(20);
      expect(report.expiringBeforeTarget).toEqual([]);
      expect(report.criteria.find((row) => row.code === 'OPD-01')?.status).toBe('evidence-expired');
      expect(report.statusCounts.met).toBe(1);
    });

    it('once the target date has passed, counts negative days and judges blockers today', async () => {
      const day = addDays(today, 90);
      setToday(app, day);
      const report = (await qo.client.get(path()).expect(200)).body as RoundReadinessReport;
      expect(report.referenceDate).toBe(day);
      expect(report.daysToTarget).toBe(-30);
      expect(report.blockersOn).toBe(day);
      expect(report).toEqual(await expectedReport(qo.client, current.id, day));
    });

    it('gives contributors and managers the same report', async () => {
      const mine = (await qo.client.get(path()).expect(200)).body;
      for (const member of [contributor, manager]) {
        const response = await member.client.get(path());
        expect(response.status).toBe(200);
        expect(response.body).toEqual(mine);
      }
    });

    it('answers 404 for a round of another organisation, both ways, and for an unknown or malformed id', async () => {
      for (const [actor, roundId] of [
        [stranger, current.id],
        [qo, strangerRound.id],
        [qo, randomUUID()],
        [qo, 'not-a-uuid'],
      ] as const) {
        const response = await actor.client.get(`/api/v1/rounds/${roundId}/readiness`);
        expect(response.status).toBe(404);
        expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
        expect(response.body.type).toBe('/problems/not-found');
      }
      const english = await stranger.client
        .get(`/api/v1/rounds/${current.id}/readiness`)
        .set('Accept-Language', 'en');
      expect(english.body.title).not.toEqual(
        (await stranger.client.get(`/api/v1/rounds/${current.id}/readiness`)).body.title,
      );
    });

    it('answers 401 without a session and 403 to a platform admin, who belongs to no organisation', async () => {
      const anonymous = await ApiClient.create(app);
      const response = await anonymous.get(path());
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      const admin = await createPlatformAdmin(app);
      expect((await admin.client.get(path())).status).toBe(403);
    });
  });

  describe('GET /api/v1/organisation/trend', () => {
    it('gives every round, oldest first, with the readiness of its own reference day', async () => {
      const trend = (await qo.client.get('/api/v1/organisation/trend').expect(200))
        .body as OrganisationTrend;
      expect(trend.rounds.map((point) => [point.title, point.status])).toEqual([
        ['Zelfevaluatie 2025', 'submitted'],
        ['Zelfevaluatie 2026', 'draft'],
        ['Tussenmeting', 'draft'],
      ]);
      const [first, second, third] = trend.rounds;
      expect(first.submittedAt).toEqual(expect.any(String));
      expect(second.submittedAt).toBeNull();
      // Submitted today and drafts measured today: the same figures as each round's report.
      for (const point of trend.rounds) {
        const report = (
          await qo.client.get(`/api/v1/rounds/${point.roundId}/readiness`).expect(200)
        ).body as RoundReadinessReport;
        expect(point.overall).toBe(report.overall.score);
        expect(point.domains).toEqual(
          report.domains.map(({ code, title, score }) => ({ code, title, score })),
        );
        expect(point.targetDate).toBe(report.round.targetDate);
      }
      // OPD-02 and VMS-01 met (2 + 2) of 49 applicable weight (53 minus three waived criteria).
      expect(first.overall).toBe(8.2);
      expect(second.overall).toBe(9.6);
      expect(third.domains.map((domain) => domain.code)).toEqual(['OPD', 'VAK']);
      expect(third.overall).toBe(40);
    });

    it('keeps measuring a submitted round on its submission day while drafts move with the clock', async () => {
      const before = (await qo.client.get('/api/v1/organisation/trend').expect(200))
        .body as OrganisationTrend;
      setToday(app, addDays(today, 400));
      const after = (await qo.client.get('/api/v1/organisation/trend').expect(200))
        .body as OrganisationTrend;
      // The submitted round keeps its figure; the draft loses OPD-01, whose only evidence expired.
      expect(after.rounds[0]).toEqual(before.rounds[0]);
      expect(after.rounds[1].overall).toBe(5.8);
    });

    it('is there for contributors and managers, and only with their own organisation’s rounds', async () => {
      const mine = (await qo.client.get('/api/v1/organisation/trend').expect(200)).body;
      for (const member of [contributor, manager]) {
        expect((await member.client.get('/api/v1/organisation/trend').expect(200)).body).toEqual(
          mine,
        );
      }
      const theirs = (await stranger.client.get('/api/v1/organisation/trend').expect(200))
        .body as OrganisationTrend;
      expect(theirs.rounds.map((point) => point.roundId)).toEqual([strangerRound.id]);
    });

    it('answers 401 without a session and 403 to a platform admin', async () => {
      const anonymous = await ApiClient.create(app);
      expect((await anonymous.get('/api/v1/organisation/trend')).status).toBe(401);
      const admin = await createPlatformAdmin(app);
      const response = await admin.client.get('/api/v1/organisation/trend');
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    });
  });

  describe('GET /api/v1/rounds/{roundId}/comparison?with={otherRoundId}', () => {
    it('compares the previous round with the current one as the domain function does', async () => {
      const response = await manager.client
        .get(`/api/v1/rounds/${current.id}/comparison?with=${previous.id}`)
        .expect(200);
      const expected = compareRounds(
        await comparisonSide(qo.client, previous.id, today),
        await comparisonSide(qo.client, current.id, today),
      );
      expect(response.body).toEqual(expected);
    });

    it('says per criterion what improved, declined or stayed, with both rationales', async () => {
      const comparison = (
        await qo.client
          .get(`/api/v1/rounds/${current.id}/comparison?with=${previous.id}`)
          .expect(200)
      ).body as RoundComparison;
      expect(comparison.from).toEqual({ id: previous.id, title: 'Zelfevaluatie 2025' });
      expect(comparison.to).toEqual({ id: current.id, title: 'Zelfevaluatie 2026' });
      const byCode = new Map(comparison.criteria.map((row) => [row.code, row]));
      expect(byCode.get('OPD-01')).toMatchObject({
        change: 'improved',
        before: { level: 3, status: 'evidence-missing', rationale: 'Onderbouwing bij OPD-01.' },
        after: { level: 3, status: 'met', rationale: 'Nu: OPD-01 op niveau 3.' },
      });
      expect(byCode.get('VAK-01')?.change).toBe('declined');
      expect(byCode.get('OPD-02')?.change).toBe('declined');
      expect(byCode.get('VMS-03')?.change).toBe('improved');
      expect(byCode.get('OPD-05')).toMatchObject({
        change: 'unchanged',
        before: { level: null, status: 'not-applicable', rationale: 'Wij bieden dit niet aan.' },
      });
      // Same level, still not met (VAK-02, IMP-01), and no level either time (the waivable three).
      for (const code of ['VAK-02', 'IMP-01', 'VAK-08', 'IMP-06']) {
        expect({ code, change: byCode.get(code)?.change }).toEqual({ code, change: 'unchanged' });
      }
      expect(comparison.counts).toEqual({
        improved: 2,
        declined: 17,
        unchanged: 5,
        added: 0,
        removed: 0,
      });
      expect(comparison.criteria).toHaveLength(24);
    });

    it('matches rounds on different rubrics by criterion code: the rest is added or removed', async () => {
      const comparison = (
        await qo.client.get(`/api/v1/rounds/${later.id}/comparison?with=${current.id}`).expect(200)
      ).body as RoundComparison;
      expect(comparison.criteria.slice(0, 3).map((row) => [row.code, row.change])).toEqual([
        ['OPD-01', 'improved'],
        ['OPD-02', 'improved'],
        ['VAK-01', 'improved'],
      ]);
      expect(comparison.counts).toEqual({
        improved: 3,
        declined: 0,
        unchanged: 0,
        added: 0,
        removed: 21,
      });
      const back = (
        await qo.client.get(`/api/v1/rounds/${current.id}/comparison?with=${later.id}`).expect(200)
      ).body as RoundComparison;
      expect(back.counts).toEqual({
        improved: 0,
        declined: 3,
        unchanged: 0,
        added: 21,
        removed: 0,
      });
    });

    it('answers 404 when either round belongs to another organisation', async () => {
      for (const [actor, roundId, other] of [
        [qo, current.id, strangerRound.id],
        [qo, strangerRound.id, current.id],
        [stranger, strangerRound.id, current.id],
        [qo, current.id, randomUUID()],
      ] as const) {
        const response = await actor.client.get(
          `/api/v1/rounds/${roundId}/comparison?with=${other}`,
        );
        expect(response.status).toBe(404);
        expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      }
    });

    it('answers 400 without a valid `with` and for unknown parameters', async () => {
      for (const query of ['', '?with=not-a-uuid', `?with=${previous.id}&extra=1`]) {
        const response = await qo.client.get(`/api/v1/rounds/${current.id}/comparison${query}`);
        expect(response.status).toBe(400);
        expect(response.body.type).toBe('/problems/validation-failed');
      }
    });

    it('is for members only: contributors read it, anonymous clients get 401', async () => {
      await contributor.client
        .get(`/api/v1/rounds/${current.id}/comparison?with=${previous.id}`)
        .expect(200);
      const anonymous = await ApiClient.create(app);
      expect(
        (await anonymous.get(`/api/v1/rounds/${current.id}/comparison?with=${previous.id}`)).status,
      ).toBe(401);
    });
  });

  it("takes the organisation's ambition per criterion from targetLevel, within the scale, else the met level", async () => {
    const round = await startRound(qo, { title: 'Ambities' });
    const version =
      round.responses.find((response) => response.criterionCode === 'VAK-03')?.version ?? 1;
    const refused = await qo.client
      .put(`/api/v1/rounds/${round.id}/responses/VAK-03`, { version, level: 2, targetLevel: 5 })
      .expect(422);
    expect(refused.body).toMatchObject({ type: '/problems/level-outside-scale' });
    const saved = await saveResponse(qo.client, round.id, 'VAK-03', version, {
      level: 2,
      targetLevel: 4,
    });
    const row = async () =>
      (
        (await qo.client.get(`/api/v1/rounds/${round.id}/readiness`).expect(200))
          .body as RoundReadinessReport
      ).criteria.find((criterion) => criterion.code === 'VAK-03');
    expect(await row()).toMatchObject({ level: 2, metLevel: 3, targetLevel: 4, maxLevel: 4 });
    await saveResponse(qo.client, round.id, 'VAK-03', saved.version, {
      level: 2,
      targetLevel: null,
    });
    expect(await row()).toMatchObject({ level: 2, targetLevel: 3 });
  });

  it('keeps answering for a round whose waivable criteria are all waived', async () => {
    const round = await startRound(qo, { title: 'Alles n.v.t.' });
    for (const code of WAIVABLE) {
      const version =
        round.responses.find((response) => response.criterionCode === code)?.version ?? 1;
      await saveResponse(qo.client, round.id, code, version, answerFor(code));
    }
    const report = (await qo.client.get(`/api/v1/rounds/${round.id}/readiness`).expect(200))
      .body as RoundReadinessReport;
    expect(report.statusCounts['not-applicable']).toBe(3);
    expect(report.overall.score).toBe(0);
  });
});
