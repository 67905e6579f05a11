import {
  addDays,
  AssessmentRoundDetail,
  Evidence,
  ImprovementAction,
  isoDayIn,
  ReviewInvitation,
  reviewInvitationExpiresAt,
  RoundEvent,
} from '@labelklaar/domain';

import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { ApiClient } from '../support/api-client';
import { DAY_MS, HOUR_MS, shiftClock } from '../support/clock';
import {
  Actor,
  addMember,
  registerOrganisation,
  TEST_PASSWORD,
  uniqueEmail,
} from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import {
  acceptReview,
  addReviewer,
  expireReviewInvitations,
  inviteReviewer,
  revokeReviewInvitation,
  submitRound,
  submittedRound,
} from '../support/reviews';
import { pdfBytes, sha256, startRound, uploadPdf } from '../support/rounds';
import { createTestApp } from '../support/test-app';

const binary = (client: ApiClient, path: string) =>
  client.agent
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

describe('review invitations and the reviewer scope', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let contributor: Actor;
  let manager: Actor;
  let other: Actor;
  let round: AssessmentRoundDetail;
  let draft: AssessmentRoundDetail;
  let linked: Evidence;
  let unlinked: Evidence;
  let action: ImprovementAction;

  beforeAll(async () => {
    // Sessions outlive the clock shifts below (a login under a shifted clock would end every other session).
    app = await createTestApp({ loginRateLimit: 1000, sessionTtlHours: 24 * 365 });
    qo = await registerOrganisation(app, 'Stichting Getoetst');
    contributor = await addMember(app, qo, 'contributor');
    manager = await addMember(app, qo, 'manager');
    other = await registerOrganisation(app, 'Stichting Elders');
    const started = await startRound(qo, { title: 'Toetsronde 2026' });
    linked = await uploadPdf(qo.client, { title: 'Gekoppeld bewijs' }, 'gekoppeld');
    unlinked = await uploadPdf(qo.client, { title: 'Los bewijs' }, 'los');
    await qo.client
      .post(`/api/v1/rounds/${started.id}/responses/VAK-02/evidence/${linked.id}`)
      .expect(201);
    action = (
      await qo.client
        .post(`/api/v1/rounds/${started.id}/actions`, {
          criterionCode: 'VAK-02',
          title: 'Intervisie',
        })
        .expect(201)
    ).body as ImprovementAction;
    round = await submitRound(qo, started);
    draft = await startRound(qo, { title: 'Concept 2027' });
  });

  afterAll(async () => {
    await app.close();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  const invitationsOf = async (roundId = round.id): Promise<ReviewInvitation[]> =>
    (await qo.client.get(`/api/v1/rounds/${roundId}/review-invitations`).expect(200))
      .body as ReviewInvitation[];

  const eventsOf = async (roundId = round.id): Promise<RoundEvent[]> =>
    (await qo.client.get(`/api/v1/rounds/${roundId}/events`).expect(200)).body as RoundEvent[];

  describe('POST /api/v1/rounds/{roundId}/review-invitations', () => {
    it('answers 401 without a session and 403 to a contributor or a manager', async () => {
      const anonymous = await ApiClient.create(app);
      const body = { email: uniqueEmail(), reviewerOrganisationName: 'Buurtkracht' };
      const path = `/api/v1/rounds/${round.id}/review-invitations`;
      const unauthenticated = await anonymous.post(path, body).expect(401);
      expect(unauthenticated.headers['content-type']).toMatch(PROBLEM_JSON);
      expect((await contributor.client.post(path, body).expect(403)).body.type).toBe(
        '/problems/forbidden',
      );
      expect((await manager.client.post(path, body).expect(403)).body.type).toBe(
        '/problems/forbidden',
      );
    });

    it("answers 404 for another organisation's round and an unknown round", async () => {
      const body = { email: uniqueEmail(), reviewerOrganisationName: 'Buurtkracht' };
      const response = await other.client
        .post(`/api/v1/rounds/${round.id}/review-invitations`, body)
        .expect(404);
      expect(response.body.type).toBe('/problems/not-found');
      expect(JSON.stringify(response.body)).not.toContain('Toetsronde 2026');
      await qo.client
        .post('/api/v1/rounds/00000000-0000-4000-8000-000000000000/review-invitations', body)
        .expect(404);
    });

    it('refuses a round that is not submitted with 409 round-not-reviewable', async () => {
      const response = await qo.client
        .post(`/api/v1/rounds/${draft.id}/review-invitations`, {
          email: uniqueEmail(),
          reviewerOrganisationName: 'Buurtkracht',
        })
        .expect(409);
      expect(response.body).toEqual({
        type: '/problems/round-not-reviewable',
        title: 'Ronde niet te toetsen',
        status: 409,
        detail: 'Alleen een ingediende ronde kan intercollegiaal getoetst worden.',
        instance: `/api/v1/rounds/${draft.id}/review-invitations`,
      });
    });

    it('validates the body: e-mail, organisation name, day, message length and lead', async () => {
      const response = await qo.client
        .post(`/api/v1/rounds/${round.id}/review-invitations`, {
          email: 'geen-adres',
          reviewerOrganisationName: '',
          expiresOn: '2026-02-30',
          message: 'x'.repeat(2001),
          lead: 'ja',
        })
        .expect(400);
      expect(response.body.type).toBe('/problems/validation-failed');
      expect((response.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
        'email',
        'expiresOn',
        'lead',
        'message',
        'reviewerOrganisationName',
      ]);
    });

    it.each([
      [-1, 'review-invitation-expiry-in-past'],
      [91, 'review-invitation-expiry-too-late'],
    ])('refuses an expiry %i days from today with 422 %s', async (days, code) => {
      const expiresOn = addDays(isoDayIn(new Date()), days);
      const response = await qo.client
        .post(`/api/v1/rounds/${round.id}/review-invitations`, {
          email: uniqueEmail(),
          reviewerOrganisationName: 'Buurtkracht',
          expiresOn,
        })
        .expect(422);
      expect(response.body.type).toBe(`/problems/${code}`);
    });

    it('creates a single-use link of 256 bits, stored only as its sha256, logged by id only, and in the history', async () => {
      const log = jest.spyOn(Logger.prototype, 'log');
      const fresh = await submittedRound(qo, { title: 'Eerste toetsing' });
      const email = uniqueEmail('Toetser');
      const response = await qo.client
        .post(`/api/v1/rounds/${fresh.id}/review-invitations`, {
          email: `  ${email.toUpperCase()} `.trim(),
          reviewerOrganisationName: ' Stichting Buurtkracht ',
          message: 'Welkom bij onze toetsing.',
        })
        .expect(201);
      const today = isoDayIn(new Date());
      expect(response.body).toEqual({
        id: expect.any(String),
        roundId: fresh.id,
        email: email.toLowerCase(),
        reviewerOrganisationName: 'Stichting Buurtkracht',
        message: 'Welkom bij onze toetsing.',
        lead: true,
        status: 'pending',
        expiresAt: reviewInvitationExpiresAt(addDays(today, 30)).toISOString(),
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        invitedBy: { userId: qo.me.user.id, displayName: 'Kwaliteit Test' },
        acceptedBy: null,
        acceptedAt: null,
        reviewId: null,
        acceptUrl: expect.stringMatching(/^\/toetsing\/accepteren\?token=[A-Za-z0-9_-]{43}$/),
      });
      const token =
        new URL(response.body.acceptUrl as string, 'http://x').searchParams.get('token') ?? '';
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);

      const [stored] = await app
        .get(DataSource)
        .query('SELECT * FROM review_invitations WHERE id = $1', [response.body.id]);
      expect(stored.token_hash).toBe(sha256(token));
      expect(JSON.stringify(stored)).not.toContain(token);
      expect(log.mock.calls.flat().join('\n')).toContain(
        `Review invitation ${response.body.id} created`,
      );
      expect(log.mock.calls.flat().join('\n')).not.toContain(token);

      const events = await eventsOf(fresh.id);
      const created = events.find((event) => event.type === 'review-invitation.created');
      expect(created).toEqual(
        expect.objectContaining({
          subject: 'review',
          subjectId: response.body.id,
          criterionCode: null,
          actor: { userId: qo.me.user.id, displayName: 'Kwaliteit Test' },
          before: null,
          after: {
            email: email.toLowerCase(),
            reviewerOrganisationName: 'Stichting Buurtkracht',
            lead: true,
            expiresAt: response.body.expiresAt,
            status: 'pending',
          },
        }),
      );
      expect(JSON.stringify(events)).not.toContain(token);
      expect(JSON.stringify(events)).not.toContain(sha256(token));
    });

    it('makes only the first invitation the lead, and refuses a second lead, the same address twice and a member', async () => {
      const fresh = await submittedRound(qo, { title: 'Meerdere toetsers' });
      const first = await inviteReviewer(qo, fresh.id);
      const second = await inviteReviewer(qo, fresh.id, {
        expiresOn: addDays(isoDayIn(new Date()), 90),
      });
      expect([first.invitation.lead, second.invitation.lead]).toEqual([true, false]);

      const path = `/api/v1/rounds/${fresh.id}/review-invitations`;
      const lead = await qo.client
        .post(path, { email: uniqueEmail(), reviewerOrganisationName: 'X', lead: true })
        .expect(409);
      expect(lead.body.type).toBe('/problems/lead-reviewer-exists');
      const twice = await qo.client
        .post(path, { email: first.invitation.email, reviewerOrganisationName: 'X' })
        .expect(409);
      expect(twice.body.type).toBe('/problems/reviewer-already-invited');
      const member = await qo.client
        .post(path, { email: contributor.email, reviewerOrganisationName: 'X' })
        .expect(409);
      expect(member.body.type).toBe('/problems/reviewer-is-member');

      await revokeReviewInvitation(qo, first.invitation.id);
      const again = await inviteReviewer(qo, fresh.id, { email: first.invitation.email });
      expect(again.invitation.lead).toBe(true);
    });
  });

  describe('GET /api/v1/rounds/{roundId}/review-invitations', () => {
    it('lists every invitation with its status for the quality officer only', async () => {
      const fresh = await submittedRound(qo, { title: 'Overzicht' });
      const pending = await inviteReviewer(qo, fresh.id, { reviewerOrganisationName: 'Wacht' });
      const accepted = await addReviewer(app, qo, fresh.id, {
        invitation: { reviewerOrganisationName: 'Aanvaard' },
      });
      const revoked = await inviteReviewer(qo, fresh.id, {
        reviewerOrganisationName: 'Ingetrokken',
      });
      await revokeReviewInvitation(qo, revoked.invitation.id);

      const list = await invitationsOf(fresh.id);
      expect(list.map((i) => [i.reviewerOrganisationName, i.status])).toEqual([
        ['Ingetrokken', 'revoked'],
        ['Aanvaard', 'accepted'],
        ['Wacht', 'pending'],
      ]);
      const acceptedRow = list.find((i) => i.id === accepted.invitation.id);
      expect(acceptedRow).toEqual({
        ...accepted.invitation,
        acceptUrl: undefined,
        status: 'accepted',
        acceptedBy: { userId: accepted.acceptance.me.user.id, displayName: 'Toetser Test' },
        acceptedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        reviewId: accepted.acceptance.reviewId,
      });
      expect(JSON.stringify(list)).not.toContain('token');
      expect(list.find((i) => i.id === pending.invitation.id)?.acceptedBy).toBeNull();

      expireReviewInvitations(app);
      const expired = (
        await qo.client.get(`/api/v1/rounds/${fresh.id}/review-invitations`).expect(200)
      ).body as ReviewInvitation[];
      expect(expired.map((i) => i.status)).toEqual(['revoked', 'expired', 'expired']);
    });

    it('answers 403 to a contributor and 404 to another organisation', async () => {
      await contributor.client.get(`/api/v1/rounds/${round.id}/review-invitations`).expect(403);
      await manager.client.get(`/api/v1/rounds/${round.id}/review-invitations`).expect(403);
      await other.client.get(`/api/v1/rounds/${round.id}/review-invitations`).expect(404);
    });
  });

  describe('POST /api/v1/review-invitations/preview and /accept', () => {
    it('shows what the link is for, without an account', async () => {
      const { invitation, token } = await inviteReviewer(qo, round.id, {
        reviewerOrganisationName: 'Buurtkracht',
      });
      const anonymous = await ApiClient.create(app);
      const response = await anonymous
        .post('/api/v1/review-invitations/preview', { token })
        .expect(200);
      expect(response.body).toEqual({
        organisationName: 'Stichting Getoetst',
        roundTitle: 'Toetsronde 2026',
        reviewerOrganisationName: 'Buurtkracht',
        email: invitation.email,
        expiresAt: invitation.expiresAt,
        hasAccount: false,
      });
    });

    it('answers an unknown, a used, a revoked and an expired link with the same 404', async () => {
      const used = await addReviewer(app, qo, round.id);
      const usedToken =
        new URL(used.invitation.acceptUrl, 'http://x').searchParams.get('token') ?? '';
      const revoked = await inviteReviewer(qo, round.id);
      await revokeReviewInvitation(qo, revoked.invitation.id);
      const expiring = await inviteReviewer(qo, round.id, { expiresOn: isoDayIn(new Date()) });

      const anonymous = await ApiClient.create(app);
      const answers = async (token: string) => {
        const preview = await anonymous.post('/api/v1/review-invitations/preview', { token });
        const accept = await anonymous.post('/api/v1/review-invitations/accept', {
          token,
          displayName: 'Iemand',
          password: TEST_PASSWORD,
        });
        return [preview.status, preview.body, accept.status, accept.body] as unknown[];
      };
      const unknown = await answers('dit-is-geen-bestaande-link-0123456789');
      expect(unknown[0]).toBe(404);
      expect(unknown[1]).toEqual({
        type: '/problems/not-found',
        title: 'Niet gevonden',
        status: 404,
        detail: 'Dit bestaat niet of je hebt er geen toegang toe.',
        instance: '/api/v1/review-invitations/preview',
      });
      expect(await answers(usedToken)).toEqual(unknown);
      expect(await answers(revoked.token)).toEqual(unknown);

      expireReviewInvitations(app, 1);
      expect(await answers(expiring.token)).toEqual(unknown);
    });

    it('creates the account, logs the reviewer in and opens read access to the round', async () => {
      const { invitation, token } = await inviteReviewer(qo, round.id);
      const client = await ApiClient.create(app);
      const response = await client
        .post('/api/v1/review-invitations/accept', {
          token,
          displayName: 'Nieuwe Toetser',
          password: TEST_PASSWORD,
        })
        .expect(200);
      expect(response.body).toEqual({
        me: {
          user: {
            id: expect.any(String),
            email: invitation.email,
            displayName: 'Nieuwe Toetser',
            language: 'nl',
          },
          memberships: [],
          activeOrganisationId: null,
          platformAdmin: false,
        },
        reviewId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        roundId: round.id,
      });
      expect(response.headers['set-cookie']).toEqual(
        expect.arrayContaining([expect.stringMatching(/^lk_session=/)]),
      );
      expect((await client.get(`/api/v1/rounds/${round.id}`).expect(200)).body.title).toBe(
        'Toetsronde 2026',
      );
    });

    it('asks an existing account for its password, and accepts as the logged-in invitee', async () => {
      const elsewhere = await registerOrganisation(app, 'Stichting Bestaand');
      const { token } = await inviteReviewer(qo, round.id, { email: elsewhere.email });
      const preview = await (
        await ApiClient.create(app)
      )
        .post('/api/v1/review-invitations/preview', { token })
        .expect(200);
      expect(preview.body.hasAccount).toBe(true);

      const stranger = await ApiClient.create(app);
      const wrong = await stranger
        .post('/api/v1/review-invitations/accept', { token, password: 'niet-het-wachtwoord' })
        .expect(401);
      expect(wrong.body.type).toBe('/problems/invalid-credentials');

      const someoneElse = await registerOrganisation(app);
      const mismatch = await someoneElse.client
        .post('/api/v1/review-invitations/accept', { token })
        .expect(409);
      expect(mismatch.body.type).toBe('/problems/invitation-email-mismatch');

      const { acceptance } = await acceptReview(app, token, { client: elsewhere.client });
      expect(acceptance.me.activeOrganisationId).toBe(elsewhere.organisationId);
      await elsewhere.client.get(`/api/v1/rounds/${round.id}`).expect(200);
    });

    it('refuses a member of the reviewed organisation with 409, and a second acceptance like an unknown link', async () => {
      const email = uniqueEmail('later-lid');
      const { token } = await inviteReviewer(qo, round.id, { email });
      const invited = await qo.client
        .post('/api/v1/organisation/invitations', { email, role: 'contributor' })
        .expect(201);
      const memberToken = new URL(invited.body.acceptUrl as string, 'http://x').searchParams.get(
        'token',
      );
      const member = await ApiClient.create(app);
      await member
        .post('/api/v1/invitations/accept', {
          token: memberToken,
          displayName: 'Lid',
          password: TEST_PASSWORD,
        })
        .expect(200);
      const refused = await member.post('/api/v1/review-invitations/accept', { token }).expect(409);
      expect(refused.body.type).toBe('/problems/reviewer-is-member');

      const { token: once } = await inviteReviewer(qo, round.id);
      const first = await acceptReview(app, once);
      const second = await first.client.post('/api/v1/review-invitations/accept', { token: once });
      const unknown = await first.client.post('/api/v1/review-invitations/accept', {
        token: 'onbekend-token-onbekend-token-onbekend-1234',
      });
      expect(second.status).toBe(404);
      expect(second.body).toEqual({ ...unknown.body });
    });
  });

  describe('what a reviewer may read', () => {
    let reviewerOrg: Actor;
    let ownRound: AssessmentRoundDetail;

    beforeAll(async () => {
      reviewerOrg = await registerOrganisation(app, 'Stichting Toetsers');
      ownRound = await startRound(reviewerOrg, { title: 'Eigen ronde' });
      await addReviewer(app, qo, round.id, { as: reviewerOrg });
    });

    it('reads the round, its responses, content, actions and the linked evidence', async () => {
      const client = reviewerOrg.client;
      const detail = (await client.get(`/api/v1/rounds/${round.id}`).expect(200)).body;
      expect(detail.title).toBe('Toetsronde 2026');
      await client.get(`/api/v1/rounds/${round.id}/responses/VAK-02`).expect(200);
      await client.get(`/api/v1/rounds/${round.id}/content`).expect(200);
      const actions = (await client.get(`/api/v1/rounds/${round.id}/actions`).expect(200))
        .body as ImprovementAction[];
      expect(actions.map((a) => a.id)).toEqual([action.id]);
      const file = await binary(
        client,
        `/api/v1/rounds/${round.id}/evidence/${linked.id}/content`,
      ).expect(200);
      expect(Buffer.compare(file.body as Buffer, pdfBytes('gekoppeld'))).toBe(0);
    });

    it('reaches nothing else of the reviewed organisation', async () => {
      const client = reviewerOrg.client;
      const leaks: string[] = [];
      const probes: [string, number][] = [
        [`/api/v1/rounds/${round.id}/evidence/${unlinked.id}/content`, 404],
        [`/api/v1/evidence/${linked.id}`, 404],
        [`/api/v1/evidence/${linked.id}/content`, 404],
        [`/api/v1/actions/${action.id}`, 404],
        [`/api/v1/rounds/${round.id}/events`, 404],
        [`/api/v1/rounds/${round.id}/review-invitations`, 404],
        [`/api/v1/rounds/${draft.id}`, 404],
        [`/api/v1/rounds/${draft.id}/actions`, 404],
        [`/api/v1/rounds/${draft.id}/responses/VAK-02`, 404],
      ];
      for (const [path, status] of probes) {
        const response = await client.get(path);
        if (response.status !== status) {
          leaks.push(`${path}: ${response.status}`);
        }
        for (const secret of [
          'Stichting Getoetst',
          'Toetsronde 2026',
          'Concept 2027',
          'Gekoppeld bewijs',
        ]) {
          if ((response.text ?? '').includes(secret)) {
            leaks.push(`${path} shows ${secret}`);
          }
        }
      }
      expect(leaks).toEqual([]);
    });

    it("keeps the reviewer's own organisation theirs", async () => {
      const client = reviewerOrg.client;
      const organisation = (await client.get('/api/v1/organisation').expect(200)).body;
      expect(organisation.name).toBe('Stichting Toetsers');
      const rounds = (await client.get('/api/v1/rounds').expect(200)).body as { id: string }[];
      expect(rounds.map((r) => r.id)).toEqual([ownRound.id]);
      await client.get(`/api/v1/rounds/${ownRound.id}`).expect(200);
      await client
        .put(`/api/v1/rounds/${ownRound.id}/responses/OPD-01`, {
          version: 1,
          level: 2,
          rationale: 'Eigen werk',
        })
        .expect(200);
      const evidence = (await client.get('/api/v1/evidence').expect(200)).body as Evidence[];
      expect(evidence).toEqual([]);
    });

    it('cannot change anything in the reviewed round', async () => {
      const client = reviewerOrg.client;
      await client
        .patch(`/api/v1/rounds/${round.id}`, { version: 1, title: 'Gekaapt' })
        .expect(404);
      await client
        .put(`/api/v1/rounds/${round.id}/responses/VAK-02`, { version: 1, level: 1 })
        .expect(404);
      await client
        .post(`/api/v1/rounds/${round.id}/actions`, { criterionCode: 'VAK-02', title: 'Gekaapt' })
        .expect(404);
      await client
        .post(`/api/v1/rounds/${round.id}/review-invitations`, {
          email: uniqueEmail(),
          reviewerOrganisationName: 'Gekaapt',
        })
        .expect(404);
    });

    it('without an organisation of their own, gets 403 for everything outside the round', async () => {
      const reviewer = await addReviewer(app, qo, round.id);
      await reviewer.client.get(`/api/v1/rounds/${round.id}`).expect(200);
      for (const path of [
        '/api/v1/organisation',
        '/api/v1/rounds',
        `/api/v1/rounds/${draft.id}`,
        '/api/v1/evidence',
      ]) {
        const response = await reviewer.client.get(path).expect(403);
        expect(response.body.type).toBe('/problems/no-active-organisation');
      }
    });
  });

  describe('expiry and revocation', () => {
    it('ends access when the expiry day is over, by the clock', async () => {
      const fresh = await submittedRound(qo, { title: 'Verloopt' });
      const today = isoDayIn(new Date());
      const reviewer = await addReviewer(app, qo, fresh.id, {
        invitation: { expiresOn: addDays(today, 2) },
      });
      const expiresAt = new Date(reviewer.invitation.expiresAt).getTime();

      shiftClock(app, expiresAt - Date.now() - HOUR_MS);
      await reviewer.client.get(`/api/v1/rounds/${fresh.id}`).expect(200);
      jest.restoreAllMocks();

      shiftClock(app, expiresAt - Date.now() + 1000);
      const refused = await reviewer.client.get(`/api/v1/rounds/${fresh.id}`).expect(403);
      expect(JSON.stringify(refused.body)).not.toContain('Verloopt');
      const list = (
        await qo.client.get(`/api/v1/rounds/${fresh.id}/review-invitations`).expect(200)
      ).body as ReviewInvitation[];
      expect(list[0].status).toBe('expired');
      expect(expiresAt - Date.now()).toBeGreaterThan(2 * DAY_MS - 2 * HOUR_MS);
    });

    it('ends access at once on revocation, records it, and revoking twice changes nothing', async () => {
      const fresh = await submittedRound(qo, { title: 'Ingetrokken toegang' });
      const reviewer = await addReviewer(app, qo, fresh.id);
      await reviewer.client.get(`/api/v1/rounds/${fresh.id}`).expect(200);

      await other.client.delete(`/api/v1/review-invitations/${reviewer.invitation.id}`).expect(404);
      await contributor.client
        .delete(`/api/v1/review-invitations/${reviewer.invitation.id}`)
        .expect(403);
      await reviewer.client
        .delete(`/api/v1/review-invitations/${reviewer.invitation.id}`)
        .expect(403);
      await reviewer.client.get(`/api/v1/rounds/${fresh.id}`).expect(200);

      await qo.client.delete(`/api/v1/review-invitations/${reviewer.invitation.id}`).expect(204);
      await reviewer.client.get(`/api/v1/rounds/${fresh.id}`).expect(403);
      await reviewer.client
        .get(`/api/v1/rounds/${fresh.id}/evidence/${linked.id}/content`)
        .expect(403);
      await qo.client.delete(`/api/v1/review-invitations/${reviewer.invitation.id}`).expect(204);
      await qo.client
        .delete('/api/v1/review-invitations/00000000-0000-4000-8000-000000000000')
        .expect(404);

      const events = (await eventsOf(fresh.id)).filter((event) => event.subject === 'review');
      expect(events.map((event) => [event.type, event.actor?.displayName])).toEqual([
        ['review-invitation.created', 'Kwaliteit Test'],
        ['review-invitation.accepted', 'Toetser Test'],
        ['review-invitation.revoked', 'Kwaliteit Test'],
      ]);
      expect(events[1].after).toEqual(
        expect.objectContaining({ status: 'accepted', email: reviewer.email }),
      );
      expect(events[2].before).toEqual(expect.objectContaining({ status: 'accepted' }));
      expect(events[2].after).toEqual(expect.objectContaining({ status: 'revoked' }));
    });
  });
});
