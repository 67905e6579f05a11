import { AssessmentRoundDetail, CriterionResponse } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

import { Actor, addMember, registerOrganisation } from '../support/factories';
import {
  answerAll,
  answerFor,
  RUBRIC,
  saveResponse,
  sha256,
  startRound,
  uploadPdf,
  WAIVABLE,
} from '../support/rounds';
import { createTestApp } from '../support/test-app';

const ISO_INSTANT = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
const UUID = expect.stringMatching(/^[0-9a-f-]{36}$/);
const CODES = [
  ...['OPD-01', 'OPD-02', 'OPD-03', 'OPD-04', 'OPD-05'],
  ...['VMS-01', 'VMS-02', 'VMS-03', 'VMS-04', 'VMS-05'],
  ...['VAK-01', 'VAK-02', 'VAK-03', 'VAK-04', 'VAK-05', 'VAK-06', 'VAK-07', 'VAK-08'],
  ...['IMP-01', 'IMP-02', 'IMP-03', 'IMP-04', 'IMP-05', 'IMP-06'],
];

describe('assessment rounds', () => {
  let app: NestExpressApplication;
  let qo: Actor;

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app);
  });

  afterAll(async () => {
    await app.close();
  });

  describe('POST /api/v1/rounds', () => {
    it('answers 401 without a session', async () => {
      const response = await request(app.getHttpServer()).get('/api/v1/rounds').expect(401);
      expect(response.body.type).toBe('/problems/not-authenticated');
    });

    it('answers 400 with the exact problem for missing fields', async () => {
      const response = await qo.client
        .post('/api/v1/rounds', { title: '', ...RUBRIC, route: 'audit' })
        .expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body).toEqual({
        type: '/problems/validation-failed',
        title: 'Ongeldige invoer',
        status: 400,
        detail: expect.stringContaining('title is leeg: vul het in'),
        instance: '/api/v1/rounds',
        errors: [
          { field: 'title', code: 'isNotEmpty', message: 'title is leeg: vul het in' },
          {
            field: 'targetDate',
            code: 'isIsoDay',
            message: 'targetDate: vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2027-03-15',
          },
          {
            field: 'route',
            code: 'isIn',
            message: 'route: kies een van deze waarden: external-audit, peer-review, internal',
          },
        ],
      });
    });

    it.each([
      ['an unknown version', { rubricVersion: '9.9.9' }],
      ['an unknown rubric', { rubricId: 'bestaat-niet' }],
    ])('refuses %s with 422', async (_case, body) => {
      const response = await qo.client
        .post('/api/v1/rounds', {
          title: 'X',
          ...RUBRIC,
          targetDate: '2027-01-01',
          route: 'internal',
          ...body,
        })
        .expect(422);
      expect(response.body.type).toBe('/problems/rubric-not-published');
    });

    it('refuses a self-evaluation deadline after the target date', async () => {
      const response = await qo.client
        .post('/api/v1/rounds', {
          title: 'X',
          ...RUBRIC,
          targetDate: '2027-01-01',
          selfEvaluationDeadline: '2027-01-02',
          route: 'internal',
        })
        .expect(422);
      expect(response.body).toMatchObject({
        type: '/problems/deadline-after-target-date',
        status: 422,
      });
      expect(response.body.detail).toBe(
        'De uiterste datum van de zelfevaluatie (2 januari 2027) ligt na de datum waar de ronde op gericht is (1 januari 2027).',
      );
    });

    it('refuses to carry over when nothing was submitted yet', async () => {
      const fresh = await registerOrganisation(app);
      const response = await fresh.client
        .post('/api/v1/rounds', {
          title: 'X',
          ...RUBRIC,
          targetDate: '2027-01-01',
          route: 'internal',
          carryOver: true,
        })
        .expect(422);
      expect(response.body.type).toBe('/problems/no-submitted-round');
    });

    it('starts a round pinned to the rubric version with a response per criterion', async () => {
      const response = await qo.client
        .post('/api/v1/rounds', {
          title: '  Zelfevaluatie 2027 ',
          ...RUBRIC,
          targetDate: '2027-10-01',
          route: 'peer-review',
          ambitions: 'Meer impact zichtbaar maken.',
          participation: [{ group: 'clients', method: 'interview', date: '2027-05-01' }],
        })
        .expect(201);
      const round = response.body as AssessmentRoundDetail;
      const me = { userId: qo.me.user.id, displayName: 'Kwaliteit Test' };
      expect({ ...round, responses: [] }).toEqual({
        id: UUID,
        title: 'Zelfevaluatie 2027',
        rubricId: 'sterk-sociaal-werk',
        rubricVersion: '1.0.0',
        targetDate: '2027-10-01',
        route: 'peer-review',
        selfEvaluationDeadline: '2027-08-20',
        ambitions: 'Meer impact zichtbaar maken.',
        bottlenecks: '',
        participation: [{ group: 'clients', method: 'interview', date: '2027-05-01', note: '' }],
        status: 'draft',
        previousRoundId: null,
        contentHash: null,
        submittedAt: null,
        submittedBy: null,
        withdrawnAt: null,
        signOff: null,
        createdAt: ISO_INSTANT,
        updatedAt: ISO_INSTANT,
        updatedBy: me,
        version: 1,
        isSelfEvaluationOverdue: false,
        newerVersion: '1.1.0',
        progress: {
          total: 24,
          answered: 0,
          readyForReview: 0,
          carriedOver: 0,
          domains: [
            { code: 'OPD', total: 5, answered: 0 },
            { code: 'VMS', total: 5, answered: 0 },
            { code: 'VAK', total: 8, answered: 0 },
            { code: 'IMP', total: 6, answered: 0 },
          ],
        },
        responses: [],
      });
      expect(round.responses.map((r) => r.criterionCode)).toEqual(CODES);
      expect(round.responses[0]).toEqual({
        roundId: round.id,
        criterionCode: 'OPD-01',
        level: null,
        targetLevel: null,
        rationale: '',
        notApplicable: false,
        notApplicableReason: null,
        state: 'draft',
        owner: null,
        isCarriedOver: false,
        version: 1,
        updatedAt: ISO_INSTANT,
        updatedBy: me,
        evidence: [],
        review: null,
      });
    });
  });

  describe('GET /api/v1/rounds', () => {
    it('lists the rounds of the organisation with their progress', async () => {
      const round = await startRound(qo, { title: 'Lijstronde' });
      await saveResponse(qo.client, round.id, 'VMS-02', 1);
      const response = await qo.client.get('/api/v1/rounds').expect(200);
      const listed = (response.body as AssessmentRoundDetail[]).find(
        (item) => item.id === round.id,
      );
      expect(listed).toMatchObject({
        title: 'Lijstronde',
        progress: { total: 24, answered: 1, readyForReview: 1 },
      });
      expect(listed).not.toHaveProperty('responses');
    });
  });

  describe('PUT /api/v1/rounds/{roundId}/responses/{criterionCode}', () => {
    let round: AssessmentRoundDetail;

    beforeAll(async () => {
      round = await startRound(qo, { title: 'Antwoorden' });
    });

    it('saves an answer and raises its version', async () => {
      const saved = await saveResponse(qo.client, round.id, 'OPD-01', 1, {
        level: 2,
        targetLevel: 3,
        rationale: ' Besproken in het MT. ',
      });
      expect(saved).toMatchObject({
        level: 2,
        targetLevel: 3,
        rationale: 'Besproken in het MT.',
        version: 2,
        state: 'draft',
      });
      const again = await qo.client.get(`/api/v1/rounds/${round.id}/responses/OPD-01`).expect(200);
      expect(again.body).toEqual(saved);
    });

    it.each([
      ['a level outside the scale', 'OPD-02', { level: 5 }, 'level-outside-scale'],
      [
        'not applicable on a criterion that must be assessed',
        'OPD-02',
        { notApplicable: true, notApplicableReason: 'n.v.t.' },
        'not-applicable-not-allowed',
      ],
      [
        'not applicable without a reason',
        'OPD-05',
        { notApplicable: true },
        'not-applicable-reason-required',
      ],
      [
        'ready for review without a level',
        'OPD-02',
        { state: 'ready-for-review' },
        'response-not-answered',
      ],
    ])('refuses %s with 422', async (_case, code, body, type) => {
      const response = await qo.client
        .put(`/api/v1/rounds/${round.id}/responses/${code}`, { version: 1, ...body })
        .expect(422);
      expect(response.body.type).toBe(`/problems/${type}`);
    });

    it('refuses a rationale over 10,000 characters', async () => {
      const response = await qo.client
        .put(`/api/v1/rounds/${round.id}/responses/OPD-03`, {
          version: 1,
          rationale: 'x'.repeat(10_001),
        })
        .expect(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ field: 'rationale', code: 'maxLength' }),
      ]);
    });

    it('keeps not applicable with its reason where the rubric allows it', async () => {
      const saved = await saveResponse(qo.client, round.id, 'OPD-05', 1, {
        level: 3,
        notApplicable: true,
        notApplicableReason: 'Geen signaleringsfunctie in onze opdracht.',
      });
      expect(saved).toMatchObject({
        level: null,
        notApplicable: true,
        notApplicableReason: 'Geen signaleringsfunctie in onze opdracht.',
      });
    });

    it('answers 404 for a criterion that is not in the rubric', async () => {
      await qo.client
        .put(`/api/v1/rounds/${round.id}/responses/XYZ-99`, { version: 1 })
        .expect(404);
      await qo.client.get(`/api/v1/rounds/${round.id}/responses/XYZ-99`).expect(404);
    });

    it('answers a stale version with 409 and the current response', async () => {
      await saveResponse(qo.client, round.id, 'VMS-01', 1, {
        level: 3,
        rationale: 'Eerste versie',
      });
      const response = await qo.client
        .put(`/api/v1/rounds/${round.id}/responses/VMS-01`, { version: 1, level: 1 })
        .expect(409);
      expect(response.body).toMatchObject({
        type: '/problems/version-conflict',
        status: 409,
        current: {
          criterionCode: 'VMS-01',
          level: 3,
          rationale: 'Eerste versie',
          version: 2,
          updatedBy: { displayName: 'Kwaliteit Test' },
        },
      });
      expect(response.body.detail).toContain('Kwaliteit Test');
    });

    it('lets exactly one of two concurrent edits win; the other gets 409 with the winner', async () => {
      const [first, second] = await Promise.all([
        qo.client.put(`/api/v1/rounds/${round.id}/responses/VMS-03`, {
          version: 1,
          level: 2,
          rationale: 'Versie A',
        }),
        qo.client.put(`/api/v1/rounds/${round.id}/responses/VMS-03`, {
          version: 1,
          level: 3,
          rationale: 'Versie B',
        }),
      ]);
      const statuses = [first.status, second.status].sort();
      expect(statuses).toEqual([200, 409]);
      const winner = (first.status === 200 ? first : second).body as CriterionResponse;
      const loser = first.status === 409 ? first : second;
      expect(loser.body.current).toEqual(winner);
      expect(winner.version).toBe(2);
      const events = await qo.client
        .get(`/api/v1/rounds/${round.id}/events?criterionCode=VMS-03`)
        .expect(200);
      expect(events.body).toHaveLength(1);
    });
  });

  describe('owners and my criteria', () => {
    it('assigns owners; a contributor sees their criteria across open rounds', async () => {
      const contributor = await addMember(app, qo, 'contributor');
      const manager = await addMember(app, qo, 'manager');
      const memberId = await memberIdOf(qo, contributor.email);
      const round = await startRound(qo, { title: 'Eigenaren' });
      const owned = await qo.client
        .put(`/api/v1/rounds/${round.id}/responses/VAK-03/owner`, { memberId })
        .expect(200);
      expect(owned.body.owner).toEqual({ memberId, displayName: 'Test contributor' });

      const mine = await contributor.client.get('/api/v1/me/criteria').expect(200);
      expect(mine.body).toEqual([
        {
          roundId: round.id,
          roundTitle: 'Eigenaren',
          targetDate: '2027-03-15',
          selfEvaluationDeadline: '2027-02-01',
          isSelfEvaluationOverdue: false,
          criterionCode: 'VAK-03',
          criterionTitle: 'Casuïstiek en intervisie',
          domainCode: 'VAK',
          level: null,
          notApplicable: false,
          state: 'draft',
          isCarriedOver: false,
          updatedAt: ISO_INSTANT,
          review: null,
        },
      ]);

      const managerId = await memberIdOf(qo, manager.email);
      const refused = await qo.client
        .put(`/api/v1/rounds/${round.id}/responses/VAK-04/owner`, { memberId: managerId })
        .expect(422);
      expect(refused.body.type).toBe('/problems/owner-is-read-only');
      const stranger = await qo.client
        .put(`/api/v1/rounds/${round.id}/responses/VAK-04/owner`, {
          memberId: '00000000-0000-4000-8000-000000000000',
        })
        .expect(422);
      expect(stranger.body.type).toBe('/problems/unknown-member');
      await qo.client
        .put(`/api/v1/rounds/${round.id}/responses/VAK-03/owner`, { memberId: null })
        .expect(200);
      expect((await contributor.client.get('/api/v1/me/criteria').expect(200)).body).toEqual([]);
    });
  });

  describe('PATCH /api/v1/rounds/{roundId}', () => {
    it('changes the round and refuses a stale version', async () => {
      const round = await startRound(qo, { title: 'Te wijzigen' });
      const changed = await qo.client
        .patch(`/api/v1/rounds/${round.id}`, {
          version: 1,
          bottlenecks: 'Registratie per team verschilt.',
          targetDate: '2027-06-01',
          selfEvaluationDeadline: '2027-04-15',
          participation: [
            { group: 'staff', method: 'session', date: '2027-02-01', note: 'Teamdag' },
          ],
        })
        .expect(200);
      expect(changed.body).toMatchObject({
        version: 2,
        bottlenecks: 'Registratie per team verschilt.',
        targetDate: '2027-06-01',
        selfEvaluationDeadline: '2027-04-15',
        rubricVersion: '1.0.0',
      });
      const stale = await qo.client
        .patch(`/api/v1/rounds/${round.id}`, { version: 1, title: 'Anders' })
        .expect(409);
      expect(stale.body).toMatchObject({
        type: '/problems/version-conflict',
        current: { version: 2, title: 'Te wijzigen' },
      });
      const refused = await qo.client
        .patch(`/api/v1/rounds/${round.id}`, { version: 2, rubricVersion: '2.0.0' })
        .expect(400);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field: 'rubricVersion', code: 'whitelistValidation' }),
      ]);
    });
  });

  describe('a full round from start to submit', () => {
    let round: AssessmentRoundDetail;

    beforeAll(async () => {
      round = await startRound(qo, { title: 'Volledige ronde', targetDate: '2027-06-30' });
    });

    it('refuses to submit while criteria are unanswered and lists them', async () => {
      await saveResponse(qo.client, round.id, 'OPD-01', 1);
      const response = await qo.client.post(`/api/v1/rounds/${round.id}/submit`).expect(422);
      expect(response.body).toMatchObject({
        type: '/problems/round-incomplete',
        status: 422,
        unconfirmed: [],
      });
      expect(response.body.missing).toEqual(CODES.filter((code) => code !== 'OPD-01'));
      expect(response.body.detail).toContain('OPD-02, OPD-03');
    });

    it('submits once every criterion is scored or not applicable, with a verifiable content hash', async () => {
      const pdf = await uploadPdf(qo.client, {}, 'volledige ronde');
      await qo.client
        .post(`/api/v1/rounds/${round.id}/responses/OPD-02/evidence/${pdf.id}`)
        .expect(201);
      await qo.client
        .post(`/api/v1/rounds/${round.id}/actions`, {
          criterionCode: 'OPD-02',
          title: 'Wijkanalyse bijwerken',
        })
        .expect(201);
      const current = (await qo.client.get(`/api/v1/rounds/${round.id}`).expect(200))
        .body as AssessmentRoundDetail;
      await answerAll(qo, {
        ...current,
        responses: current.responses.filter((r) => r.criterionCode !== 'OPD-01'),
      });

      const submitted = await qo.client.post(`/api/v1/rounds/${round.id}/submit`).expect(200);
      expect(submitted.body).toEqual({
        status: 'submitted',
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        submittedAt: ISO_INSTANT,
      });

      const content = await qo.client.get(`/api/v1/rounds/${round.id}/content`).expect(200);
      expect(content.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(sha256(content.text)).toBe(submitted.body.contentHash);
      const dossier = JSON.parse(content.text);
      expect(dossier).toMatchObject({
        format: 'labelklaar-round/1',
        rubric: {
          id: 'sterk-sociaal-werk',
          version: '1.0.0',
          contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        },
        round: { id: round.id, title: 'Volledige ronde', submittedBy: { userId: qo.me.user.id } },
        evidence: [expect.objectContaining({ id: pdf.id, sha256: pdf.sha256 })],
        actions: [
          expect.objectContaining({
            criterionCode: 'OPD-02',
            title: 'Wijkanalyse bijwerken',
            status: 'open',
          }),
        ],
      });
      expect(dossier.responses).toHaveLength(24);
      expect(
        dossier.responses
          .filter((r: { notApplicable: boolean }) => r.notApplicable)
          .map((r: { criterionCode: string }) => r.criterionCode),
      ).toEqual([...WAIVABLE].sort());

      const after = (await qo.client.get(`/api/v1/rounds/${round.id}`).expect(200))
        .body as AssessmentRoundDetail;
      expect(after).toMatchObject({
        status: 'submitted',
        contentHash: submitted.body.contentHash,
        submittedBy: { userId: qo.me.user.id },
      });
      expect(after.progress.answered).toBe(24);
    });

    it('answers every later change with 409 round-submitted', async () => {
      const pdf = await uploadPdf(qo.client, {}, 'te laat');
      const base = `/api/v1/rounds/${round.id}`;
      const linked = round.responses[0];
      const action = (await qo.client.get(`/api/v1/actions?roundId=${round.id}`).expect(200))
        .body[0];
      const attempts = [
        qo.client.put(`${base}/responses/OPD-03`, { version: 2, ...answerFor('OPD-03', 1) }),
        qo.client.put(`${base}/responses/OPD-03/owner`, { memberId: null }),
        qo.client.patch(base, { version: 2, title: 'Nog even' }),
        qo.client.post(`${base}/responses/${linked.criterionCode}/evidence/${pdf.id}`),
        qo.client.delete(
          `${base}/responses/OPD-02/evidence/${(await qo.client.get(`${base}/responses/OPD-02`)).body.evidence[0].id}`,
        ),
        qo.client.post(`${base}/actions`, { criterionCode: 'OPD-02', title: 'Nog een actie' }),
        qo.client.patch(`/api/v1/actions/${action.id}`, {
          version: action.version,
          status: 'in-progress',
        }),
        qo.client.post(`${base}/submit`),
      ];
      for (const attempt of attempts) {
        const response = await attempt;
        expect({ status: response.status, type: response.body.type }).toEqual({
          status: 409,
          type: '/problems/round-submitted',
        });
        expect(response.body.detail).toBe(
          'Deze ronde is ingediend en kan niet meer worden gewijzigd. Wijzigingen horen in een nieuwe ronde.',
        );
      }
    });

    it('answers 409 for the content of a round that is not submitted', async () => {
      const open = await startRound(qo, { title: 'Nog open' });
      const response = await qo.client.get(`/api/v1/rounds/${open.id}/content`).expect(409);
      expect(response.body.type).toBe('/problems/round-not-submitted');
    });
  });

  describe('starting from the last submitted round', () => {
    it('carries answers, evidence links, owners and unfinished actions over, marked until confirmed', async () => {
      const org = await registerOrganisation(app);
      const contributor = await addMember(app, org, 'contributor');
      const contributorId = await memberIdOf(org, contributor.email);
      const first = await startRound(org, { title: 'Ronde 2026' });
      await org.client
        .put(`/api/v1/rounds/${first.id}/responses/VAK-01/owner`, { memberId: contributorId })
        .expect(200);
      const pdf = await uploadPdf(org.client);
      await org.client
        .post(`/api/v1/rounds/${first.id}/responses/VAK-01/evidence/${pdf.id}`)
        .expect(201);
      const open = await org.client
        .post(`/api/v1/rounds/${first.id}/actions`, {
          criterionCode: 'VAK-01',
          title: 'Open actie',
        })
        .expect(201);
      const done = await org.client
        .post(`/api/v1/rounds/${first.id}/actions`, {
          criterionCode: 'VAK-02',
          title: 'Afgeronde actie',
        })
        .expect(201);
      await org.client
        .patch(`/api/v1/actions/${done.body.id}`, {
          version: 1,
          status: 'done',
          reflection: 'Werkt.',
        })
        .expect(200);
      await answerAll(org, (await org.client.get(`/api/v1/rounds/${first.id}`)).body);
      await org.client.post(`/api/v1/rounds/${first.id}/submit`).expect(200);

      const second = await startRound(org, {
        title: 'Ronde 2027',
        targetDate: '2028-03-15',
        carryOver: true,
      });
      expect(second).toMatchObject({
        previousRoundId: first.id,
        progress: { answered: 24, carriedOver: 24 },
      });
      const vak01 = second.responses.find((r) => r.criterionCode === 'VAK-01');
      expect(vak01).toMatchObject({
        level: 3,
        rationale: 'Onderbouwing bij VAK-01.',
        isCarriedOver: true,
        state: 'draft',
        owner: { memberId: contributorId },
        evidence: [expect.objectContaining({ id: pdf.id })],
      });
      const actions = (await org.client.get(`/api/v1/actions?roundId=${second.id}`).expect(200))
        .body;
      expect(actions).toEqual([
        expect.objectContaining({
          criterionCode: 'VAK-01',
          title: 'Open actie',
          status: 'open',
          version: 1,
        }),
      ]);
      expect(actions[0].id).not.toBe(open.body.id);

      const refused = await org.client.post(`/api/v1/rounds/${second.id}/submit`).expect(422);
      expect(refused.body).toMatchObject({ missing: [], unconfirmed: CODES });

      const confirmed = await saveResponse(contributor.client, second.id, 'VAK-01', 1, {
        level: 3,
        rationale: vak01?.rationale,
      });
      expect(confirmed).toMatchObject({
        isCarriedOver: false,
        version: 2,
        evidence: [expect.objectContaining({ id: pdf.id })],
      });
      const history = await org.client
        .get(`/api/v1/rounds/${second.id}/events?criterionCode=VAK-01`)
        .expect(200);
      expect(history.body.map((event: { type: string }) => event.type)).toEqual([
        'response.carried-over',
        'action.created',
        'response.updated',
      ]);
      expect(history.body[0].after).toMatchObject({
        fromRoundId: first.id,
        sourceCodes: ['VAK-01'],
        evidenceIds: [pdf.id],
      });
    });
  });
});

async function memberIdOf(qualityOfficer: Actor, email: string): Promise<string> {
  const members = await qualityOfficer.client.get('/api/v1/organisation/members').expect(200);
  return (
    (members.body as { id: string; email: string }[]).find((member) => member.email === email)
      ?.id ?? ''
  );
}
