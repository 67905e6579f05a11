import {
  CreatedPeerGroupInvitation,
  PeerGroupDetail,
  PeerGroupReviewInvitations,
} from '@labelklaar/domain';

import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { ApiClient } from '../support/api-client';
import { DAY_MS, shiftClock } from '../support/clock';
import { Actor, addMember, createPlatformAdmin, registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { acceptAsExistingUser, invite, tokenOf } from '../support/invitations';
import { answerAll, sha256, startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';

const ISO_INSTANT = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
const UUID = expect.stringMatching(/^[0-9a-f-]{36}$/);

describe('toetsingsgroepen (peer groups)', () => {
  let app: NestExpressApplication;
  let dataSource: DataSource;
  /** Three organisations, A first: A creates the groups. */
  let a: Actor;
  let b: Actor;
  let c: Actor;
  let outsider: Actor;
  let contributorA: Actor;
  let managerA: Actor;

  beforeAll(async () => {
    app = await createTestApp({ sessionTtlHours: 24 * 30 });
    dataSource = app.get(DataSource);
    a = await registerOrganisation(app, `Welzijn Alfa ${randomUUID().slice(0, 4)}`);
    b = await registerOrganisation(app, `Buurtwerk Beta ${randomUUID().slice(0, 4)}`);
    c = await registerOrganisation(app, `Contour Gamma ${randomUUID().slice(0, 4)}`);
    outsider = await registerOrganisation(app, 'Buitenstaander');
    contributorA = await addMember(app, a, 'contributor');
    managerA = await addMember(app, a, 'manager');
  });

  afterAll(async () => {
    await app.close();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  const nameOf = (actor: Actor) => actor.me.memberships[0].organisationName;

  async function createGroup(
    actor: Actor,
    name = 'Toetsingsgroep Noord',
  ): Promise<PeerGroupDetail> {
    const response = await actor.client.post('/api/v1/peer-groups', { name });
    expect(response.status).toBe(201);
    return response.body as PeerGroupDetail;
  }

  async function inviteOrganisation(
    creator: Actor,
    groupId: string,
    invitee: Actor,
  ): Promise<CreatedPeerGroupInvitation & { token: string }> {
    const response = await creator.client.post(
      `/api/v1/peer-groups/${groupId}/organisation-invitations`,
      { email: invitee.email },
    );
    expect(response.status).toBe(201);
    const body = response.body as CreatedPeerGroupInvitation;
    return { ...body, token: tokenOf(body.acceptUrl) };
  }

  async function join(creator: Actor, groupId: string, invitee: Actor): Promise<PeerGroupDetail> {
    const { token } = await inviteOrganisation(creator, groupId, invitee);
    const response = await invitee.client.post('/api/v1/peer-group-invitations/accept', { token });
    expect(response.status).toBe(200);
    return response.body as PeerGroupDetail;
  }

  async function submittedRound(actor: Actor, body: Record<string, unknown>) {
    const round = await startRound(actor, { route: 'peer-review', ...body });
    await answerAll(actor, round);
    await actor.client.post(`/api/v1/rounds/${round.id}/submit`).expect(200);
    return round;
  }

  const scheduleOf = (group: PeerGroupDetail) =>
    group.schedule.map(
      (entry) => `${entry.reviewer.organisationName} → ${entry.reviewed.organisationName}`,
    );

  describe('POST /api/v1/peer-groups', () => {
    it('creates a group with the creating organisation as its first member', async () => {
      const response = await a.client
        .post('/api/v1/peer-groups', {
          name: '  Toetsingsgroep Oost ',
          description: 'Drie organisaties in de regio.',
        })
        .expect(201);
      expect(response.body).toEqual({
        id: UUID,
        name: 'Toetsingsgroep Oost',
        description: 'Drie organisaties in de regio.',
        memberCount: 1,
        isCreator: true,
        createdAt: ISO_INSTANT,
        members: [
          {
            id: UUID,
            organisationName: nameOf(a),
            joinedAt: ISO_INSTANT,
            isCreator: true,
            isOwnOrganisation: true,
          },
        ],
        awaitingRounds: [],
        schedule: [],
      });
    });

    it('refuses invalid input with a problem in Dutch and English', async () => {
      const empty = await a.client.post('/api/v1/peer-groups', { name: '' }).expect(400);
      expect(empty.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(empty.body).toMatchObject({
        type: '/problems/validation-failed',
        errors: [{ field: 'name', code: 'isNotEmpty' }],
      });
      await a.client.post('/api/v1/peer-groups', { name: 'x'.repeat(201) }).expect(400);
      await a.client
        .post('/api/v1/peer-groups', { name: 'Groep', organisationId: randomUUID() })
        .expect(400);
      const english = await a.client.agent
        .post('/api/v1/peer-groups')
        .set('X-XSRF-TOKEN', a.client.token)
        .set('Accept-Language', 'en')
        .send({ name: '' })
        .expect(400);
      expect(english.body.title).toBe('Invalid input');
    });

    it('is for quality officers only', async () => {
      for (const actor of [contributorA, managerA]) {
        const response = await actor.client.post('/api/v1/peer-groups', { name: 'Groep' });
        expect(response.status).toBe(403);
        expect(response.body.type).toBe('/problems/forbidden');
      }
      const admin = await createPlatformAdmin(app);
      await admin.client.post('/api/v1/peer-groups', { name: 'Groep' }).expect(403);
      const anonymous = await ApiClient.create(app);
      await anonymous.post('/api/v1/peer-groups', { name: 'Groep' }).expect(401);
    });
  });

  describe('GET /api/v1/peer-groups', () => {
    it("lists the active organisation's groups to every member, and nothing of others", async () => {
      const group = await createGroup(a, 'Aaa lijstgroep');
      for (const actor of [a, contributorA, managerA]) {
        const list = (await actor.client.get('/api/v1/peer-groups').expect(200)).body as {
          id: string;
        }[];
        expect(list).toContainEqual({
          id: group.id,
          name: 'Aaa lijstgroep',
          description: '',
          memberCount: 1,
          isCreator: true,
          createdAt: ISO_INSTANT,
        });
      }
      const others = (await outsider.client.get('/api/v1/peer-groups').expect(200)).body;
      expect(others).toEqual([]);
      await (await ApiClient.create(app)).get('/api/v1/peer-groups').expect(401);
    });
  });

  describe('GET /api/v1/peer-groups/{groupId}', () => {
    it('answers 404 to another organisation, to an unknown id and to a malformed id', async () => {
      const group = await createGroup(a);
      for (const path of [group.id, randomUUID(), 'not-a-uuid']) {
        const response = await outsider.client.get(`/api/v1/peer-groups/${path}`);
        expect(response.status).toBe(404);
        expect(response.body.type).toBe('/problems/not-found');
      }
      await contributorA.client.get(`/api/v1/peer-groups/${group.id}`).expect(200);
      await managerA.client.get(`/api/v1/peer-groups/${group.id}`).expect(200);
    });
  });

  describe('inviting organisations', () => {
    let group: PeerGroupDetail;

    beforeAll(async () => {
      group = await createGroup(a, 'Uitnodigingsgroep');
    });

    it('answers a single-use link once and keeps only the sha256 of its 256-bit token', async () => {
      const response = await a.client
        .post(`/api/v1/peer-groups/${group.id}/organisation-invitations`, {
          email: b.email.toUpperCase(),
        })
        .expect(201);
      expect(response.body).toEqual({
        invitation: {
          id: UUID,
          email: b.email,
          status: 'pending',
          invitedByOrganisationName: nameOf(a),
          acceptedByOrganisationName: null,
          createdAt: ISO_INSTANT,
          expiresAt: ISO_INSTANT,
        },
        acceptUrl: expect.stringMatching(/^\/peer-groups\/join\?token=[A-Za-z0-9_-]{43}$/),
      });
      const token = tokenOf(response.body.acceptUrl);
      const days =
        (Date.parse(response.body.invitation.expiresAt) -
          Date.parse(response.body.invitation.createdAt)) /
        DAY_MS;
      expect(Math.round(days)).toBe(14);
      const [row] = await dataSource.query(
        'SELECT token_hash FROM peer_group_invitations WHERE id = $1',
        [response.body.invitation.id],
      );
      expect(row.token_hash).toBe(sha256(token));
      const list = await a.client
        .get(`/api/v1/peer-groups/${group.id}/organisation-invitations`)
        .expect(200);
      expect(JSON.stringify(list.body)).not.toContain(token);
      expect(list.body[0]).toEqual(response.body.invitation);
    });

    it('lets the creator choose how long the link works, within 1 to 90 days', async () => {
      const path = `/api/v1/peer-groups/${group.id}/organisation-invitations`;
      const week = await a.client.post(path, { email: c.email, expiresInDays: 7 }).expect(201);
      const { createdAt, expiresAt } = week.body.invitation;
      expect(Math.round((Date.parse(expiresAt) - Date.parse(createdAt)) / DAY_MS)).toBe(7);
      for (const expiresInDays of [0, 91, 1.5, '7']) {
        await a.client.post(path, { email: c.email, expiresInDays }).expect(400);
      }
      await a.client.post(path, { email: 'geen-adres' }).expect(400);
    });

    it('keeps inviting and revoking to the creating organisation', async () => {
      await join(a, group.id, b);
      const path = `/api/v1/peer-groups/${group.id}/organisation-invitations`;
      const refused = await b.client.post(path, { email: c.email }).expect(403);
      expect(refused.body.type).toBe('/problems/not-peer-group-creator');
      await b.client.get(path).expect(403);
      await contributorA.client.post(path, { email: c.email }).expect(403);
      await managerA.client.get(path).expect(403);
      await outsider.client.post(path, { email: c.email }).expect(404);
      await outsider.client.get(path).expect(404);
    });

    it('revokes a link, after which it answers like an unknown one', async () => {
      const { invitation, token } = await inviteOrganisation(a, group.id, c);
      const base = `/api/v1/peer-groups/${group.id}/organisation-invitations`;
      await b.client.delete(`${base}/${invitation.id}`).expect(403);
      await outsider.client.delete(`${base}/${invitation.id}`).expect(404);
      await a.client.delete(`${base}/${randomUUID()}`).expect(404);
      await a.client.delete(`${base}/${invitation.id}`).expect(204);
      await a.client.delete(`${base}/${invitation.id}`).expect(204);
      const list = (await a.client.get(base).expect(200)).body as { id: string; status: string }[];
      expect(list.find((i) => i.id === invitation.id)?.status).toBe('revoked');
      const preview = await c.client.post('/api/v1/peer-group-invitations/preview', { token });
      expect(preview.status).toBe(404);
      expect(preview.body.type).toBe('/problems/not-found');
      await c.client.post('/api/v1/peer-group-invitations/accept', { token }).expect(404);
    });
  });

  describe('POST /api/v1/peer-group-invitations/preview and /accept', () => {
    it('shows the group, then lets the quality officer join on behalf of the active organisation', async () => {
      const group = await createGroup(a, 'Acceptatiegroep');
      const { token } = await inviteOrganisation(a, group.id, b);

      const preview = await b.client
        .post('/api/v1/peer-group-invitations/preview', { token })
        .expect(200);
      expect(preview.body).toEqual({
        groupName: 'Acceptatiegroep',
        groupDescription: '',
        invitedByOrganisationName: nameOf(a),
        email: b.email,
        expiresAt: ISO_INSTANT,
        memberOrganisationNames: [nameOf(a)],
        alreadyMember: false,
      });

      const accepted = await b.client
        .post('/api/v1/peer-group-invitations/accept', { token })
        .expect(200);
      expect(accepted.body).toMatchObject({
        id: group.id,
        memberCount: 2,
        isCreator: false,
        members: [
          { organisationName: nameOf(a), isCreator: true, isOwnOrganisation: false },
          { organisationName: nameOf(b), isCreator: false, isOwnOrganisation: true },
        ],
      });
      // Two organisations review each other.
      expect(scheduleOf(accepted.body)).toEqual([
        `${nameOf(a)} → ${nameOf(b)}`,
        `${nameOf(b)} → ${nameOf(a)}`,
      ]);
      const seenByA = (await a.client.get(`/api/v1/peer-groups/${group.id}`).expect(200))
        .body as PeerGroupDetail;
      expect(scheduleOf(seenByA)).toEqual(scheduleOf(accepted.body));

      // Used: the same answer as an unknown token.
      const again = await c.client.post('/api/v1/peer-group-invitations/accept', { token });
      const unknown = await c.client.post('/api/v1/peer-group-invitations/accept', {
        token: 'x'.repeat(43),
      });
      expect(again.status).toBe(404);
      expect({ ...again.body, instance: null }).toEqual({ ...unknown.body, instance: null });
      await c.client.post('/api/v1/peer-group-invitations/preview', { token }).expect(404);
      const [row] = await dataSource.query(
        'SELECT accepted_by_organisation_id, accepted_by_id FROM peer_group_invitations WHERE token_hash = $1',
        [sha256(token)],
      );
      expect(row).toEqual({
        accepted_by_organisation_id: b.organisationId,
        accepted_by_id: b.me.user.id,
      });
    });

    it('answers an expired link like an unknown one', async () => {
      const group = await createGroup(a);
      // Invited (for one day) two days ago: expired yesterday, while the sessions are fresh.
      shiftClock(app, -2 * DAY_MS);
      const response = await a.client
        .post(`/api/v1/peer-groups/${group.id}/organisation-invitations`, {
          email: c.email,
          expiresInDays: 1,
        })
        .expect(201);
      jest.restoreAllMocks();
      const token = tokenOf(response.body.acceptUrl);
      const expired = await c.client.post('/api/v1/peer-group-invitations/preview', { token });
      expect(expired.status).toBe(404);
      expect(expired.body.type).toBe('/problems/not-found');
      await c.client.post('/api/v1/peer-group-invitations/accept', { token }).expect(404);
      const list = await a.client
        .get(`/api/v1/peer-groups/${group.id}/organisation-invitations`)
        .expect(200);
      expect(list.body[0].status).toBe('expired');
    });

    it('refuses an organisation that is a member already, and keeps the link', async () => {
      const group = await createGroup(a);
      await join(a, group.id, b);
      const { token } = await inviteOrganisation(a, group.id, b);
      const preview = await b.client
        .post('/api/v1/peer-group-invitations/preview', { token })
        .expect(200);
      expect(preview.body.alreadyMember).toBe(true);
      const response = await b.client
        .post('/api/v1/peer-group-invitations/accept', { token })
        .expect(409);
      expect(response.body.type).toBe('/problems/already-peer-group-member');
      await c.client.post('/api/v1/peer-group-invitations/accept', { token }).expect(200);
    });

    it('lets only a logged-in quality officer use a link', async () => {
      const group = await createGroup(a);
      const { token } = await inviteOrganisation(a, group.id, c);
      for (const path of ['preview', 'accept']) {
        const url = `/api/v1/peer-group-invitations/${path}`;
        await (await ApiClient.create(app)).post(url, { token }).expect(401);
        await contributorA.client.post(url, { token }).expect(403);
        await managerA.client.post(url, { token }).expect(403);
        await (await createPlatformAdmin(app)).client.post(url, { token }).expect(403);
        await c.client.post(url, {}).expect(400);
        await c.client.post(url, { token: 12 }).expect(400);
      }
    });
  });

  describe('leaving and removing', () => {
    it('lets a member leave; the group then answers it 404', async () => {
      const group = await createGroup(a, 'Vertrekgroep');
      await join(a, group.id, b);
      await contributorA.client.delete(`/api/v1/peer-groups/${group.id}/membership`).expect(403);
      await outsider.client.delete(`/api/v1/peer-groups/${group.id}/membership`).expect(404);
      await b.client.delete(`/api/v1/peer-groups/${group.id}/membership`).expect(204);
      await b.client.get(`/api/v1/peer-groups/${group.id}`).expect(404);
      const detail = (await a.client.get(`/api/v1/peer-groups/${group.id}`).expect(200))
        .body as PeerGroupDetail;
      expect(detail.members.map((m) => m.organisationName)).toEqual([nameOf(a)]);
      expect(detail.schedule).toEqual([]);
    });

    it('passes the creator role on when the creator leaves, and ends with the last member', async () => {
      const group = await createGroup(a, 'Overdrachtgroep');
      await join(a, group.id, b);
      await join(a, group.id, c);
      await a.client.delete(`/api/v1/peer-groups/${group.id}/membership`).expect(204);
      const detail = (await b.client.get(`/api/v1/peer-groups/${group.id}`).expect(200))
        .body as PeerGroupDetail;
      expect(detail.isCreator).toBe(true);
      expect(detail.members.map((m) => [m.organisationName, m.isCreator])).toEqual([
        [nameOf(b), true],
        [nameOf(c), false],
      ]);
      await c.client.delete(`/api/v1/peer-groups/${group.id}/membership`).expect(204);
      await b.client.delete(`/api/v1/peer-groups/${group.id}/membership`).expect(204);
      const [{ count }] = await dataSource.query(
        'SELECT count(*)::int AS count FROM peer_groups WHERE id = $1',
        [group.id],
      );
      expect(count).toBe(0);
    });

    it('lets only the creator remove another member organisation', async () => {
      const group = await createGroup(a, 'Verwijdergroep');
      await join(a, group.id, b);
      const detail = await join(a, group.id, c);
      const memberB = detail.members.find((m) => m.organisationName === nameOf(b));
      const path = `/api/v1/peer-groups/${group.id}/members/${memberB?.id}`;
      const refused = await c.client.delete(path).expect(403);
      expect(refused.body.type).toBe('/problems/not-peer-group-creator');
      await contributorA.client.delete(path).expect(403);
      await outsider.client.delete(path).expect(404);
      await a.client.delete(`/api/v1/peer-groups/${group.id}/members/${randomUUID()}`).expect(404);
      await a.client.delete(path).expect(204);
      await b.client.get(`/api/v1/peer-groups/${group.id}`).expect(404);
      const after = (await a.client.get(`/api/v1/peer-groups/${group.id}`).expect(200))
        .body as PeerGroupDetail;
      expect(scheduleOf(after)).toEqual([
        `${nameOf(a)} → ${nameOf(c)}`,
        `${nameOf(c)} → ${nameOf(a)}`,
      ]);
    });
  });
  describe('schedule and rounds awaiting review', () => {
    let group: PeerGroupDetail;
    let roundA: { id: string };
    let roundB: { id: string };
    /** The link the one-step action made for C's quality officer to review A's round. */
    let linkForC = '';

    beforeAll(async () => {
      group = await createGroup(a, 'Roostergroep');
      await join(a, group.id, b);
      await join(a, group.id, c);
      roundA = await submittedRound(a, { title: 'Toetsing Alfa', targetDate: '2027-02-01' });
      await submittedRound(b, { title: 'Oude ronde Beta', targetDate: '2027-01-01' });
      roundB = await submittedRound(b, { title: 'Toetsing Beta', targetDate: '2027-03-01' });
      // Neither a draft nor a round for the external audit awaits peer review.
      await startRound(c, { title: 'Concept Gamma', route: 'peer-review' });
      await submittedRound(c, { title: 'Audit Gamma', route: 'external-audit' });
    });

    it('has every member review the next one in join order, and no one itself', async () => {
      const detail = (await b.client.get(`/api/v1/peer-groups/${group.id}`).expect(200))
        .body as PeerGroupDetail;
      expect(scheduleOf(detail)).toEqual([
        `${nameOf(a)} → ${nameOf(b)}`,
        `${nameOf(b)} → ${nameOf(c)}`,
        `${nameOf(c)} → ${nameOf(a)}`,
      ]);
      expect(detail.schedule[0]).toEqual({
        reviewer: { memberId: detail.members[0].id, organisationName: nameOf(a) },
        reviewed: { memberId: detail.members[1].id, organisationName: nameOf(b) },
      });
    });

    it("lists each member's latest submitted peer-review round, by target date", async () => {
      const detail = (await c.client.get(`/api/v1/peer-groups/${group.id}`).expect(200))
        .body as PeerGroupDetail;
      expect(detail.awaitingRounds).toEqual([
        {
          roundId: roundA.id,
          roundTitle: 'Toetsing Alfa',
          organisation: { memberId: detail.members[0].id, organisationName: nameOf(a) },
          targetDate: '2027-02-01',
          submittedAt: ISO_INSTANT,
          reviewersInvited: false,
          isOwnOrganisation: false,
        },
        {
          roundId: roundB.id,
          roundTitle: 'Toetsing Beta',
          organisation: { memberId: detail.members[1].id, organisationName: nameOf(b) },
          targetDate: '2027-03-01',
          submittedAt: ISO_INSTANT,
          reviewersInvited: false,
          isOwnOrganisation: false,
        },
      ]);
    });

    describe('POST /api/v1/peer-groups/{groupId}/invitations', () => {
      it("invites the scheduled reviewer's quality officers for our own round, in one step", async () => {
        const secondOfficerC = await addMember(app, c, 'quality-officer');
        await addMember(app, c, 'contributor');
        const response = await a.client
          .post(`/api/v1/peer-groups/${group.id}/invitations`)
          .expect(200);
        const body = response.body as PeerGroupReviewInvitations;
        expect(body.alreadyInvited).toEqual([]);
        expect(body.created.map((invitation) => invitation.email).sort()).toEqual(
          [c.email, secondOfficerC.email].sort(),
        );
        expect(body.created[0]).toEqual({
          invitationId: UUID,
          roundId: roundA.id,
          roundTitle: 'Toetsing Alfa',
          reviewerOrganisationName: nameOf(c),
          email: expect.any(String),
          lead: true,
          expiresAt: ISO_INSTANT,
          acceptUrl: expect.stringMatching(/\?token=[A-Za-z0-9_-]{43}$/),
        });
        expect(body.created[1].lead).toBe(false);
        linkForC = body.created.find((invitation) => invitation.email === c.email)?.acceptUrl ?? '';

        const rows: { peer_group_id: string; token_hash: string; email: string }[] =
          await dataSource.query(
            'SELECT peer_group_id, token_hash, email FROM review_invitations WHERE round_id = $1 ORDER BY created_at',
            [roundA.id],
          );
        expect(rows).toHaveLength(2);
        for (const row of rows) {
          const created = body.created.find((invitation) => invitation.email === row.email);
          expect(row.peer_group_id).toBe(group.id);
          expect(row.token_hash).toBe(sha256(tokenOf(created?.acceptUrl ?? '')));
        }
        const listed = await a.client.get(`/api/v1/rounds/${roundA.id}/review-invitations`);
        expect(listed.status).toBe(200);
        expect(listed.body).toHaveLength(2);

        const detail = (await b.client.get(`/api/v1/peer-groups/${group.id}`).expect(200))
          .body as PeerGroupDetail;
        const invited = detail.awaitingRounds.map((round) => [
          round.roundTitle,
          round.reviewersInvited,
        ]);
        expect(invited).toEqual([
          ['Toetsing Alfa', true],
          ['Toetsing Beta', false],
        ]);
      });

      it('does not invite anyone twice when run again', async () => {
        const response = await a.client
          .post(`/api/v1/peer-groups/${group.id}/invitations`)
          .expect(200);
        expect(response.body.created).toEqual([]);
        expect(response.body.alreadyInvited).toHaveLength(2);
        expect(response.body.alreadyInvited[0]).toEqual({
          roundId: roundA.id,
          reviewerOrganisationName: nameOf(c),
          email: expect.any(String),
        });
        const [{ count }] = await dataSource.query(
          'SELECT count(*)::int AS count FROM review_invitations WHERE round_id = $1',
          [roundA.id],
        );
        expect(count).toBe(2);
      });

      it('invites again once an earlier invitation was revoked', async () => {
        const [row] = await dataSource.query(
          'SELECT id, email FROM review_invitations WHERE round_id = $1 AND lead = false',
          [roundA.id],
        );
        await a.client.delete(`/api/v1/review-invitations/${row.id}`).expect(204);
        const response = await a.client
          .post(`/api/v1/peer-groups/${group.id}/invitations`)
          .expect(200);
        expect(response.body.created.map((i: { email: string }) => i.email)).toEqual([row.email]);
        expect(response.body.alreadyInvited.map((i: { email: string }) => i.email)).toEqual([
          c.email,
        ]);
      });

      it('refuses an organisation without a submitted peer-review round awaiting review', async () => {
        const response = await c.client
          .post(`/api/v1/peer-groups/${group.id}/invitations`)
          .expect(409);
        expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
        expect(response.body.type).toBe('/problems/no-round-awaiting-review');
      });

      it('refuses a group without a schedule', async () => {
        const alone = await createGroup(a, 'Alleen');
        const response = await a.client
          .post(`/api/v1/peer-groups/${alone.id}/invitations`)
          .expect(409);
        expect(response.body.type).toBe('/problems/peer-group-has-no-schedule');
      });

      it("is for a member organisation's quality officer only", async () => {
        const path = `/api/v1/peer-groups/${group.id}/invitations`;
        await contributorA.client.post(path).expect(403);
        await managerA.client.post(path).expect(403);
        await outsider.client.post(path).expect(404);
        await outsider.client.post(`/api/v1/peer-groups/not-a-uuid/invitations`).expect(404);
        await (await ApiClient.create(app)).post(path).expect(401);
      });

      it('leaves out a reviewer who is also a member of the reviewed organisation', async () => {
        // B's quality officer is also a quality officer of A, which reviews B this cycle.
        const sent = await invite(a, b.email, 'quality-officer');
        await acceptAsExistingUser(app, sent.token);
        const response = await b.client
          .post(`/api/v1/peer-groups/${group.id}/invitations`)
          .expect(200);
        expect(response.body.created).toHaveLength(1);
        expect(response.body.created[0]).toMatchObject({
          roundId: roundB.id,
          reviewerOrganisationName: nameOf(a),
          email: a.email,
        });
      });

      it('gives links that work like any review invitation: the reviewer accepts and reads the round', async () => {
        await c.client
          .post('/api/v1/review-invitations/accept', { token: tokenOf(linkForC) })
          .expect(200);
        const read = await c.client.get(`/api/v1/rounds/${roundA.id}`).expect(200);
        expect(read.body.title).toBe('Toetsing Alfa');
      });
    });
  });

  describe('a round reviewed by the group', () => {
    it('no longer awaits review once its leerrapport is final, also when the hearing simply ran out', async () => {
      // Placed last: it goes through the review-access and reviews contexts end to end.
      const d = await registerOrganisation(app, `Dalton Delta ${randomUUID().slice(0, 4)}`);
      const e = await registerOrganisation(app, `Eemland Epsilon ${randomUUID().slice(0, 4)}`);
      const group = await createGroup(d, 'Leerrapportgroep');
      await join(d, group.id, e);
      const round = await submittedRound(d, { title: 'Toetsing Delta' });
      const invited = (
        await d.client.post(`/api/v1/peer-groups/${group.id}/invitations`).expect(200)
      ).body as PeerGroupReviewInvitations;
      expect(invited.created.map((invitation) => invitation.email)).toEqual([e.email]);

      const accepted = await e.client
        .post('/api/v1/review-invitations/accept', {
          token: tokenOf(invited.created[0].acceptUrl),
        })
        .expect(200);
      const reviewId = accepted.body.reviewId as string;
      for (const response of round.responses) {
        await e.client
          .put(`/api/v1/reviews/${reviewId}/findings/${response.criterionCode}`, {
            judgement: 'meets',
            finding: `Bevinding bij ${response.criterionCode}`,
            questions: '',
          })
          .expect(200);
      }
      await e.client
        .put(`/api/v1/reviews/${reviewId}/overall`, {
          judgement: 'meets',
          strengths: 'Sterk',
          improvements: 'Verbeterpunten',
        })
        .expect(200);
      await e.client.post(`/api/v1/reviews/${reviewId}/submit`).expect(200);
      await e.client
        .post(`/api/v1/rounds/${round.id}/leerrapport/issue`, { hearingDays: 1 })
        .expect(201);

      const awaiting = async () =>
        (
          (await e.client.get(`/api/v1/peer-groups/${group.id}`).expect(200))
            .body as PeerGroupDetail
        ).awaitingRounds.map((r) => r.roundTitle);
      // During hoor en wederhoor the round still awaits its final leerrapport.
      expect(await awaiting()).toEqual(['Toetsing Delta']);
      // Two days on, the one-day hearing is over: final, even before anyone opened the leerrapport.
      shiftClock(app, 2 * DAY_MS);
      expect(await awaiting()).toEqual([]);
      const again = await d.client.post(`/api/v1/peer-groups/${group.id}/invitations`);
      expect(again.status).toBe(409);
      expect(again.body.type).toBe('/problems/no-round-awaiting-review');
    });
  });
});
