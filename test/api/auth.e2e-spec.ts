import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { CookieAccessInfo } from 'cookiejar';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { ApiClient } from '../support/api-client';
import { HOUR_MS, MINUTE_MS, shiftClock } from '../support/clock';
import { registerOrganisation, TEST_PASSWORD, uniqueEmail } from '../support/factories';
import { cookieValue, PROBLEM_JSON, setCookie, setCookies } from '../support/http';
import { acceptAsExistingUser, invite } from '../support/invitations';
import { createTestApp } from '../support/test-app';

const INVALID_CREDENTIALS = {
  type: '/problems/invalid-credentials',
  title: 'Inloggen mislukt',
  status: 401,
  detail: 'Het e-mailadres of het wachtwoord klopt niet.',
  instance: '/api/v1/auth/login',
};

const notAuthenticated = (instance: string) => ({
  type: '/problems/not-authenticated',
  title: 'Niet ingelogd',
  status: 401,
  detail: 'Log eerst in.',
  instance,
});

const csrfInvalid = (instance: string) => ({
  type: '/problems/csrf-token-invalid',
  title: 'Beveiligingscontrole mislukt',
  status: 403,
  detail: 'Het beveiligingstoken ontbreekt of klopt niet. Laad de pagina opnieuw.',
  instance,
});

describe('authentication', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await app.close();
  });

  describe('POST /api/v1/auth/login', () => {
    it('answers with Me and sets an httpOnly SameSite=Lax session cookie', async () => {
      const officer = await registerOrganisation(app, 'Welzijn Login');
      const client = await ApiClient.create(app);

      const response = await client
        .post('/api/v1/auth/login', { email: officer.email, password: TEST_PASSWORD })
        .expect(200);

      expect(response.body).toEqual({
        user: {
          id: officer.me.user.id,
          email: officer.email,
          displayName: 'Kwaliteit Test',
          language: 'nl',
        },
        memberships: [
          {
            organisationId: officer.organisationId,
            organisationName: 'Welzijn Login',
            role: 'quality-officer',
          },
        ],
        activeOrganisationId: officer.organisationId,
        platformAdmin: false,
      });
      const cookie = setCookie(response, 'lk_session') ?? '';
      expect(cookieValue(response, 'lk_session')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Lax/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).toMatch(/; Max-Age=43200/);
      await client.get('/api/v1/me').expect(200);
    });

    it('accepts the e-mail address in any case', async () => {
      const officer = await registerOrganisation(app);
      const client = await ApiClient.create(app);

      const me = await client.login(officer.email.toUpperCase(), TEST_PASSWORD);

      expect(me.user.email).toBe(officer.email);
    });

    it('answers an unknown e-mail and a wrong password with byte-identical problems', async () => {
      const officer = await registerOrganisation(app);
      const client = await ApiClient.create(app);

      const unknown = await client
        .post('/api/v1/auth/login', { email: uniqueEmail('nobody'), password: TEST_PASSWORD })
        .expect(401);
      const wrong = await client
        .post('/api/v1/auth/login', { email: officer.email, password: 'not-the-password' })
        .expect(401);

      expect(unknown.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(unknown.body).toEqual(INVALID_CREDENTIALS);
      expect(wrong.text).toBe(unknown.text);
      expect(setCookie(wrong, 'lk_session')).toBeUndefined();
    });

    it('answers in English when the client prefers it', async () => {
      const client = await ApiClient.create(app);

      const response = await client
        .post('/api/v1/auth/login', { email: uniqueEmail('nobody'), password: TEST_PASSWORD })
        .set('Accept-Language', 'en-GB,en;q=0.9,nl;q=0.5')
        .expect(401);

      expect(response.headers['content-language']).toBe('en');
      expect(response.body).toEqual({
        ...INVALID_CREDENTIALS,
        title: 'Login failed',
        detail: 'The e-mail address or the password is not correct.',
      });
    });

    it('refuses a body that is not an e-mail and password', async () => {
      const client = await ApiClient.create(app);

      const response = await client
        .post('/api/v1/auth/login', { email: 'not-an-address', password: '' })
        .expect(400);

      expect(response.body).toEqual({
        type: '/problems/validation-failed',
        title: 'Ongeldige invoer',
        status: 400,
        detail:
          'De invoer klopt niet: email: vul een volledig e-mailadres in, zoals naam@organisatie.nl; password is leeg: vul het in',
        instance: '/api/v1/auth/login',
        errors: [
          {
            field: 'email',
            code: 'isEmail',
            message: 'email: vul een volledig e-mailadres in, zoals naam@organisatie.nl',
          },
          { field: 'password', code: 'isNotEmpty', message: 'password is leeg: vul het in' },
        ],
      });
    });
  });

  describe('CSRF protection', () => {
    it('refuses a POST without the X-XSRF-TOKEN header', async () => {
      const officer = await registerOrganisation(app);
      const client = await ApiClient.create(app);

      const response = await client.agent
        .post('/api/v1/auth/login')
        .send({ email: officer.email, password: TEST_PASSWORD })
        .expect(403);

      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body).toEqual(csrfInvalid('/api/v1/auth/login'));
      expect(setCookie(response, 'lk_session')).toBeUndefined();
    });

    it('refuses a POST whose header does not match the cookie', async () => {
      const officer = await registerOrganisation(app);
      const client = await ApiClient.create(app);
      const forged = `${client.token.slice(0, -1)}${client.token.endsWith('A') ? 'B' : 'A'}`;

      for (const header of [forged, 'short', '']) {
        const response = await client.agent
          .post('/api/v1/auth/login')
          .set('X-XSRF-TOKEN', header)
          .send({ email: officer.email, password: TEST_PASSWORD });
        expect(response.status).toBe(403);
        expect(response.body).toEqual(csrfInvalid('/api/v1/auth/login'));
      }
    });

    it('refuses a header that no XSRF-TOKEN cookie backs', async () => {
      const response = await request(app.getHttpServer())
        .post('/api/v1/auth/logout')
        .set('X-XSRF-TOKEN', 'made-up-token-without-a-cookie')
        .expect(403);

      expect(response.body).toEqual(csrfInvalid('/api/v1/auth/logout'));
    });

    it('refuses a token the client chose itself, sent as both cookie and header', async () => {
      const officer = await registerOrganisation(app);
      const chosen = 'attacker-chosen-token';

      for (const cookie of [`XSRF-TOKEN=${chosen}`, `lk_presession=mine; XSRF-TOKEN=${chosen}`]) {
        const response = await request(app.getHttpServer())
          .post('/api/v1/auth/login')
          .set('Cookie', cookie)
          .set('X-XSRF-TOKEN', chosen)
          .send({ email: officer.email, password: TEST_PASSWORD });
        expect(response.status).toBe(403);
        expect(response.body).toEqual(csrfInvalid('/api/v1/auth/login'));
      }
    });

    it("refuses another session's token, even copied into the cookie", async () => {
      const victim = await registerOrganisation(app);
      const attacker = await registerOrganisation(app);
      const stolen = victim.client.token;
      const session = attacker.client.agent.jar.getCookie('lk_session', CookieAccessInfo.All);

      const response = await request(app.getHttpServer())
        .put('/api/v1/me/active-organisation')
        .set('Cookie', `lk_session=${session?.value ?? ''}; XSRF-TOKEN=${stolen}`)
        .set('X-XSRF-TOKEN', stolen)
        .send({ organisationId: attacker.organisationId });

      expect(response.status).toBe(403);
      expect(response.body).toEqual(csrfInvalid('/api/v1/me/active-organisation'));
      await victim.client
        .put('/api/v1/me/active-organisation', { organisationId: victim.organisationId })
        .expect(200);
    });

    it('gives a new browser a pre-session and a token bound to it, and keeps both stable', async () => {
      const first = await request(app.getHttpServer()).get('/api/health').expect(200);
      const preSession = cookieValue(first, 'lk_presession') ?? '';
      const token = cookieValue(first, 'XSRF-TOKEN') ?? '';
      const cookie = `lk_presession=${preSession}; XSRF-TOKEN=${token}`;

      const later = await Promise.all(
        [1, 2, 3, 4].map(() =>
          request(app.getHttpServer()).get('/api/v1/me').set('Cookie', cookie),
        ),
      );

      expect(setCookie(first, 'lk_presession')).toMatch(/; HttpOnly/);
      expect(setCookie(first, 'lk_presession')).toMatch(/; SameSite=Lax/);
      expect(setCookie(first, 'XSRF-TOKEN')).not.toMatch(/HttpOnly/);
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(later.map((response) => setCookies(response))).toEqual([[], [], [], []]);
    });

    it('changes the token at login and back at logout; only the current one counts', async () => {
      const officer = await registerOrganisation(app);
      const client = await ApiClient.create(app);
      const anonymous = client.token;

      await client.login(officer.email, TEST_PASSWORD);
      const loggedIn = client.token;
      const withOldToken = await client.agent
        .put('/api/v1/me/active-organisation')
        .set('X-XSRF-TOKEN', anonymous)
        .send({ organisationId: officer.organisationId });
      await client
        .put('/api/v1/me/active-organisation', { organisationId: officer.organisationId })
        .expect(200);
      await client.post('/api/v1/auth/logout').expect(204);

      expect(loggedIn).not.toBe(anonymous);
      expect(withOldToken.status).toBe(403);
      expect(client.token).toBe(anonymous);
      await client.agent.post('/api/v1/auth/logout').set('X-XSRF-TOKEN', loggedIn).expect(403);
    });

    it('lets another API instance on the same database accept the token', async () => {
      const officer = await registerOrganisation(app);
      const other = await createTestApp();
      try {
        const cookies = officer.client.agent.jar.getCookies(CookieAccessInfo.All).toValueString();

        await request(other.getHttpServer())
          .put('/api/v1/me/active-organisation')
          .set('Cookie', cookies)
          .set('X-XSRF-TOKEN', officer.client.token)
          .send({ organisationId: officer.organisationId })
          .expect(200);
      } finally {
        await other.close();
      }
    });

    it('lets a GET through without the header', async () => {
      const officer = await registerOrganisation(app);

      const response = await officer.client.agent.get('/api/v1/me').expect(200);

      expect(response.body.user.email).toBe(officer.email);
    });
  });

  describe('POST /api/v1/auth/logout', () => {
    it('ends the session: 204, then the old cookie no longer works', async () => {
      const officer = await registerOrganisation(app);
      const client = await ApiClient.create(app);
      const login = await client
        .post('/api/v1/auth/login', { email: officer.email, password: TEST_PASSWORD })
        .expect(200);
      const sessionToken = cookieValue(login, 'lk_session');

      const logout = await client.post('/api/v1/auth/logout').expect(204);

      expect(logout.text).toBe('');
      expect(setCookie(logout, 'lk_session')).toMatch(/^lk_session=;.*Expires=Thu, 01 Jan 1970/);
      const after = await client.get('/api/v1/me').expect(401);
      expect(after.body).toEqual(notAuthenticated('/api/v1/me'));
      const replayed = await request(app.getHttpServer())
        .get('/api/v1/me')
        .set('Cookie', `lk_session=${sessionToken}`)
        .expect(401);
      expect(replayed.body).toEqual(notAuthenticated('/api/v1/me'));
    });

    it('answers 204 without a session too', async () => {
      const client = await ApiClient.create(app);

      await client.post('/api/v1/auth/logout').expect(204);
    });
  });

  describe('POST /api/v1/auth/register', () => {
    it('creates the organisation with the new user as its only quality officer and logs in', async () => {
      const client = await ApiClient.create(app);
      const email = uniqueEmail('founder');

      const response = await client
        .post('/api/v1/auth/register', {
          organisationName: '  Stichting Welzijn Oost  ',
          displayName: ' Sanne de Vries ',
          email: email.toUpperCase(),
          password: TEST_PASSWORD,
        })
        .expect(201);

      expect(response.body).toEqual({
        user: { id: expect.any(String), email, displayName: 'Sanne de Vries', language: 'nl' },
        memberships: [
          {
            organisationId: expect.any(String),
            organisationName: 'Stichting Welzijn Oost',
            role: 'quality-officer',
          },
        ],
        activeOrganisationId: response.body.memberships[0].organisationId,
        platformAdmin: false,
      });
      expect(setCookie(response, 'lk_session')).toMatch(/; HttpOnly/);
      const me = await client.get('/api/v1/me').expect(200);
      expect(me.body).toEqual(response.body);
    });

    it('starts the account in the language the person registered in, and keeps it at the next login', async () => {
      const email = uniqueEmail('english');
      const client = await ApiClient.create(app);
      const registered = await client
        .post('/api/v1/auth/register', {
          organisationName: 'Welzijn in English',
          displayName: 'Alex Smith',
          email,
          password: TEST_PASSWORD,
          language: 'en',
        })
        .expect(201);
      expect(registered.body.user.language).toBe('en');

      const other = await ApiClient.create(app);
      const login = await other
        .post('/api/v1/auth/login', { email, password: TEST_PASSWORD })
        .expect(200);
      expect(login.body.user.language).toBe('en');
      const profile = await other.get('/api/v1/me/profile').expect(200);
      expect(profile.body.language).toBe('en');
    });

    it('refuses a language the product does not offer, and creates nothing', async () => {
      const email = uniqueEmail('klingon');
      const client = await ApiClient.create(app);
      const response = await client
        .post('/api/v1/auth/register', {
          organisationName: 'Welzijn Onbekend',
          displayName: 'Kim',
          email,
          password: TEST_PASSWORD,
          language: 'tlh',
        })
        .expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(response.body)).toContain('language');
      const users = await app
        .get(DataSource)
        .query<{ count: string }[]>('SELECT count(*) FROM users WHERE email = $1', [email]);
      expect(users[0].count).toBe('0');
    });

    it('refuses an e-mail address that is taken, in any case, and creates nothing', async () => {
      const existing = await registerOrganisation(app, 'Welzijn Bestaand');
      const organisations = () =>
        app.get(DataSource).query<{ count: string }[]>('SELECT count(*) FROM organisations');
      const before = await organisations();
      const client = await ApiClient.create(app);

      const response = await client
        .post('/api/v1/auth/register', {
          organisationName: 'Welzijn Dubbel',
          displayName: 'Dubbel',
          email: existing.email.toUpperCase(),
          password: 'another-long-password',
        })
        .expect(409);

      expect(response.body).toEqual({
        type: '/problems/email-taken',
        title: 'E-mailadres al in gebruik',
        status: 409,
        detail: 'Er bestaat al een account met dit e-mailadres. Log in en vraag een uitnodiging.',
        instance: '/api/v1/auth/register',
      });
      expect(setCookie(response, 'lk_session')).toBeUndefined();
      expect(await organisations()).toEqual(before);
      const me = await (await ApiClient.create(app)).login(existing.email, TEST_PASSWORD);
      expect(me.memberships).toEqual([
        {
          organisationId: existing.organisationId,
          organisationName: 'Welzijn Bestaand',
          role: 'quality-officer',
        },
      ]);
      await (
        await ApiClient.create(app)
      )
        .post('/api/v1/auth/login', { email: existing.email, password: 'another-long-password' })
        .expect(401);
    });

    it('refuses a password shorter than 12 characters', async () => {
      const client = await ApiClient.create(app);

      const response = await client
        .post('/api/v1/auth/register', {
          organisationName: 'Welzijn Kort',
          displayName: 'Kort',
          email: uniqueEmail('short'),
          password: 'elf-tekens!',
        })
        .expect(400);

      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body).toEqual({
        type: '/problems/validation-failed',
        title: 'Ongeldige invoer',
        status: 400,
        detail: 'De invoer klopt niet: password is te kort: gebruik minstens 12 tekens',
        instance: '/api/v1/auth/register',
        errors: [
          {
            field: 'password',
            code: 'minLength',
            message: 'password is te kort: gebruik minstens 12 tekens',
          },
        ],
      });
    });

    it('explains the validation failure in English when asked', async () => {
      const client = await ApiClient.create(app);

      const response = await client
        .post('/api/v1/auth/register', {
          organisationName: 'Welzijn Kort',
          displayName: 'Kort',
          email: uniqueEmail(),
          password: 'short',
        })
        .set('Accept-Language', 'en')
        .expect(400);

      expect(response.body).toEqual({
        type: '/problems/validation-failed',
        title: 'Invalid input',
        status: 400,
        detail: 'The input is not valid: password is too short: use at least 12 characters',
        instance: '/api/v1/auth/register',
        errors: [
          {
            field: 'password',
            code: 'minLength',
            message: 'password is too short: use at least 12 characters',
          },
        ],
      });
    });
  });

  describe('GET /api/v1/me', () => {
    it('refuses an anonymous client', async () => {
      const response = await request(app.getHttpServer()).get('/api/v1/me').expect(401);

      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body).toEqual(notAuthenticated('/api/v1/me'));
    });

    it('keeps a session valid just under 12 hours after login', async () => {
      const officer = await registerOrganisation(app);
      shiftClock(app, 12 * HOUR_MS - 5 * MINUTE_MS);

      await officer.client.get('/api/v1/me').expect(200);
    });

    it('ends a session 12 hours after login', async () => {
      const officer = await registerOrganisation(app);
      shiftClock(app, 12 * HOUR_MS + MINUTE_MS);

      const response = await officer.client.get('/api/v1/me').expect(401);

      expect(response.body).toEqual(notAuthenticated('/api/v1/me'));
    });
  });

  describe('PUT /api/v1/me/active-organisation', () => {
    it('lets a member of two organisations see both and switch between them', async () => {
      const north = await registerOrganisation(app, 'Welzijn Noord');
      const south = await registerOrganisation(app, 'Welzijn Zuid');
      const { token } = await invite(south, north.email, 'contributor');

      const { client, me } = await acceptAsExistingUser(app, token);

      expect(me).toEqual({
        user: north.me.user,
        memberships: [
          {
            organisationId: north.organisationId,
            organisationName: 'Welzijn Noord',
            role: 'quality-officer',
          },
          {
            organisationId: south.organisationId,
            organisationName: 'Welzijn Zuid',
            role: 'contributor',
          },
        ],
        activeOrganisationId: south.organisationId,
        platformAdmin: false,
      });
      expect((await client.get('/api/v1/organisation').expect(200)).body.name).toBe('Welzijn Zuid');

      const switched = await client
        .put('/api/v1/me/active-organisation', { organisationId: north.organisationId })
        .expect(200);

      expect(switched.body).toEqual({ ...me, activeOrganisationId: north.organisationId });
      expect((await client.get('/api/v1/organisation').expect(200)).body).toEqual(
        expect.objectContaining({ id: north.organisationId, name: 'Welzijn Noord' }),
      );
      expect((await client.get('/api/v1/me').expect(200)).body.activeOrganisationId).toBe(
        north.organisationId,
      );
    });

    it('answers 404 for an organisation the user is not a member of, and stays where it was', async () => {
      const officer = await registerOrganisation(app);
      const stranger = await registerOrganisation(app);

      const response = await officer.client
        .put('/api/v1/me/active-organisation', { organisationId: stranger.organisationId })
        .expect(404);

      expect(response.body).toEqual({
        type: '/problems/not-found',
        title: 'Niet gevonden',
        status: 404,
        detail: 'Dit bestaat niet of je hebt er geen toegang toe.',
        instance: '/api/v1/me/active-organisation',
      });
      expect((await officer.client.get('/api/v1/organisation').expect(200)).body.id).toBe(
        officer.organisationId,
      );
    });

    it('refuses an organisation id that is not a uuid', async () => {
      const officer = await registerOrganisation(app);

      const response = await officer.client
        .put('/api/v1/me/active-organisation', { organisationId: 'not-a-uuid' })
        .expect(400);

      expect(response.body).toEqual({
        type: '/problems/validation-failed',
        title: 'Ongeldige invoer',
        status: 400,
        detail:
          'De invoer klopt niet: organisationId: gebruik de id van een bestaand item (een UUID)',
        instance: '/api/v1/me/active-organisation',
        errors: [
          {
            field: 'organisationId',
            code: 'isUuid',
            message: 'organisationId: gebruik de id van een bestaand item (een UUID)',
          },
        ],
      });
    });

    it('refuses an anonymous client', async () => {
      const client = await ApiClient.create(app);

      const response = await client
        .put('/api/v1/me/active-organisation', { organisationId: randomUUID() })
        .expect(401);

      expect(response.body).toEqual(notAuthenticated('/api/v1/me/active-organisation'));
    });
  });
});
