import { randomBytes } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

import { ApiClient } from '../support/api-client';
import { registerOrganisation, TEST_PASSWORD, uniqueEmail } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { invite } from '../support/invitations';
import { inviteReviewer, submittedRound } from '../support/reviews';
import { createTestApp } from '../support/test-app';

const TIP_NL =
  'Tip: neem vier of meer losse woorden die niet bij elkaar horen, of laat een wachtwoordbeheerder er een maken.';
const COMMON_NL = `Dit wachtwoord, of het woord waar het op leunt, wordt veel gebruikt en staat in de lijsten die aanvallers als eerste proberen. ${TIP_NL}`;
const PATTERN_NL = `Dit wachtwoord is een patroon dat snel te raden is: herhaling, een reeks, een datum of jaartal, of toetsen naast elkaar. ${TIP_NL}`;
const PERSONAL_NL = `Dit wachtwoord lijkt op je naam, je e-mailadres, de naam van je organisatie of Labelklaar zelf. Kies iets wat een ander niet van jou kan raden. ${TIP_NL}`;

const refused = (
  code: 'common' | 'pattern' | 'personal',
  detail: string,
  instance: string,
  field = 'password',
) => ({
  type: `/problems/password-${code}`,
  title: 'Wachtwoord te makkelijk te raden',
  status: 400,
  detail,
  instance,
  errors: [{ field, code: `password${code[0].toUpperCase()}${code.slice(1)}`, message: detail }],
});

const NEW_PASSWORD = 'Ochtendgloren-boven-de-Waal-7';

describe('passwords', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  describe('choosing one at registration', () => {
    const register = (client: ApiClient, password: string, organisationName = 'Welzijn Oost') =>
      client.post('/api/v1/auth/register', {
        organisationName,
        displayName: 'Sanne de Vries',
        email: uniqueEmail('sanne'),
        password,
      });

    it.each([
      ['aaaaaaaaaaaa', 'pattern', PATTERN_NL],
      ['wachtwoord12', 'common', COMMON_NL],
      ['Welkom123456', 'common', COMMON_NL],
      ['qwertyuiop12', 'common', COMMON_NL],
      ['sannedevries2026', 'personal', PERSONAL_NL],
      ['welzijnoost2024', 'personal', PERSONAL_NL],
    ] as const)('refuses %j, saying why and what to do instead', async (password, code, detail) => {
      const client = await ApiClient.create(app);

      const response = await register(client, password).expect(400);

      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body).toEqual(refused(code, detail, '/api/v1/auth/register'));
      await client.get('/api/v1/me').expect(401);
    });

    it('explains a refusal in English when asked', async () => {
      const client = await ApiClient.create(app);

      const response = await register(client, 'wachtwoord12')
        .set('Accept-Language', 'en')
        .expect(400);

      expect(response.body.title).toBe('Password too easy to guess');
      expect(response.body.detail).toBe(
        'This password, or the word it leans on, is used a lot and is on the lists attackers try first. Tip: take four or more separate words that do not belong together, or let a password manager make one.',
      );
    });

    it('accepts a passphrase of unrelated words', async () => {
      await register(await ApiClient.create(app), 'fiets-boom-koffie-Waal').expect(201);
    });
  });

  describe('choosing one when accepting an invitation', () => {
    it('refuses an easy password for a new member account, and the link stays usable', async () => {
      const officer = await registerOrganisation(app, 'Stichting Wijkkracht');
      const { token } = await invite(officer, uniqueEmail('teamleider'), 'contributor');
      const client = await ApiClient.create(app);

      const weak = await client
        .post('/api/v1/invitations/accept', {
          token,
          displayName: 'Tom Teamleider',
          password: 'wijkkracht2026',
        })
        .expect(400);
      await client
        .post('/api/v1/invitations/accept', { token, displayName: 'Tom', password: NEW_PASSWORD })
        .expect(200);

      expect(weak.body).toEqual(refused('personal', PERSONAL_NL, '/api/v1/invitations/accept'));
    });

    it('refuses an easy password for a new reviewer account', async () => {
      const officer = await registerOrganisation(app);
      const round = await submittedRound(officer, { route: 'peer-review' });
      const { token } = await inviteReviewer(officer, round.id);
      const client = await ApiClient.create(app);

      const weak = await client
        .post('/api/v1/review-invitations/accept', {
          token,
          displayName: 'Toetser Test',
          password: 'aaaaaaaaaaaa',
        })
        .expect(400);

      expect(weak.body).toEqual(
        refused('pattern', PATTERN_NL, '/api/v1/review-invitations/accept'),
      );
      await client.get('/api/v1/me').expect(401);
    });
  });

  describe('PUT /api/v1/me/password', () => {
    const change = (client: ApiClient, currentPassword: string, newPassword: string) =>
      client.put('/api/v1/me/password', { currentPassword, newPassword });

    it('changes it, ends every other session of the user and keeps this one', async () => {
      const officer = await registerOrganisation(app);
      const laptop = await ApiClient.create(app);
      await laptop.login(officer.email, TEST_PASSWORD);
      const bystander = await registerOrganisation(app);

      const response = await change(officer.client, TEST_PASSWORD, NEW_PASSWORD).expect(204);

      expect(response.text).toBe('');
      await officer.client.get('/api/v1/me').expect(200);
      await laptop.get('/api/v1/me').expect(401);
      await bystander.client.get('/api/v1/me').expect(200);
      const again = await ApiClient.create(app);
      await again
        .post('/api/v1/auth/login', { email: officer.email, password: TEST_PASSWORD })
        .expect(401);
      await again.login(officer.email, NEW_PASSWORD);
    });

    it('needs the current password, and changes nothing without it', async () => {
      const officer = await registerOrganisation(app);
      const laptop = await ApiClient.create(app);
      await laptop.login(officer.email, TEST_PASSWORD);

      const response = await change(officer.client, 'not-my-password', NEW_PASSWORD).expect(400);

      expect(response.body).toEqual({
        type: '/problems/current-password-incorrect',
        title: 'Huidig wachtwoord klopt niet',
        status: 400,
        detail: 'Het huidige wachtwoord klopt niet. Je wachtwoord is niet gewijzigd.',
        instance: '/api/v1/me/password',
        errors: [
          {
            field: 'currentPassword',
            code: 'currentPasswordIncorrect',
            message: 'Het huidige wachtwoord klopt niet. Je wachtwoord is niet gewijzigd.',
          },
        ],
      });
      await laptop.get('/api/v1/me').expect(200);
      await (await ApiClient.create(app)).login(officer.email, TEST_PASSWORD);
    });

    it('refuses an easy new password and the current one again', async () => {
      const officer = await registerOrganisation(app, 'Stichting Zonnehoek');

      const common = await change(officer.client, TEST_PASSWORD, 'wachtwoord12').expect(400);
      const personal = await change(officer.client, TEST_PASSWORD, 'Zonnehoek2026!').expect(400);
      const same = await change(officer.client, TEST_PASSWORD, TEST_PASSWORD).expect(400);

      expect(common.body).toEqual(
        refused('common', COMMON_NL, '/api/v1/me/password', 'newPassword'),
      );
      expect(personal.body).toEqual(
        refused('personal', PERSONAL_NL, '/api/v1/me/password', 'newPassword'),
      );
      expect(same.body).toEqual({
        type: '/problems/password-unchanged',
        title: 'Wachtwoord niet gewijzigd',
        status: 400,
        detail: 'Het nieuwe wachtwoord is hetzelfde als het huidige. Kies een ander wachtwoord.',
        instance: '/api/v1/me/password',
        errors: [
          {
            field: 'newPassword',
            code: 'passwordUnchanged',
            message:
              'Het nieuwe wachtwoord is hetzelfde als het huidige. Kies een ander wachtwoord.',
          },
        ],
      });
    });

    it('refuses a body without both passwords', async () => {
      const officer = await registerOrganisation(app);

      const response = await officer.client
        .put('/api/v1/me/password', { newPassword: 'short', extra: true })
        .expect(400);

      expect(response.body.type).toBe('/problems/validation-failed');
      const errors = response.body.errors as { field: string; code: string }[];
      expect([...new Set(errors.map((error) => error.field))].sort()).toEqual([
        'currentPassword',
        'extra',
        'newPassword',
      ]);
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'currentPassword', code: 'isNotEmpty' }),
          {
            field: 'newPassword',
            code: 'minLength',
            message: 'newPassword is te kort: gebruik minstens 12 tekens',
          },
          expect.objectContaining({ field: 'extra', code: 'whitelistValidation' }),
        ]),
      );
    });

    it('needs a session and the CSRF token', async () => {
      const anonymous = await ApiClient.create(app);
      const officer = await registerOrganisation(app);

      await change(anonymous, TEST_PASSWORD, NEW_PASSWORD).expect(401);
      await officer.client.agent
        .put('/api/v1/me/password')
        .send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })
        .expect(403);
      await request(app.getHttpServer()).put('/api/v1/me/password').expect(403);
    });

    it('limits wrong current passwords as it limits failed logins', async () => {
      const limited = await createTestApp({ loginRateLimit: 3 });
      try {
        const officer = await registerOrganisation(limited);
        const address = `2001:db8:${randomBytes(2).toString('hex')}:1::1`;
        const browser = await ApiClient.create(limited, { clientAddress: address });
        await browser.login(officer.email, TEST_PASSWORD);
        const statuses: number[] = [];

        for (let attempt = 1; attempt <= 4; attempt++) {
          statuses.push((await change(browser, `guess-${attempt}-wrong`, NEW_PASSWORD)).status);
        }
        const blocked = await change(browser, TEST_PASSWORD, NEW_PASSWORD);

        expect(statuses).toEqual([400, 400, 400, 429]);
        expect(blocked.status).toBe(429);
        expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
        expect(blocked.body.type).toBe('/problems/too-many-requests');
      } finally {
        await limited.close();
      }
    });
  });
});
