import {
  AssessmentRoundDetail,
  CheckIn,
  CriterionResponse,
  Evidence,
  EvidenceListItem,
  isoDayIn,
  LearningReport,
  periodOf,
  TeamDetail,
} from '@labelklaar/domain';

import { createHash } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

import { ResponseEvidenceService } from '../../apps/api/src/app/assessments/response-evidence.service';
import { Actor, addMember, registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { submittedRound } from '../support/reviews';
import { startRound } from '../support/rounds';
import { createTeam } from '../support/teams';
import { createTestApp } from '../support/test-app';
import { download, flatText, pdfPages } from './exports.fixtures';

/** Texts that must never reach anyone outside the team, nor the report. */
const INSIGHT = 'Inzicht-dat-alleen-de-auteur-leest';
const ANSWER = 'Antwoord-dat-alleen-het-team-leest';

describe('learning report and learning evidence', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let manager: Actor;
  let lead: Actor;
  let contributor: Actor;
  let professionals: Actor[];
  let loner: Actor;
  let otherOfficer: Actor;
  let noord: TeamDetail;
  let zuid: TeamDetail;
  let round: AssessmentRoundDetail;
  const today = isoDayIn(new Date());
  const quarter = periodOf(today, 'quarter');
  const period = `from=${quarter.from}&to=${quarter.to}`;

  const reflection = (teamId: string) => ({
    teamId,
    date: today,
    decisionKind: 'close-trajectory',
    dilemmas: ['continue-or-stop'],
    considerations: ['persons-wishes'],
    steps: ['Met de bewoner geëvalueerd'],
    decision: 'We sluiten het traject af met een nazorggesprek.',
    insight: INSIGHT,
  });

  const report = async (actor: Actor, query: string) =>
    (await actor.client.get(`/api/v1/learning-report?${query}`).expect(200)).body as LearningReport;

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app, 'Stichting Leren');
    manager = await addMember(app, qo, 'manager');
    lead = await addMember(app, qo, 'contributor');
    contributor = await addMember(app, qo, 'contributor');
    professionals = [
      await addMember(app, qo, 'professional'),
      await addMember(app, qo, 'professional'),
      await addMember(app, qo, 'professional'),
    ];
    loner = await addMember(app, qo, 'professional');
    otherOfficer = await registerOrganisation(app, 'Stichting Elders');
    // The officer is in the team too: turning an answer into an action takes a team member who may
    // plan actions on the criterion (check-ins.e2e-spec.ts covers who may).
    noord = await createTeam(qo, 'Wijkteam Noord', [
      [qo, 'member'],
      [lead, 'lead'],
      [contributor, 'member'],
      ...professionals.map((p): [Actor, 'member'] => [p, 'member']),
    ]);
    zuid = await createTeam(qo, 'Wijkteam Zuid', [[loner, 'member']]);
    round = await startRound(qo);

    for (const professional of professionals) {
      await professional.client.post('/api/v1/reflections', reflection(noord.id)).expect(201);
    }
    await loner.client.post('/api/v1/reflections', reflection(zuid.id)).expect(201);
    await lead.client
      .post('/api/v1/team-sessions', {
        teamId: noord.id,
        sessionType: 'intervisie',
        date: today,
        presentCount: 6,
      })
      .expect(201);
    await lead.client
      .post('/api/v1/team-agreements', {
        teamId: noord.id,
        question: 'Wanneer sluiten we een traject af?',
        agreement: 'Na een evaluatiegesprek met de bewoner.',
        agreedOn: today,
      })
      .expect(201);
    const checkIns: CheckIn[] = [];
    for (const professional of professionals) {
      const answered = await professional.client
        .post('/api/v1/check-ins', { teamId: noord.id, answers: { 'not-yet-well': ANSWER } })
        .expect(201);
      checkIns.push(answered.body as CheckIn);
    }
    await qo.client
      .post(`/api/v1/check-ins/${checkIns[0].id}/actions`, {
        question: 'not-yet-well',
        roundId: round.id,
        criterionCode: 'VAK-02',
        title: 'Vaker samen besluiten',
      })
      .expect(201);
  });

  afterAll(async () => {
    await app.close();
  });

  describe('GET /api/v1/learning-report', () => {
    it('gives the quality officer a team’s period in counts', async () => {
      const body = await report(qo, `team=${noord.id}&${period}`);
      expect(body.scope).toEqual({ kind: 'team', teamId: noord.id, teamName: 'Wijkteam Noord' });
      expect(body.period).toMatchObject({ from: quarter.from, to: quarter.to, key: quarter.key });
      expect(body.minAuthors).toBe(3);
      expect(body.reflections.byDecisionKind).toEqual({
        isShown: true,
        total: 3,
        buckets: [{ key: 'close-trajectory', count: 3 }],
        hiddenBuckets: 0,
      });
      expect(body.reflections.byModel.buckets).toEqual([{ key: 'none', count: 3 }]);
      expect(body.reflections.byDilemma.buckets).toEqual([{ key: 'continue-or-stop', count: 3 }]);
      expect(body.sessions).toMatchObject({ total: 1, totalPresent: 6 });
      expect(body.sessions.byType).toContainEqual({
        sessionType: 'intervisie',
        count: 1,
        totalPresent: 6,
      });
      expect(body.agreements).toEqual({ made: 1, reviewed: 0 });
      expect(body.checkIns.byPeriod).toMatchObject({ isShown: true, total: 3 });
      expect(body.actions.total).toBe(1);
      expect(body.actions.items).toEqual([
        expect.objectContaining({
          roundId: round.id,
          criterionCode: 'VAK-02',
          title: 'Vaker samen besluiten',
          status: 'open',
          question: 'not-yet-well',
        }),
      ]);
    });

    it('never gives a manager a reflection’s or a check-in’s text', async () => {
      for (const query of [`team=${noord.id}&${period}`, period]) {
        const response = await manager.client.get(`/api/v1/learning-report?${query}`).expect(200);
        expect(JSON.stringify(response.body)).not.toContain(INSIGHT);
        expect(JSON.stringify(response.body)).not.toContain(ANSWER);
      }
      const organisation = await report(manager, period);
      expect(organisation.scope).toEqual({ kind: 'organisation' });
      expect(organisation.reflections.byDecisionKind.total).toBe(4);
      await manager.client.get('/api/v1/reflections').expect(403);
    });

    it('hides what rests on fewer than three authors', async () => {
      const body = await report(qo, `team=${zuid.id}&${period}`);
      for (const aggregate of Object.values(body.reflections)) {
        expect(aggregate).toEqual({ isShown: false, total: null, buckets: [], hiddenBuckets: 0 });
      }
      expect(body.checkIns.byPeriod.isShown).toBe(false);
    });

    it('lets a lead read their own team only', async () => {
      const own = await report(lead, `team=${noord.id}&${period}`);
      expect(own.scope).toMatchObject({ kind: 'team', teamId: noord.id });
      for (const query of [period, `team=${zuid.id}&${period}`]) {
        const refused = await lead.client.get(`/api/v1/learning-report?${query}`);
        expect(refused.status).toBe(403);
        expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
        expect(refused.body.type).toBe('/problems/learning-report-lead-only');
      }
      const member = await contributor.client.get(
        `/api/v1/learning-report?team=${noord.id}&${period}`,
      );
      expect(member.status).toBe(403);
    });

    it('refuses professionals, strangers and another organisation', async () => {
      await professionals[0].client
        .get(`/api/v1/learning-report?team=${noord.id}&${period}`)
        .expect(403);
      await request(app.getHttpServer()).get(`/api/v1/learning-report?${period}`).expect(401);
      const foreign = await otherOfficer.client.get(
        `/api/v1/learning-report?team=${noord.id}&${period}`,
      );
      expect(foreign.status).toBe(404);
      expect(foreign.headers['content-type']).toMatch(PROBLEM_JSON);
      const own = await report(otherOfficer, period);
      expect(own.reflections.byModel.isShown).toBe(false);
      expect(own.sessions.total).toBe(0);
    });

    it.each([
      ['a day that does not exist', 'from=2026-02-30&to=2026-03-31', 400],
      ['a time instead of a day', 'from=2026-01-01T00:00:00Z&to=2026-03-31', 400],
      ['no end', 'from=2026-01-01', 400],
      ['an unknown field', `${'from=2026-01-01&to=2026-03-31'}&scope=all`, 400],
      ['a team that is no uuid', 'team=noord&from=2026-01-01&to=2026-03-31', 400],
      ['from after to', 'from=2026-04-01&to=2026-03-31', 422],
      ['more than two years', 'from=2020-01-01&to=2026-03-31', 422],
    ])('refuses %s', async (_case, query, status) => {
      const response = await qo.client.get(`/api/v1/learning-report?${query}`);
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      if (status === 422) {
        expect(response.body.type).toMatch(/^\/problems\/learning-report-period-/);
        expect(response.body.detail).toEqual(expect.any(String));
      }
    });
  });

  describe('POST /api/v1/rounds/{roundId}/learning-evidence', () => {
    const body = (criterionCodes: string[]) => ({
      from: quarter.from,
      to: quarter.to,
      team: noord.id,
      criterionCodes,
    });
    const evidenceCount = async () =>
      ((await qo.client.get('/api/v1/evidence').expect(200)).body as EvidenceListItem[]).length;
    const linkedTo = async (code: string) =>
      (
        (await qo.client.get(`/api/v1/rounds/${round.id}/responses/${code}`).expect(200))
          .body as CriterionResponse
      ).evidence.map((e) => e.id);

    it('stores the report as a PDF with its sha256 and links it to the chosen criteria', async () => {
      const response = await qo.client
        .post(`/api/v1/rounds/${round.id}/learning-evidence`, body(['VAK-01', 'VAK-02']))
        .expect(201);
      const evidence = response.body.evidence as Evidence;
      const title = `Verslag professionele besluitvorming en leren ${quarter.key.slice(-1)}e kwartaal ${quarter.key.slice(0, 4)}`;
      expect(response.body.criterionCodes).toEqual(['VAK-01', 'VAK-02']);
      expect(evidence).toMatchObject({
        title,
        evidenceKind: 'besluitvormingsverslag',
        source: 'file',
        documentDate: today,
      });
      expect(evidence.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(response.body.sha256).toBe(evidence.sha256);
      expect(await linkedTo('VAK-01')).toContain(evidence.id);
      expect(await linkedTo('VAK-02')).toContain(evidence.id);

      const file = await download(qo.client, `/api/v1/evidence/${evidence.id}/content`).expect(200);
      const bytes = file.body as Buffer;
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(evidence.sha256);
      const text = flatText(await pdfPages(bytes));
      expect(text).toContain(title);
      expect(text).toContain('Wijkteam Noord');
      expect(text).toContain('Vaker samen besluiten');
      expect(text).toContain('Zonder beslismodel');
      expect(text).not.toContain(INSIGHT);
      expect(text).not.toContain(ANSWER);
    });

    it('refuses a criterion outside vakmanschap and stores nothing', async () => {
      const before = await evidenceCount();
      const linkedBefore = await linkedTo('VAK-01');
      const response = await qo.client.post(
        `/api/v1/rounds/${round.id}/learning-evidence`,
        body(['VAK-01', 'OPD-01']),
      );
      expect(response.status).toBe(422);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body.type).toBe('/problems/learning-evidence-not-vakmanschap');
      expect(response.body.criterionCodes).toEqual(['OPD-01']);
      expect(response.body.detail).toContain('OPD-01');
      expect(await evidenceCount()).toBe(before);
      expect(await linkedTo('VAK-01')).toEqual(linkedBefore);
    });

    it('leaves no evidence and no link behind when linking fails halfway', async () => {
      const before = await evidenceCount();
      const linkedBefore = await linkedTo('VAK-01');
      const links = app.get(ResponseEvidenceService);
      const link = links.link.bind(links);
      const spy = jest
        .spyOn(links, 'link')
        .mockImplementationOnce(link)
        .mockRejectedValueOnce(new Error('the database went away'));
      try {
        const response = await qo.client.post(
          `/api/v1/rounds/${round.id}/learning-evidence`,
          body(['VAK-01', 'VAK-03']),
        );
        expect(response.status).toBe(500);
      } finally {
        spy.mockRestore();
      }
      expect(await evidenceCount()).toBe(before);
      expect(await linkedTo('VAK-01')).toEqual(linkedBefore);
    });

    it('refuses a round that is no longer open, and stores nothing', async () => {
      const submitted = await submittedRound(qo);
      const before = await evidenceCount();
      const response = await qo.client.post(
        `/api/v1/rounds/${submitted.id}/learning-evidence`,
        body(['VAK-01']),
      );
      expect(response.status).toBe(409);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body.type).toBe('/problems/round-submitted');
      expect(await evidenceCount()).toBe(before);
    });

    it('is the quality officer’s only, in their own organisation', async () => {
      for (const actor of [manager, lead, professionals[0]]) {
        await actor.client
          .post(`/api/v1/rounds/${round.id}/learning-evidence`, body(['VAK-01']))
          .expect(403);
      }
      await otherOfficer.client
        .post(`/api/v1/rounds/${round.id}/learning-evidence`, {
          from: quarter.from,
          to: quarter.to,
          criterionCodes: ['VAK-01'],
        })
        .expect(404);
    });

    it('refuses bad input with problem+json', async () => {
      const before = await evidenceCount();
      for (const [payload, status] of [
        [{ ...body(['VAK-01']), extra: true }, 400],
        [{ ...body([]) }, 400],
        [{ ...body(['VAK-01']), from: '2026-13-01' }, 400],
        [{ ...body(['VAK-01']), from: quarter.to, to: quarter.from }, 422],
      ] as const) {
        const response = await qo.client.post(
          `/api/v1/rounds/${round.id}/learning-evidence`,
          payload,
        );
        expect([response.status, response.headers['content-type']]).toEqual([
          status,
          expect.stringMatching(PROBLEM_JSON),
        ]);
      }
      expect(await evidenceCount()).toBe(before);
    });
  });
});
