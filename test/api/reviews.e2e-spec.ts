import {
  AssessmentRoundDetail,
  computePeerGaps,
  computeReadiness,
  formatDate,
  ImprovementAction,
  Leerrapport,
  mergeJudgements,
  PeerGaps,
  PeerJudgement,
  ReviewDetail,
  ReviewFinding,
  ReviewSummary,
  RoundEvent,
  RubricVersionDetail,
} from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import { ApiClient } from '../support/api-client';
import { DAY_MS, shiftClock } from '../support/clock';
import { Actor, addMember, registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { completeReview, ReviewWriter, writerOf } from '../support/review-writing';
import { addReviewer, loginAgain, submittedRound } from '../support/reviews';
import { RUBRIC, startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The lead is critical on OPD, the second reviewer on VAK; IMP-01 only the lead judges. */
const LEAD_JUDGEMENTS: Record<string, PeerJudgement> = {
  'OPD-01': 'partly-meets',
  'OPD-02': 'does-not-meet',
  'VAK-01': 'meets',
  'IMP-01': 'meets',
};
const SECOND_JUDGEMENTS: Record<string, PeerJudgement> = {
  'OPD-01': 'meets',
  'VAK-01': 'does-not-meet',
  'IMP-01': 'not-assessed',
};
const leadJudgement = (code: string): PeerJudgement => LEAD_JUDGEMENTS[code] ?? 'meets';
const secondJudgement = (code: string): PeerJudgement => SECOND_JUDGEMENTS[code] ?? 'meets';

describe('reviews, findings and hoor en wederhoor', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let contributor: Actor;
  let manager: Actor;
  let peerOrganisation: Actor;
  let stranger: Actor;
  let round: AssessmentRoundDetail;
  let openRound: AssessmentRoundDetail;
  let codes: string[];
  let lead: ReviewWriter;
  let second: ReviewWriter;

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app, 'Stichting Getoetst');
    contributor = await addMember(app, qo, 'contributor');
    manager = await addMember(app, qo, 'manager');
    peerOrganisation = await registerOrganisation(app, 'Stichting Buurtkracht');
    stranger = await registerOrganisation(app, 'Stichting Elders');
    round = await submittedRound(qo, { title: 'Zelfevaluatie 2025' });
    openRound = await startRound(qo, { title: 'Zelfevaluatie 2026' });
    codes = round.responses.map((response) => response.criterionCode);
    lead = writerOf(
      await addReviewer(app, qo, round.id, { as: peerOrganisation, invitation: { lead: true } }),
    );
    second = writerOf(
      await addReviewer(app, qo, round.id, {
        invitation: { reviewerOrganisationName: 'Welzijn Oost', lead: false },
      }),
    );
  });

  afterAll(async () => {
    await app.close();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  const reviewPath = (reviewer: ReviewWriter, rest = '') =>
    `/api/v1/reviews/${reviewer.reviewId}${rest}`;

  describe('GET /api/v1/reviews', () => {
    it('answers 401 without a session', async () => {
      const response = await (await ApiClient.create(app)).get('/api/v1/reviews');
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    });

    it("lists the reviewer's own review with the state of the invitation", async () => {
      const response = await second.client.get('/api/v1/reviews').expect(200);
      expect(response.body).toEqual([
        {
          id: second.reviewId,
          roundId: round.id,
          roundTitle: 'Zelfevaluatie 2025',
          organisationName: 'Stichting Getoetst',
          reviewer: { userId: expect.any(String), displayName: 'Toetser Test' },
          reviewerOrganisationName: 'Welzijn Oost',
          status: 'draft',
          lead: false,
          expiresAt: expect.any(String),
          submittedAt: null,
          canOpen: true,
          access: 'active',
          perspective: 'reviewer',
        },
      ]);
    });

    it('lists the reviews of the active organisation, drafts without access to their content', async () => {
      const response = await manager.client.get('/api/v1/reviews').expect(200);
      const reviews = response.body as ReviewSummary[];
      expect(reviews.map((r) => [r.id, r.status, r.canOpen, r.perspective, r.lead])).toEqual([
        [lead.reviewId, 'draft', false, 'organisation', true],
        [second.reviewId, 'draft', false, 'organisation', false],
      ]);
      const own = (await stranger.client.get('/api/v1/reviews').expect(200)).body;
      expect(own).toEqual([]);
    });
  });

  describe('PUT /api/v1/reviews/{reviewId}/findings/{criterionCode}', () => {
    it('saves the judgement, finding and questions of the review’s own reviewer', async () => {
      const response = await lead.client
        .put(reviewPath(lead, '/findings/OPD-01'), {
          judgement: 'partly-meets',
          finding: '  De opdracht is bekend bij het management, minder in de teams. ',
          questions: 'Hoe nemen jullie nieuwe medewerkers mee?',
        })
        .expect(200);
      expect(response.body).toEqual({
        criterionCode: 'OPD-01',
        judgement: 'partly-meets',
        finding: 'De opdracht is bekend bij het management, minder in de teams.',
        questions: 'Hoe nemen jullie nieuwe medewerkers mee?',
        response: null,
        actionId: null,
        updatedAt: expect.any(String),
        version: 1,
      });
    });

    it('answers a stale version with 409 and the current finding', async () => {
      await lead.client
        .put(reviewPath(lead, '/findings/OPD-01'), {
          judgement: 'partly-meets',
          finding: 'Aangescherpt.',
          version: 1,
        })
        .expect(200);
      const stale = await lead.client
        .put(reviewPath(lead, '/findings/OPD-01'), {
          judgement: 'meets',
          finding: 'Oude tab.',
          version: 1,
        })
        .expect(409);
      expect(stale.body).toMatchObject({
        type: '/problems/version-conflict',
        current: { criterionCode: 'OPD-01', finding: 'Aangescherpt.', version: 2 },
      });
    });

    it("does not let anyone else write, or even see, someone's draft review", async () => {
      const body = { judgement: 'meets', finding: 'x' };
      await second.client.put(reviewPath(lead, '/findings/OPD-01'), body).expect(404);
      await second.client.get(reviewPath(lead)).expect(404);
      await qo.client.get(reviewPath(lead)).expect(404);
      const forbidden = await qo.client.put(reviewPath(lead, '/findings/OPD-01'), body).expect(403);
      expect(forbidden.body.type).toBe('/problems/forbidden');
      await stranger.client.get(reviewPath(lead)).expect(404);
    });

    it('refuses criteria outside the rubric and invalid input', async () => {
      const unknown = await lead.client
        .put(reviewPath(lead, '/findings/XYZ-01'), { judgement: 'meets', finding: '' })
        .expect(422);
      expect(unknown.body.detail).toBe(
        'Criterium XYZ-01 hoort niet bij het normenkader van deze ronde.',
      );
      const invalid = await lead.client
        .put(reviewPath(lead, '/findings/OPD-02'), {
          judgement: 'voldoet',
          finding: 'x'.repeat(10_001),
          extra: true,
        })
        .expect(400);
      expect(invalid.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'extra',
        'finding',
        'judgement',
      ]);
    });
  });

  describe('PUT /api/v1/reviews/{reviewId}/overall', () => {
    const overall = { judgement: 'meets', strengths: 'Open houding.', improvements: '' };

    it('saves with the version last seen, which a finding saved meanwhile leaves current', async () => {
      const before = (await second.client.get(reviewPath(second)).expect(200)).body as ReviewDetail;
      const saved = (
        await second.client
          .put(reviewPath(second, '/overall'), { ...overall, version: before.version })
          .expect(200)
      ).body as ReviewDetail;
      expect(saved.overall).toEqual(overall);
      expect(saved.version).toBe(before.version + 1);

      await second.client
        .put(reviewPath(second, '/findings/VAK-01'), { judgement: 'meets', finding: 'Tussendoor.' })
        .expect(200);
      const again = await second.client
        .put(reviewPath(second, '/overall'), {
          ...overall,
          improvements: 'Meer meten.',
          version: saved.version,
        })
        .expect(200);
      expect(again.body).toMatchObject({
        overall: { improvements: 'Meer meten.' },
        version: saved.version + 1,
      });
    });

    it('answers a stale version with 409 and the review as it is now', async () => {
      const current = (await second.client.get(reviewPath(second)).expect(200))
        .body as ReviewDetail;
      const stale = await second.client
        .put(reviewPath(second, '/overall'), {
          ...overall,
          strengths: 'Oude tab.',
          version: current.version - 1,
        })
        .expect(409);
      expect(stale.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(stale.body).toMatchObject({
        type: '/problems/version-conflict',
        current: {
          id: second.reviewId,
          overall: { strengths: 'Open houding.', improvements: 'Meer meten.' },
          version: current.version,
        },
      });
      const after = (await second.client.get(reviewPath(second)).expect(200)).body as ReviewDetail;
      expect(after.overall.strengths).toBe('Open houding.');
    });
  });

  describe('POST /api/v1/reviews/{reviewId}/submit', () => {
    it('lists what is missing in Dutch and English', async () => {
      const response = await lead.client.post(reviewPath(lead, '/submit')).expect(422);
      expect(response.body).toMatchObject({
        type: '/problems/review-incomplete',
        missingOverall: true,
      });
      expect(response.body.missingCriteria).toEqual(codes.filter((code) => code !== 'OPD-01'));
      expect(response.body.detail).toContain('Nog zonder oordeel: OPD-02, OPD-03');
      const english = await lead.client.agent
        .post(reviewPath(lead, '/submit'))
        .set('X-XSRF-TOKEN', lead.client.token)
        .set('Accept-Language', 'en')
        .expect(422);
      expect(english.body.detail).toContain('Without a judgement yet: OPD-02, OPD-03');
    });

    it('locks the review once every criterion and the overall judgement are judged', async () => {
      const submitted = await completeReview(lead, codes, leadJudgement, 'partly-meets');
      expect(submitted).toMatchObject({
        id: lead.reviewId,
        status: 'submitted',
        overall: { judgement: 'partly-meets', strengths: 'Betrokken teams.' },
      });
      expect(submitted.findings.map((f) => f.criterionCode)).toEqual(codes);
      const again = await lead.client
        .put(reviewPath(lead, '/findings/OPD-01'), { judgement: 'meets', finding: 'Toch.' })
        .expect(409);
      expect(again.body).toMatchObject({
        type: '/problems/review-submitted',
        detail: 'Deze toetsing is ingediend en kan niet meer worden gewijzigd.',
      });
      await lead.client
        .put(reviewPath(lead, '/overall'), { judgement: 'meets', strengths: '', improvements: '' })
        .expect(409);
      await lead.client.post(reviewPath(lead, '/submit')).expect(409);
    });

    it('shows the submitted review to the organisation and to the other reviewer', async () => {
      const asMember = (await contributor.client.get(reviewPath(lead)).expect(200))
        .body as ReviewDetail;
      expect(asMember).toMatchObject({ perspective: 'organisation', status: 'submitted' });
      expect(asMember.findings).toHaveLength(codes.length);
      const asCoReviewer = (await second.client.get(reviewPath(lead)).expect(200))
        .body as ReviewDetail;
      expect(asCoReviewer.id).toBe(lead.reviewId);
    });
  });

  describe('POST /api/v1/rounds/{roundId}/leerrapport/issue', () => {
    it('is for the lead reviewer only, once the other reviews are in', async () => {
      const path = `/api/v1/rounds/${round.id}/leerrapport/issue`;
      const notLead = await second.client.post(path, {}).expect(403);
      expect(notLead.body.type).toBe('/problems/not-lead-reviewer');
      const pending = await lead.client.post(path, {}).expect(409);
      expect(pending.body).toMatchObject({ type: '/problems/reviews-pending' });
      expect(pending.body.detail).toContain('Toetser Test (Welzijn Oost)');
      await qo.client.post(path, {}).expect(403);
      await lead.client.post(path, { hearingDays: 0 }).expect(400);
    });

    it('merges the submitted reviews and opens the hearing for 14 days', async () => {
      await completeReview(second, codes, secondJudgement, 'meets');
      const response = await lead.client
        .post(`/api/v1/rounds/${round.id}/leerrapport/issue`, {})
        .expect(201);
      const leerrapport = response.body as Leerrapport;
      expect(leerrapport).toMatchObject({
        roundId: round.id,
        organisationName: 'Stichting Getoetst',
        status: 'hearing',
        leadReviewId: lead.reviewId,
        hearingEndsOn: addDays(today(), 14),
        hearingOpen: true,
        contentHash: null,
        overall: { mergedJudgement: 'partly-meets' },
      });
      for (const criterion of leerrapport.criteria) {
        expect(criterion.mergedJudgement).toBe(
          mergeJudgements([
            leadJudgement(criterion.criterionCode),
            secondJudgement(criterion.criterionCode),
          ]),
        );
        expect(criterion.findings.map((f) => f.reviewId)).toEqual([lead.reviewId, second.reviewId]);
      }
      const byCode = new Map(leerrapport.criteria.map((c) => [c.criterionCode, c.mergedJudgement]));
      expect([byCode.get('OPD-01'), byCode.get('VAK-01'), byCode.get('IMP-01')]).toEqual([
        'partly-meets',
        'does-not-meet',
        'meets',
      ]);
      const twice = await lead.client
        .post(`/api/v1/rounds/${round.id}/leerrapport/issue`, {})
        .expect(409);
      expect(twice.body.type).toBe('/problems/leerrapport-issued');
    });
  });

  describe('PUT /api/v1/reviews/{reviewId}/findings/{criterionCode}/response', () => {
    it("records the quality officer's response during the hearing", async () => {
      const response = await qo.client
        .put(reviewPath(lead, '/findings/OPD-02/response'), {
          text: 'Herkenbaar; we bespreken de opdracht in elk teamoverleg.',
        })
        .expect(200);
      expect(response.body).toMatchObject({
        criterionCode: 'OPD-02',
        judgement: 'does-not-meet',
        response: {
          text: 'Herkenbaar; we bespreken de opdracht in elk teamoverleg.',
          respondedBy: { userId: qo.me.user.id, displayName: 'Kwaliteit Test' },
          respondedAt: expect.any(String),
        },
        version: 2,
      });
      const stale = await qo.client
        .put(reviewPath(lead, '/findings/OPD-02/response'), { text: 'Oud', version: 1 })
        .expect(409);
      expect(stale.body.type).toBe('/problems/version-conflict');
    });

    it('is for the quality officer of the reviewed organisation only', async () => {
      const body = { text: 'Reactie' };
      await contributor.client.put(reviewPath(lead, '/findings/OPD-01/response'), body).expect(403);
      await manager.client.put(reviewPath(lead, '/findings/OPD-01/response'), body).expect(403);
      await lead.client.put(reviewPath(lead, '/findings/OPD-01/response'), body).expect(404);
      await stranger.client.put(reviewPath(lead, '/findings/OPD-01/response'), body).expect(404);
      await qo.client.put(reviewPath(lead, '/findings/OPD-01/response'), { text: '' }).expect(400);
    });
  });

  describe('POST /api/v1/reviews/{reviewId}/findings/{criterionCode}/action', () => {
    it("plans a verbeteractie from a finding in one step, in the organisation's open round", async () => {
      const response = await qo.client
        .post(reviewPath(second, '/findings/VAK-01/action'), {
          title: 'Intervisie in elk team',
          dueDate: '2099-06-30',
        })
        .expect(201);
      const action = response.body as ImprovementAction;
      expect(action).toMatchObject({
        roundId: openRound.id,
        criterionCode: 'VAK-01',
        title: 'Intervisie in elk team',
        status: 'open',
        dueDate: '2099-06-30',
      });
      const actions = (await qo.client.get('/api/v1/actions').expect(200))
        .body as ImprovementAction[];
      expect(actions.map((a) => a.id)).toContain(action.id);
      const finding = (
        (await qo.client.get(reviewPath(second)).expect(200)).body as ReviewDetail
      ).findings.find((f) => f.criterionCode === 'VAK-01') as ReviewFinding;
      expect(finding.actionId).toBe(action.id);
      const twice = await qo.client
        .post(reviewPath(second, '/findings/VAK-01/action'), { title: 'Nog een' })
        .expect(409);
      expect(twice.body).toMatchObject({
        type: '/problems/finding-has-action',
        actionId: action.id,
      });
    });

    it('is for the quality officer only, and never on another organisation', async () => {
      const body = { title: 'Actie' };
      await contributor.client
        .post(reviewPath(second, '/findings/OPD-01/action'), body)
        .expect(403);
      await second.client.post(reviewPath(second, '/findings/OPD-01/action'), body).expect(403);
      await stranger.client.post(reviewPath(second, '/findings/OPD-01/action'), body).expect(404);
      await qo.client
        .post(reviewPath(second, '/findings/OPD-01/action'), { title: '' })
        .expect(400);
    });
  });

  describe('GET /api/v1/rounds/{roundId}/peer-gaps', () => {
    it('compares the self-assessment with the merged peer judgement, as the domain does', async () => {
      const gaps = (await manager.client.get(`/api/v1/rounds/${round.id}/peer-gaps`).expect(200))
        .body as PeerGaps;
      const leerrapport = (
        await manager.client.get(`/api/v1/rounds/${round.id}/leerrapport`).expect(200)
      ).body as Leerrapport;
      const rubric = (
        await qo.client
          .get(`/api/v1/rubrics/${RUBRIC.rubricId}/versions/${RUBRIC.rubricVersion}`)
          .expect(200)
      ).body as RubricVersionDetail;
      const detail = (await qo.client.get(`/api/v1/rounds/${round.id}`).expect(200))
        .body as AssessmentRoundDetail;
      const readiness = computeReadiness(
        rubric,
        detail.responses.map((r) => ({
          criterionCode: r.criterionCode,
          level: r.level,
          notApplicable: r.notApplicable,
          evidence: r.evidence.map((e) => ({ id: e.id, validUntil: e.validUntil })),
        })),
        gaps.referenceDate,
      );
      const expected = computePeerGaps(
        readiness.criteria,
        new Map(leerrapport.criteria.map((c) => [c.criterionCode, c.mergedJudgement])),
      );
      expect(gaps).toEqual({
        roundId: round.id,
        source: 'leerrapport',
        referenceDate: today(),
        counts: expected.counts,
        criteria: expected.rows,
      });
      // The test round claims level 3 without evidence: partly met by its own account.
      expect(gaps.criteria.find((c) => c.criterionCode === 'OPD-02')).toMatchObject({
        selfStatus: 'evidence-missing',
        selfJudgement: 'partly-meets',
        peerJudgement: 'does-not-meet',
        gap: 'peer-lower',
      });
    });

    it('is for members of the organisation only', async () => {
      await lead.client.get(`/api/v1/rounds/${round.id}/peer-gaps`).expect(404);
      await stranger.client.get(`/api/v1/rounds/${round.id}/peer-gaps`).expect(404);
    });
  });

  describe('the end of the hearing', () => {
    it('refuses responses after the last day and makes the leerrapport final by itself', async () => {
      shiftClock(app, 15 * DAY_MS);
      const officer = await loginAgain(app, qo.email);
      const late = await officer
        .put(reviewPath(lead, '/findings/OPD-01/response'), { text: 'Te laat' })
        .expect(409);
      expect(late.body).toMatchObject({
        type: '/problems/hearing-closed',
        detail: expect.stringContaining(formatDate(addDays(today(), 14), 'nl')),
      });
      const leerrapport = (await officer.get(`/api/v1/rounds/${round.id}/leerrapport`).expect(200))
        .body as Leerrapport;
      expect(leerrapport).toMatchObject({ status: 'final', hearingOpen: false });
      expect(leerrapport.contentHash).toMatch(/^[0-9a-f]{64}$/);
      const opd02 = leerrapport.criteria.find((c) => c.criterionCode === 'OPD-02');
      expect(opd02?.findings[0].response?.text).toBe(
        'Herkenbaar; we bespreken de opdracht in elk teamoverleg.',
      );
      const detail = (await officer.get(`/api/v1/rounds/${round.id}`).expect(200)).body;
      expect(detail.status).toBe('reviewed');
      const finalise = await officer
        .post(`/api/v1/rounds/${round.id}/leerrapport/finalise`)
        .expect(409);
      expect(finalise.body.type).toBe('/problems/leerrapport-final');
    });

    it("keeps every reviewer action and response in the round's history", async () => {
      // The sessions expired while the clock was ahead.
      const officer = await loginAgain(app, qo.email);
      const events = (await officer.get(`/api/v1/rounds/${round.id}/events`).expect(200))
        .body as RoundEvent[];
      const ofReviews = events.filter((event) => event.subject === 'review');
      const types = new Set(ofReviews.map((event) => event.type));
      expect([...types]).toEqual(
        expect.arrayContaining([
          'review.finding-saved',
          'review.overall-saved',
          'review.submitted',
          'leerrapport.issued',
          'finding.responded',
          'finding.action-created',
          'leerrapport.finalised',
        ]),
      );
      const saved = ofReviews.filter(
        (e) => e.type === 'review.finding-saved' && e.subjectId === lead.reviewId,
      );
      expect(saved.length).toBe(codes.length + 2);
      expect(saved[1]).toMatchObject({
        criterionCode: 'OPD-01',
        actor: { userId: peerOrganisation.me.user.id, displayName: 'Kwaliteit Test' },
        before: { judgement: 'partly-meets' },
        after: { judgement: 'partly-meets', finding: 'Aangescherpt.' },
      });
      const finalised = ofReviews.find((e) => e.type === 'leerrapport.finalised');
      expect(finalised).toMatchObject({ actor: null, after: { closedEarly: false } });
    });
  });
});
