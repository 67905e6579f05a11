import { createHash, randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { ApiClient } from '../support/api-client';
import { DAY_MS, MINUTE_MS, shiftClock } from '../support/clock';
import {
  Actor,
  addMember,
  registerOrganisation,
  TEST_PASSWORD,
  uniqueEmail,
} from '../support/factories';
import { cookieValue, PROBLEM_JSON } from '../support/http';
import { invite } from '../support/invitations';
import { createTestApp } from '../support/test-app';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const notFound = (instance: string) => ({
  type: '/problems/not-found',
  title: 'Niet gevonden',
  status: 404,
  detail: 'Dit bestaat niet of je hebt er geen toegang toe.',
  instance,
});

const forbidden = (instance: string) => ({
  type: '/problems/forbidden',
  title: 'Geen toegang',
  status: 403,
  detail: 'Je rol in deze organisatie staat dit niet toe.',
  instance,
});

const lastQualityOfficer = (instance: string) => ({
  type: '/problems/last-quality-officer',
  title: 'Laatste kwaliteitsfunctionaris',
  status: 409,
  detail:
    'Een organisatie houdt altijd minstens één kwaliteitsfunctionaris. Benoem eerst iemand anders.',
  instance,
});

describe('organisation', () => {
  let app: NestExpressApplication;

  const members = async (actor: Actor) =>
    (await actor.client.get('/api/v1/organisation/members').expect(200)).body;
  const invitationsOf = async (actor: Actor) =>
    (await actor.client.get('/api/v1/organisation/invitations').expect(200)).body;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await app.close();
  });

  describe('GET /api/v1/organisation', () => {
    it('describes the active organisation with its member and pending invitation counts', async () => {
      const officer = await registerOrganisation(app, 'Welzijn Overzicht');
      await addMember(app, officer, 'contributor');
      await invite(officer, uniqueEmail('pending'), 'manager');

      const response = await officer.client.get('/api/v1/organisation').expect(200);

      expect(response.body).toEqual({
        id: officer.organisationId,
        name: 'Welzijn Overzicht',
        createdAt: expect.stringMatching(ISO_DATE),
        memberCount: 2,
        pendingInvitationCount: 1,
        signOffRequired: false,
        deletion: null,
      });
    });
  });

  describe('GET /api/v1/organisation/members', () => {
    it('lists every member with role and join date, by name', async () => {
      const officer = await registerOrganisation(app);
      const contributor = await addMember(app, officer, 'contributor');
      const manager = await addMember(app, officer, 'manager');

      const list = await members(officer);

      expect(list).toEqual([
        {
          id: expect.stringMatching(UUID),
          userId: officer.me.user.id,
          email: officer.email,
          displayName: 'Kwaliteit Test',
          role: 'quality-officer',
          joinedAt: expect.stringMatching(ISO_DATE),
        },
        {
          id: expect.stringMatching(UUID),
          userId: contributor.me.user.id,
          email: contributor.email,
          displayName: 'Test contributor',
          role: 'contributor',
          joinedAt: expect.stringMatching(ISO_DATE),
        },
        {
          id: expect.stringMatching(UUID),
          userId: manager.me.user.id,
          email: manager.email,
          displayName: 'Test manager',
          role: 'manager',
          joinedAt: expect.stringMatching(ISO_DATE),
        },
      ]);
    });

    it.each(['contributor', 'manager'] as const)('lets a %s read the members', async (role) => {
      const officer = await registerOrganisation(app);
      const member = await addMember(app, officer, role);

      const list = await members(member);

      expect(list.map((m: { email: string }) => m.email).sort()).toEqual(
        [officer.email, member.email].sort(),
      );
    });
  });

  describe('POST /api/v1/organisation/invitations', () => {
    it('creates a pending invitation and answers the single-use link once', async () => {
      const officer = await registerOrganisation(app);
      const email = uniqueEmail('invitee');

      const response = await officer.client
        .post('/api/v1/organisation/invitations', {
          email: email.toUpperCase(),
          role: 'contributor',
        })
        .expect(201);

      expect(response.body).toEqual({
        invitation: {
          id: expect.stringMatching(UUID),
          email,
          role: 'contributor',
          status: 'pending',
          createdAt: expect.stringMatching(ISO_DATE),
          expiresAt: expect.stringMatching(ISO_DATE),
        },
        acceptUrl: expect.stringMatching(/^\/invitations\/accept\?token=[A-Za-z0-9_-]{43,}$/),
      });
      const { createdAt, expiresAt } = response.body.invitation;
      expect(Date.parse(expiresAt) - Date.parse(createdAt)).toBeGreaterThan(7 * DAY_MS - MINUTE_MS);
      expect(Date.parse(expiresAt) - Date.parse(createdAt)).toBeLessThan(7 * DAY_MS + MINUTE_MS);
    });

    it('stores only the sha256 of the token, never the token itself', async () => {
      const officer = await registerOrganisation(app);
      const { invitation, token } = await invite(officer, uniqueEmail('hashed'), 'manager');
      const dataSource = app.get(DataSource);

      const [row] = await dataSource.query<{ token_hash: string }[]>(
        'SELECT token_hash FROM invitations WHERE id = $1',
        [invitation.id],
      );

      expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(row.token_hash).not.toContain(token);
      const [{ count }] = await dataSource.query<{ count: string }[]>(
        `SELECT count(*) FROM invitations WHERE position($1 in token_hash) > 0 OR position($1 in email) > 0`,
        [token],
      );
      expect(Number(count)).toBe(0);
    });

    it('refuses to invite someone who is already a member, whatever the case of the address', async () => {
      const officer = await registerOrganisation(app);
      const contributor = await addMember(app, officer, 'contributor');

      const response = await officer.client
        .post('/api/v1/organisation/invitations', {
          email: contributor.email.toUpperCase(),
          role: 'manager',
        })
        .expect(409);

      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body).toEqual({
        type: '/problems/already-member',
        title: 'Al lid',
        status: 409,
        detail: `${contributor.email} is al lid van deze organisatie.`,
        instance: '/api/v1/organisation/invitations',
      });
      expect(await invitationsOf(officer)).toEqual([
        expect.objectContaining({ email: contributor.email, status: 'accepted' }),
      ]);
    });

    it('refuses an invalid address and an unknown role with the exact problem', async () => {
      const officer = await registerOrganisation(app);

      const response = await officer.client
        .post('/api/v1/organisation/invitations', { email: 'geen-adres', role: 'admin' })
        .expect(400);

      expect(response.body).toEqual({
        type: '/problems/validation-failed',
        title: 'Ongeldige invoer',
        status: 400,
        detail:
          'De invoer klopt niet: email: vul een volledig e-mailadres in, zoals naam@organisatie.nl; role: kies een van deze waarden: quality-officer, contributor, manager, professional',
        instance: '/api/v1/organisation/invitations',
        errors: [
          {
            field: 'email',
            code: 'isEmail',
            message: 'email: vul een volledig e-mailadres in, zoals naam@organisatie.nl',
          },
          {
            field: 'role',
            code: 'isIn',
            message:
              'role: kies een van deze waarden: quality-officer, contributor, manager, professional',
          },
        ],
      });
    });
  });

  describe('GET /api/v1/organisation/invitations', () => {
    it('lists a new invitation as pending', async () => {
      const officer = await registerOrganisation(app);
      const sent = await invite(officer, uniqueEmail('listed'), 'manager');

      expect(await invitationsOf(officer)).toEqual([sent.invitation]);
    });

    it('lists an invitation older than seven days as expired and no longer counts it as pending', async () => {
      const officer = await registerOrganisation(app);
      shiftClock(app, -(7 * DAY_MS + MINUTE_MS));
      const sent = await invite(officer, uniqueEmail('old'), 'contributor');
      jest.restoreAllMocks();

      expect(await invitationsOf(officer)).toEqual([{ ...sent.invitation, status: 'expired' }]);
      expect(
        (await officer.client.get('/api/v1/organisation').expect(200)).body.pendingInvitationCount,
      ).toBe(0);
      await (
        await ApiClient.create(app)
      )
        .post('/api/v1/invitations/preview', { token: sent.token })
        .expect(404);
    });
  });

  describe('POST /api/v1/invitations/preview', () => {
    it('tells a new address what it is invited to, without an account', async () => {
      const officer = await registerOrganisation(app, 'Welzijn Voorbeeld');
      const email = uniqueEmail('new');
      const sent = await invite(officer, email, 'manager');

      const response = await (
        await ApiClient.create(app)
      )
        .post('/api/v1/invitations/preview', { token: sent.token })
        .expect(200);

      expect(response.body).toEqual({
        organisationName: 'Welzijn Voorbeeld',
        email,
        role: 'manager',
        expiresAt: sent.invitation.expiresAt,
        hasAccount: false,
      });
    });

    it('tells an address that already has an account so', async () => {
      const officer = await registerOrganisation(app);
      const elsewhere = await registerOrganisation(app);
      const sent = await invite(officer, elsewhere.email, 'contributor');

      const response = await (
        await ApiClient.create(app)
      )
        .post('/api/v1/invitations/preview', { token: sent.token })
        .expect(200);

      expect(response.body.hasAccount).toBe(true);
    });

    it('answers an unknown token with 404', async () => {
      const response = await (
        await ApiClient.create(app)
      )
        .post('/api/v1/invitations/preview', { token: 'x'.repeat(43) })
        .expect(404);

      expect(response.body).toEqual(notFound('/api/v1/invitations/preview'));
    });
  });

  describe('POST /api/v1/invitations/accept', () => {
    const unknownTokenAnswer = async (
      path: '/api/v1/invitations/accept' | '/api/v1/invitations/preview',
    ) => {
      const token = 'y'.repeat(43);
      const body = path.endsWith('accept')
        ? { token, displayName: 'Niemand', password: TEST_PASSWORD }
        : { token };
      return (await ApiClient.create(app)).post(path, body).expect(404);
    };

    it('creates the account with the invited role and logs it in', async () => {
      const officer = await registerOrganisation(app, 'Welzijn Welkom');
      const email = uniqueEmail('joiner');
      const sent = await invite(officer, email, 'manager');
      const client = await ApiClient.create(app);

      const response = await client
        .post('/api/v1/invitations/accept', {
          token: sent.token,
          displayName: 'Nieuwe Collega',
          password: TEST_PASSWORD,
        })
        .expect(200);

      expect(response.body).toEqual({
        user: {
          id: expect.stringMatching(UUID),
          email,
          displayName: 'Nieuwe Collega',
          language: 'nl',
        },
        memberships: [
          {
            organisationId: officer.organisationId,
            organisationName: 'Welzijn Welkom',
            role: 'manager',
          },
        ],
        activeOrganisationId: officer.organisationId,
        platformAdmin: false,
      });
      expect(cookieValue(response, 'lk_session')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect((await client.get('/api/v1/me').expect(200)).body).toEqual(response.body);
      expect(await members(officer)).toContainEqual(
        expect.objectContaining({ userId: response.body.user.id, email, role: 'manager' }),
      );
      expect(await invitationsOf(officer)).toEqual([{ ...sent.invitation, status: 'accepted' }]);
      await (await ApiClient.create(app)).login(email, TEST_PASSWORD);
    });

    it('refuses a used token exactly as it refuses an unknown one', async () => {
      const officer = await registerOrganisation(app);
      const sent = await invite(officer, uniqueEmail('once'), 'contributor');
      const body = { token: sent.token, displayName: 'Eenmalig', password: TEST_PASSWORD };
      await (await ApiClient.create(app)).post('/api/v1/invitations/accept', body).expect(200);

      const reused = await (
        await ApiClient.create(app)
      )
        .post('/api/v1/invitations/accept', body)
        .expect(404);
      const unknown = await unknownTokenAnswer('/api/v1/invitations/accept');

      expect(reused.body).toEqual(notFound('/api/v1/invitations/accept'));
      expect(reused.text).toBe(unknown.text);
      const preview = await (
        await ApiClient.create(app)
      )
        .post('/api/v1/invitations/preview', { token: sent.token })
        .expect(404);
      expect(preview.text).toBe((await unknownTokenAnswer('/api/v1/invitations/preview')).text);
    });

    it('refuses a revoked invitation', async () => {
      const officer = await registerOrganisation(app);
      const sent = await invite(officer, uniqueEmail('revoked'), 'contributor');
      await officer.client
        .delete(`/api/v1/organisation/invitations/${sent.invitation.id}`)
        .expect(204);

      const response = await (
        await ApiClient.create(app)
      )
        .post('/api/v1/invitations/accept', {
          token: sent.token,
          displayName: 'Te Laat',
          password: TEST_PASSWORD,
        })
        .expect(404);

      expect(response.text).toBe((await unknownTokenAnswer('/api/v1/invitations/accept')).text);
      expect(await invitationsOf(officer)).toEqual([{ ...sent.invitation, status: 'revoked' }]);
    });

    it('refuses an invitation once seven days have passed', async () => {
      const officer = await registerOrganisation(app);
      const sent = await invite(officer, uniqueEmail('expired'), 'contributor');
      const client = await ApiClient.create(app);
      shiftClock(app, 7 * DAY_MS + MINUTE_MS);

      const accept = await client
        .post('/api/v1/invitations/accept', {
          token: sent.token,
          displayName: 'Te Laat',
          password: TEST_PASSWORD,
        })
        .expect(404);
      const preview = await client
        .post('/api/v1/invitations/preview', { token: sent.token })
        .expect(404);

      expect(accept.text).toBe((await unknownTokenAnswer('/api/v1/invitations/accept')).text);
      expect(preview.body).toEqual(notFound('/api/v1/invitations/preview'));
    });

    it('refuses a logged-in user whose address is not the invited one, and keeps the invitation open', async () => {
      const officer = await registerOrganisation(app);
      const email = uniqueEmail('intended');
      const sent = await invite(officer, email, 'contributor');
      const someoneElse = await registerOrganisation(app);

      const response = await someoneElse.client
        .post('/api/v1/invitations/accept', { token: sent.token })
        .expect(409);

      expect(response.body).toEqual({
        type: '/problems/invitation-email-mismatch',
        title: 'Andere gebruiker',
        status: 409,
        detail: `Deze uitnodiging is voor ${email}. Log uit en open de link opnieuw.`,
        instance: '/api/v1/invitations/accept',
      });
      expect(await invitationsOf(officer)).toEqual([sent.invitation]);
      expect(
        (await someoneElse.client.get('/api/v1/me').expect(200)).body.memberships,
      ).toHaveLength(1);
    });

    it('refuses an existing account with the wrong password and keeps the invitation open', async () => {
      const officer = await registerOrganisation(app);
      const elsewhere = await registerOrganisation(app);
      const sent = await invite(officer, elsewhere.email, 'contributor');

      const response = await (
        await ApiClient.create(app)
      )
        .post('/api/v1/invitations/accept', { token: sent.token, password: 'not-the-password' })
        .expect(401);

      expect(response.body).toEqual({
        type: '/problems/invalid-credentials',
        title: 'Inloggen mislukt',
        status: 401,
        detail: 'Het e-mailadres of het wachtwoord klopt niet.',
        instance: '/api/v1/invitations/accept',
      });
      expect(await invitationsOf(officer)).toEqual([sent.invitation]);
    });
  });

  describe('PATCH /api/v1/organisation/members/:memberId', () => {
    const memberIdOf = async (officer: Actor, email: string): Promise<string> =>
      (await members(officer)).find((m: { email: string }) => m.email === email).id;

    it("lets the quality officer change a member's role", async () => {
      const officer = await registerOrganisation(app);
      const contributor = await addMember(app, officer, 'contributor');
      const memberId = await memberIdOf(officer, contributor.email);

      const response = await officer.client
        .patch(`/api/v1/organisation/members/${memberId}`, { role: 'manager' })
        .expect(200);

      expect(response.body).toEqual({
        id: memberId,
        userId: contributor.me.user.id,
        email: contributor.email,
        displayName: 'Test contributor',
        role: 'manager',
        joinedAt: expect.stringMatching(ISO_DATE),
      });
      expect(await members(officer)).toContainEqual(response.body);
    });

    it('refuses to demote the only quality officer and changes nothing', async () => {
      const officer = await registerOrganisation(app);
      await addMember(app, officer, 'contributor');
      const before = await members(officer);
      const memberId = await memberIdOf(officer, officer.email);

      const response = await officer.client
        .patch(`/api/v1/organisation/members/${memberId}`, { role: 'contributor' })
        .expect(409);

      expect(response.body).toEqual(lastQualityOfficer(`/api/v1/organisation/members/${memberId}`));
      expect(await members(officer)).toEqual(before);
    });

    it('lets one of two quality officers be demoted', async () => {
      const officer = await registerOrganisation(app);
      const second = await addMember(app, officer, 'quality-officer');
      const memberId = await memberIdOf(officer, officer.email);

      const response = await second.client
        .patch(`/api/v1/organisation/members/${memberId}`, { role: 'contributor' })
        .expect(200);

      expect(response.body.role).toBe('contributor');
      expect((await members(second)).map((m: { role: string }) => m.role).sort()).toEqual([
        'contributor',
        'quality-officer',
      ]);
      const secondId = await memberIdOf(second, second.email);
      const last = await second.client
        .patch(`/api/v1/organisation/members/${secondId}`, { role: 'manager' })
        .expect(409);
      expect(last.body.type).toBe('/problems/last-quality-officer');
    });

    it.each(['contributor', 'manager'] as const)('refuses a %s', async (role) => {
      const officer = await registerOrganisation(app);
      const member = await addMember(app, officer, role);
      const officerId = await memberIdOf(officer, officer.email);

      const response = await member.client
        .patch(`/api/v1/organisation/members/${officerId}`, { role })
        .expect(403);

      expect(response.body).toEqual(forbidden(`/api/v1/organisation/members/${officerId}`));
      expect(await members(officer)).toContainEqual(
        expect.objectContaining({ id: officerId, role: 'quality-officer' }),
      );
    });
  });

  describe('DELETE /api/v1/organisation/members/:memberId', () => {
    it('lets the quality officer remove a member, who then loses access', async () => {
      const officer = await registerOrganisation(app);
      const contributor = await addMember(app, officer, 'contributor');
      const memberId = (await members(officer)).find(
        (m: { email: string }) => m.email === contributor.email,
      ).id;

      const response = await officer.client
        .delete(`/api/v1/organisation/members/${memberId}`)
        .expect(204);

      expect(response.text).toBe('');
      expect((await members(officer)).map((m: { email: string }) => m.email)).toEqual([
        officer.email,
      ]);
      const lockedOut = await contributor.client.get('/api/v1/organisation/members').expect(403);
      expect(lockedOut.body.type).toBe('/problems/no-active-organisation');
    });

    it('refuses to remove the only quality officer and changes nothing', async () => {
      const officer = await registerOrganisation(app);
      await addMember(app, officer, 'manager');
      const before = await members(officer);
      const memberId = before.find((m: { email: string }) => m.email === officer.email).id;

      const response = await officer.client
        .delete(`/api/v1/organisation/members/${memberId}`)
        .expect(409);

      expect(response.body).toEqual(lastQualityOfficer(`/api/v1/organisation/members/${memberId}`));
      expect(await members(officer)).toEqual(before);
    });

    it.each(['contributor', 'manager'] as const)('refuses a %s', async (role) => {
      const officer = await registerOrganisation(app);
      const member = await addMember(app, officer, role);
      const before = await members(officer);
      const officerId = before.find((m: { email: string }) => m.email === officer.email).id;

      const response = await member.client
        .delete(`/api/v1/organisation/members/${officerId}`)
        .expect(403);

      expect(response.body).toEqual(forbidden(`/api/v1/organisation/members/${officerId}`));
      expect(await members(officer)).toEqual(before);
    });
  });

  describe('DELETE /api/v1/organisation/invitations/:invitationId', () => {
    it('revokes a pending invitation', async () => {
      const officer = await registerOrganisation(app);
      const sent = await invite(officer, uniqueEmail('revoke'), 'manager');

      const response = await officer.client
        .delete(`/api/v1/organisation/invitations/${sent.invitation.id}`)
        .expect(204);

      expect(response.text).toBe('');
      expect(await invitationsOf(officer)).toEqual([{ ...sent.invitation, status: 'revoked' }]);
    });

    it('answers 404 for an invitation id that does not exist', async () => {
      const officer = await registerOrganisation(app);
      const id = randomUUID();

      const response = await officer.client
        .delete(`/api/v1/organisation/invitations/${id}`)
        .expect(404);

      expect(response.body).toEqual(notFound(`/api/v1/organisation/invitations/${id}`));
    });
  });

  describe('roles without management rights', () => {
    it.each(['contributor', 'manager'] as const)(
      'refuse a %s to invite or to see the invitations',
      async (role) => {
        const officer = await registerOrganisation(app);
        const member = await addMember(app, officer, role);
        const sent = await invite(officer, uniqueEmail('kept'), 'contributor');

        const invited = await member.client
          .post('/api/v1/organisation/invitations', { email: uniqueEmail(), role: 'contributor' })
          .expect(403);
        const listed = await member.client.get('/api/v1/organisation/invitations').expect(403);
        const revoked = await member.client
          .delete(`/api/v1/organisation/invitations/${sent.invitation.id}`)
          .expect(403);

        expect(invited.body).toEqual(forbidden('/api/v1/organisation/invitations'));
        expect(listed.body).toEqual(forbidden('/api/v1/organisation/invitations'));
        expect(revoked.body).toEqual(
          forbidden(`/api/v1/organisation/invitations/${sent.invitation.id}`),
        );
        expect(await invitationsOf(officer)).toEqual([
          expect.objectContaining({ id: sent.invitation.id, status: 'pending' }),
          expect.objectContaining({ email: member.email, status: 'accepted' }),
        ]);
      },
    );
  });

  describe('another organisation', () => {
    let orgA: Actor;
    let orgB: Actor;
    let contributorA: Actor;
    let memberIdsA: string[];
    let invitationIdA: string;

    beforeAll(async () => {
      orgA = await registerOrganisation(app, 'Welzijn A');
      orgB = await registerOrganisation(app, 'Welzijn B');
      contributorA = await addMember(app, orgA, 'contributor');
      memberIdsA = (await members(orgA)).map((m: { id: string }) => m.id);
      invitationIdA = (await invite(orgA, uniqueEmail('a-pending'), 'manager')).invitation.id;
    });

    it("answers 404 when a quality officer changes the role of another organisation's member", async () => {
      for (const memberId of memberIdsA) {
        const response = await orgB.client.patch(`/api/v1/organisation/members/${memberId}`, {
          role: 'manager',
        });
        expect(response.status).toBe(404);
        expect(response.body).toEqual(notFound(`/api/v1/organisation/members/${memberId}`));
      }
      expect((await members(orgA)).map((m: { role: string }) => m.role).sort()).toEqual([
        'contributor',
        'quality-officer',
      ]);
    });

    it("answers 404 when a quality officer removes another organisation's member", async () => {
      for (const memberId of memberIdsA) {
        const response = await orgB.client.delete(`/api/v1/organisation/members/${memberId}`);
        expect(response.status).toBe(404);
        expect(response.body).toEqual(notFound(`/api/v1/organisation/members/${memberId}`));
      }
      expect(await members(orgA)).toHaveLength(2);
    });

    it("answers 404 when a quality officer revokes another organisation's invitation", async () => {
      const response = await orgB.client
        .delete(`/api/v1/organisation/invitations/${invitationIdA}`)
        .expect(404);

      expect(response.body).toEqual(notFound(`/api/v1/organisation/invitations/${invitationIdA}`));
      expect(await invitationsOf(orgA)).toContainEqual(
        expect.objectContaining({ id: invitationIdA, status: 'pending' }),
      );
    });

    it("never shows another organisation's members or invitations", async () => {
      const listed = await members(orgB);
      const invitations = await invitationsOf(orgB);

      expect(listed.map((m: { email: string }) => m.email)).toEqual([orgB.email]);
      expect(listed.map((m: { id: string }) => m.id)).not.toEqual(
        expect.arrayContaining([memberIdsA[0]]),
      );
      expect(invitations).toEqual([]);
      expect((await orgB.client.get('/api/v1/organisation').expect(200)).body.name).toBe(
        'Welzijn B',
      );
      expect((await contributorA.client.get('/api/v1/organisation').expect(200)).body.name).toBe(
        'Welzijn A',
      );
    });
  });

  describe('malformed ids', () => {
    it.each([
      ['patch', '/api/v1/organisation/members/not-a-uuid'],
      ['delete', '/api/v1/organisation/members/not-a-uuid'],
      ['delete', '/api/v1/organisation/invitations/not-a-uuid'],
      ['delete', "/api/v1/organisation/members/1'%20OR%20'1'='1"],
    ] as const)('answers %s %s with 404', async (method, path) => {
      const officer = await registerOrganisation(app);

      const response = await officer.client
        .send(method, path, method === 'patch' ? { role: 'manager' } : undefined)
        .expect(404);

      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body).toEqual(notFound(path));
    });
  });

  describe('anonymous clients', () => {
    const id = randomUUID();

    it.each([
      ['get', '/api/v1/organisation'],
      ['get', '/api/v1/organisation/members'],
      ['patch', `/api/v1/organisation/members/${id}`],
      ['delete', `/api/v1/organisation/members/${id}`],
      ['get', '/api/v1/organisation/invitations'],
      ['post', '/api/v1/organisation/invitations'],
      ['delete', `/api/v1/organisation/invitations/${id}`],
    ] as const)('get 401 on %s %s', async (method, path) => {
      const client = await ApiClient.create(app);
      const body =
        method === 'patch'
          ? { role: 'manager' }
          : method === 'post'
            ? { email: uniqueEmail(), role: 'manager' }
            : undefined;

      const response = await client.send(method, path, body).expect(401);

      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body).toEqual({
        type: '/problems/not-authenticated',
        title: 'Niet ingelogd',
        status: 401,
        detail: 'Log eerst in.',
        instance: path,
      });
    });

    it('get 401 even without a CSRF cookie on a GET', async () => {
      await request(app.getHttpServer()).get('/api/v1/organisation').expect(401);
    });
  });
});
