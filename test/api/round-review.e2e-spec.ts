import { addDays, isoDayIn, SubmissionChecks } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import { DAY_MS, shiftClock } from '../support/clock';
import { Actor, addMember, registerOrganisation } from '../support/factories';
import { answerFor, saveResponse, startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';

const today = () => isoDayIn(new Date());

async function memberIdOf(qualityOfficer: Actor, email: string): Promise<string> {
  const members = await qualityOfficer.client.get('/api/v1/organisation/members').expect(200);
  return (
    (members.body as { id: string; email: string }[]).find((member) => member.email === email)
      ?.id ?? ''
  );
}

/** Submission checks, the review queue ("klaar voor controle"), owners and "wie doet wat". */
describe('rounds: review and assignment', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  describe('GET /api/v1/rounds/{roundId}/submission-check', () => {
    it('lists what is missing once per category, with titles, in plain Dutch', async () => {
      const qo = await registerOrganisation(app);
      const round = await startRound(qo, { route: 'internal' });
      const first = round.responses.find((r) => r.criterionCode === 'OPD-01');
      const rest = round.responses.filter((r) => r.criterionCode !== 'OPD-01');
      await saveResponse(qo.client, round.id, 'OPD-01', first?.version ?? 1);

      const response = await qo.client
        .get(`/api/v1/rounds/${round.id}/submission-check`)
        .expect(200);
      const body = response.body as SubmissionChecks;
      expect(body.canSubmit).toBe(false);
      expect(body.checks.map((check) => [check.code, check.severity])).toEqual([
        ['unanswered', 'blocking'],
      ]);
      const [unanswered] = body.checks;
      expect(unanswered.message).toContain('nog niet beoordeeld');
      // In rubric order, each criterion once.
      expect(unanswered.items.map((item) => item.ref).sort()).toEqual(
        rest.map((r) => r.criterionCode).sort(),
      );
      expect(unanswered.items[0].ref).toBe('OPD-02');
      expect(unanswered.items.every((item) => item.label.length > 0)).toBe(true);

      const english = await qo.client
        .get(`/api/v1/rounds/${round.id}/submission-check`)
        .set('Accept-Language', 'en')
        .expect(200);
      expect(english.body.checks[0].message).toContain('not scored yet');
    });

    it('warns an external-audit round about required criteria not met and overdue actions', async () => {
      const qo = await registerOrganisation(app);
      const round = await startRound(qo, { route: 'external-audit' });
      for (const response of round.responses) {
        await saveResponse(qo.client, round.id, response.criterionCode, response.version, {
          ...answerFor(response.criterionCode, 1),
        });
      }
      const yesterday = addDays(today(), -1);
      const clock = shiftClock(app, -7 * DAY_MS);
      const late = await qo.client
        .post(`/api/v1/rounds/${round.id}/actions`, {
          criterionCode: 'OPD-01',
          title: 'Werkoverleg plannen',
          dueDate: yesterday,
        })
        .expect(201);
      clock.mockRestore();

      const body = (await qo.client.get(`/api/v1/rounds/${round.id}/submission-check`).expect(200))
        .body as SubmissionChecks;
      expect(body.canSubmit).toBe(true);
      expect(body.checks.map((check) => [check.code, check.severity])).toEqual([
        ['required-not-met', 'warning'],
        ['actions-overdue', 'warning'],
      ]);
      expect(body.checks[0].items.length).toBeGreaterThan(0);
      expect(body.checks[1].items).toEqual([
        { ref: late.body.id, label: 'Werkoverleg plannen', criterionCode: 'OPD-01' },
      ]);
      expect(body.checks[1].message).toContain('externe audit');
    });

    it('is for the quality officer only, and answers 404 for another organisation', async () => {
      const qo = await registerOrganisation(app);
      const contributor = await addMember(app, qo, 'contributor');
      const other = await registerOrganisation(app);
      const round = await startRound(qo);
      const refused = await contributor.client
        .get(`/api/v1/rounds/${round.id}/submission-check`)
        .expect(403);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      const hidden = await other.client
        .get(`/api/v1/rounds/${round.id}/submission-check`)
        .expect(404);
      expect(hidden.headers['content-type']).toMatch(/application\/problem\+json/);
    });
  });

  describe('the review queue (klaar voor controle)', () => {
    it('lists answers marked ready; accepting or sending back is recorded, and the owner sees the comment', async () => {
      const qo = await registerOrganisation(app);
      const contributor = await addMember(app, qo, 'contributor');
      const memberId = await memberIdOf(qo, contributor.email);
      const round = await startRound(qo, { route: 'internal' });
      await qo.client
        .put(`/api/v1/rounds/${round.id}/owners`, {
          criterionCodes: ['OPD-01', 'OPD-02'],
          memberId,
        })
        .expect(200);
      const one = await saveResponse(contributor.client, round.id, 'OPD-01', 1);
      const two = await saveResponse(contributor.client, round.id, 'OPD-02', 1);
      await saveResponse(contributor.client, round.id, 'OPD-03', 1, {
        level: 2,
        rationale: 'Nog bezig',
        state: 'draft',
      }).catch(() => undefined);

      const queue = await qo.client.get('/api/v1/review-queue').expect(200);
      expect(queue.body.map((item: { criterionCode: string }) => item.criterionCode)).toEqual([
        'OPD-01',
        'OPD-02',
      ]);
      expect(queue.body[0]).toMatchObject({
        roundId: round.id,
        roundTitle: round.title,
        owner: { memberId, displayName: 'Test contributor' },
        version: one.version,
        evidenceCount: 0,
      });

      const accepted = await qo.client
        .post(`/api/v1/rounds/${round.id}/responses/OPD-01/accept`, { version: one.version })
        .expect(200);
      expect(accepted.body.review).toMatchObject({ status: 'accepted', comment: null });
      const twice = await qo.client
        .post(`/api/v1/rounds/${round.id}/responses/OPD-01/accept`, {
          version: accepted.body.version,
        })
        .expect(409);
      expect(twice.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(twice.body.type).toBe('/problems/response-not-ready');

      const empty = await qo.client
        .post(`/api/v1/rounds/${round.id}/responses/OPD-02/send-back`, {
          version: two.version,
          comment: '   ',
        })
        .expect(422);
      expect(empty.headers['content-type']).toMatch(/application\/problem\+json/);
      const stale = await qo.client
        .post(`/api/v1/rounds/${round.id}/responses/OPD-02/send-back`, {
          version: two.version - 1 || 99,
          comment: 'Noem een voorbeeld.',
        })
        .expect(409);
      expect(stale.body.type).toBe('/problems/version-conflict');
      const sent = await qo.client
        .post(`/api/v1/rounds/${round.id}/responses/OPD-02/send-back`, {
          version: two.version,
          comment: 'Noem een voorbeeld.',
        })
        .expect(200);
      expect(sent.body).toMatchObject({
        state: 'draft',
        review: { status: 'sent-back', comment: 'Noem een voorbeeld.' },
      });

      expect((await qo.client.get('/api/v1/review-queue').expect(200)).body).toEqual([]);
      const mine = await contributor.client.get('/api/v1/me/criteria').expect(200);
      const back = mine.body.find((c: { criterionCode: string }) => c.criterionCode === 'OPD-02');
      expect(back.review).toMatchObject({ status: 'sent-back', comment: 'Noem een voorbeeld.' });

      const events = await qo.client
        .get(`/api/v1/rounds/${round.id}/events?criterionCode=OPD-02`)
        .expect(200);
      expect(events.body.map((e: { type: string }) => e.type)).toContain('response.sent-back');
      const accepts = await qo.client
        .get(`/api/v1/rounds/${round.id}/events?criterionCode=OPD-01`)
        .expect(200);
      expect(accepts.body.map((e: { type: string }) => e.type)).toContain('response.accepted');

      // Marked ready again: back in the queue, the comment cleared.
      const again = await saveResponse(contributor.client, round.id, 'OPD-02', sent.body.version);
      expect(again.review).toBeNull();
      const requeued = await qo.client.get('/api/v1/review-queue').expect(200);
      expect(requeued.body.map((i: { criterionCode: string }) => i.criterionCode)).toEqual([
        'OPD-02',
      ]);
    });

    it('is for the quality officer; another organisation answers 404', async () => {
      const qo = await registerOrganisation(app);
      const contributor = await addMember(app, qo, 'contributor');
      const other = await registerOrganisation(app);
      const round = await startRound(qo, { route: 'internal' });
      const saved = await saveResponse(qo.client, round.id, 'OPD-01', 1);
      await contributor.client.get('/api/v1/review-queue').expect(403);
      await contributor.client
        .post(`/api/v1/rounds/${round.id}/responses/OPD-01/accept`, { version: saved.version })
        .expect(403);
      await other.client
        .post(`/api/v1/rounds/${round.id}/responses/OPD-01/accept`, { version: saved.version })
        .expect(404);
      expect((await other.client.get('/api/v1/review-queue').expect(200)).body).toEqual([]);
    });
  });

  describe('owners', () => {
    it('assigns one owner to several criteria at once, all or nothing, recorded', async () => {
      const qo = await registerOrganisation(app);
      const contributor = await addMember(app, qo, 'contributor');
      const manager = await addMember(app, qo, 'manager');
      const memberId = await memberIdOf(qo, contributor.email);
      const round = await startRound(qo, { route: 'internal' });

      const unknown = await qo.client
        .put(`/api/v1/rounds/${round.id}/owners`, {
          criterionCodes: ['OPD-01', 'XXX-99'],
          memberId,
        })
        .expect(422);
      expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(unknown.body).toMatchObject({
        type: '/problems/unknown-criteria',
        unknown: ['XXX-99'],
      });
      const readOnly = await qo.client
        .put(`/api/v1/rounds/${round.id}/owners`, {
          criterionCodes: ['OPD-01'],
          memberId: await memberIdOf(qo, manager.email),
        })
        .expect(422);
      expect(readOnly.body.type).toBe('/problems/owner-is-read-only');
      await qo.client
        .put(`/api/v1/rounds/${round.id}/owners`, { criterionCodes: [], memberId })
        .expect(400)
        .expect('content-type', /application\/problem\+json/);
      const untouched = await qo.client.get(`/api/v1/rounds/${round.id}`).expect(200);
      expect(untouched.body.responses.filter((r: { owner: unknown }) => r.owner !== null)).toEqual(
        [],
      );

      const assigned = await qo.client
        .put(`/api/v1/rounds/${round.id}/owners`, {
          criterionCodes: ['OPD-01', 'VAK-02', 'IMP-03'],
          memberId,
        })
        .expect(200);
      expect(assigned.body.map((r: { criterionCode: string }) => r.criterionCode).sort()).toEqual([
        'IMP-03',
        'OPD-01',
        'VAK-02',
      ]);
      expect(
        assigned.body.every((r: { owner: { memberId: string } }) => r.owner?.memberId === memberId),
      ).toBe(true);
      const events = await qo.client.get(`/api/v1/rounds/${round.id}/events`).expect(200);
      expect(
        events.body.filter((e: { type: string }) => e.type === 'response.owner-changed'),
      ).toHaveLength(3);

      await contributor.client
        .put(`/api/v1/rounds/${round.id}/owners`, { criterionCodes: ['OPD-01'], memberId })
        .expect(403);
      const other = await registerOrganisation(app);
      await other.client
        .put(`/api/v1/rounds/${round.id}/owners`, { criterionCodes: ['OPD-01'], memberId: null })
        .expect(404);
    });

    it('carry over from the previous round on the same rubric to a new round', async () => {
      const qo = await registerOrganisation(app);
      const contributor = await addMember(app, qo, 'contributor');
      const memberId = await memberIdOf(qo, contributor.email);
      const first = await startRound(qo, { route: 'internal' });
      await qo.client
        .put(`/api/v1/rounds/${first.id}/owners`, {
          criterionCodes: ['OPD-01', 'VAK-02'],
          memberId,
        })
        .expect(200);
      const second = await startRound(qo, { title: 'Tweede ronde', route: 'internal' });
      const owned = second.responses
        .filter((r) => r.owner?.memberId === memberId)
        .map((r) => r.criterionCode)
        .sort();
      expect(owned).toEqual(['OPD-01', 'VAK-02']);
    });
  });

  describe('GET /api/v1/rounds/{roundId}/assignments (wie doet wat)', () => {
    it('shows per member their criteria and actions; the manager reads it, a contributor not', async () => {
      const qo = await registerOrganisation(app);
      const contributor = await addMember(app, qo, 'contributor');
      const manager = await addMember(app, qo, 'manager');
      const memberId = await memberIdOf(qo, contributor.email);
      const round = await startRound(qo, { route: 'internal' });
      await qo.client
        .put(`/api/v1/rounds/${round.id}/owners`, {
          criterionCodes: ['OPD-01', 'OPD-02'],
          memberId,
        })
        .expect(200);
      await saveResponse(contributor.client, round.id, 'OPD-01', 1);
      const yesterday = addDays(today(), -1);
      const clock = shiftClock(app, -7 * DAY_MS);
      await qo.client
        .post(`/api/v1/rounds/${round.id}/actions`, {
          criterionCode: 'OPD-01',
          title: 'Te laat',
          ownerId: memberId,
          dueDate: yesterday,
        })
        .expect(201);
      clock.mockRestore();

      const body = (await manager.client.get(`/api/v1/rounds/${round.id}/assignments`).expect(200))
        .body;
      const work = body.members.find(
        (m: { member: { memberId: string } }) => m.member.memberId === memberId,
      );
      expect(work.counts).toEqual({ criteria: 2, scored: 1, confirmed: 1, ready: 1, accepted: 0 });
      expect(work.actionCounts).toEqual({ open: 1, late: 1 });
      expect(work.criteria.map((c: { code: string }) => c.code)).toEqual(['OPD-01', 'OPD-02']);
      expect(body.members.some((m: { role: string }) => m.role === 'manager')).toBe(false);
      expect(body.unassigned.map((c: { code: string }) => c.code)).not.toContain('OPD-01');

      await contributor.client.get(`/api/v1/rounds/${round.id}/assignments`).expect(403);
      const other = await registerOrganisation(app);
      const hidden = await other.client.get(`/api/v1/rounds/${round.id}/assignments`).expect(404);
      expect(hidden.headers['content-type']).toMatch(/application\/problem\+json/);
    });
  });
});
