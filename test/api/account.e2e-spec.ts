import { AccountSession } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import { ApiClient } from '../support/api-client';
import { HOUR_MS, shiftClock } from '../support/clock';
import { Actor, registerOrganisation, TEST_PASSWORD, uniqueEmail } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { TestMailServer } from '../support/mail-server';
import { createTestApp } from '../support/test-app';

const PUBLIC_URL = 'https://labelklaar.example.nl';
const NEW_PASSWORD = 'vlinder-koffie-regenjas-17';

const confirmTokenIn = (text: string): string => {
  const match = /\/account\/email\/confirm\?token=([\w-]+)/.exec(text);
  if (!match) {
    throw new Error('no confirmation link in the mail');
  }
  return match[1];
};

describe('the account page API', () => {
  let app: NestExpressApplication;
  let smtp: TestMailServer;

  beforeAll(async () => {
    smtp = await TestMailServer.start();
    app = await createTestApp({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
  });

  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  /** A second browser of the same person. */
  const secondBrowser = async (actor: Actor, userAgent = 'Firefox op de laptop') => {
    const client = await ApiClient.create(app);
    client.agent.set('User-Agent', userAgent);
    await client.login(actor.email, TEST_PASSWORD);
    return client;
  };

  describe('GET and PUT /api/v1/me/profile', () => {
    it('answers 401 without a session', async () => {
      const anonymous = await ApiClient.create(app);
      await anonymous.get('/api/v1/me/profile').expect(401);
    });

    it('changes the name and the language, and the mail follows the language', async () => {
      const qo = await registerOrganisation(app);
      const before = await qo.client.get('/api/v1/me/profile').expect(200);
      expect(before.body).toEqual({
        email: qo.email,
        displayName: 'Kwaliteit Test',
        language: 'nl',
        pendingEmail: null,
      });
      const after = await qo.client
        .put('/api/v1/me/profile', { displayName: '  Sanne de Vries ', language: 'en' })
        .expect(200);
      expect(after.body).toEqual({ ...before.body, displayName: 'Sanne de Vries', language: 'en' });
      const me = await qo.client.get('/api/v1/me').expect(200);
      expect(me.body.user.displayName).toBe('Sanne de Vries');

      await qo.client.put('/api/v1/me/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      const mail = await smtp.messageTo(qo.email);
      expect(mail.subject).toBe('Your Labelklaar password was changed');
    });

    it('refuses an empty name and an unknown language with a clear 400', async () => {
      const qo = await registerOrganisation(app);
      const response = await qo.client
        .put('/api/v1/me/profile', { displayName: '   ', language: 'de', extra: 1 })
        .expect(400);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body).toMatchObject({
        type: '/problems/validation-failed',
        status: 400,
        instance: '/api/v1/me/profile',
      });
      expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'displayName',
        'extra',
        'language',
      ]);
      expect(response.body.detail).toContain('displayName is leeg');
    });
  });

  describe('GET /api/v1/me/sessions and DELETE /api/v1/me/sessions/{sessionId}', () => {
    it('lists the browsers of the user, marks this one, and ends one', async () => {
      const qo = await registerOrganisation(app);
      const laptop = await secondBrowser(qo);
      const response = await qo.client.get('/api/v1/me/sessions').expect(200);
      const sessions = response.body as AccountSession[];
      expect(sessions).toHaveLength(2);
      const [current] = sessions.filter((s) => s.current);
      const [other] = sessions.filter((s) => !s.current);
      expect(other).toEqual({
        id: expect.any(String),
        userAgent: 'Firefox op de laptop',
        ipAddress: expect.stringMatching(/^2001:db8:/),
        createdAt: expect.any(String),
        lastSeenAt: expect.any(String),
        current: false,
      });
      expect(current.current).toBe(true);

      await qo.client.delete(`/api/v1/me/sessions/${other.id}`).expect(204);
      await laptop.get('/api/v1/me').expect(401);
      await qo.client.get('/api/v1/me').expect(200);
      const left = await qo.client.get('/api/v1/me/sessions').expect(200);
      expect(left.body.map((s: AccountSession) => s.id)).toEqual([current.id]);
    });

    it("answers 404 for another person's session and leaves it alone", async () => {
      const qo = await registerOrganisation(app);
      const stranger = await registerOrganisation(app);
      const [theirs] = (await stranger.client.get('/api/v1/me/sessions')).body as AccountSession[];
      const response = await qo.client.delete(`/api/v1/me/sessions/${theirs.id}`).expect(404);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body.type).toBe('/problems/not-found');
      await stranger.client.get('/api/v1/me').expect(200);
      await qo.client.delete('/api/v1/me/sessions/not-a-uuid').expect(404);
    });
  });

  describe('DELETE /api/v1/me/sessions', () => {
    it('logs out everywhere else and keeps this session', async () => {
      const qo = await registerOrganisation(app);
      const laptop = await secondBrowser(qo);
      const phone = await secondBrowser(qo, 'Safari op de telefoon');
      await qo.client.delete('/api/v1/me/sessions').expect(204);
      await laptop.get('/api/v1/me').expect(401);
      await phone.get('/api/v1/me').expect(401);
      const left = await qo.client.get('/api/v1/me/sessions').expect(200);
      expect(left.body).toHaveLength(1);
      expect(left.body[0].current).toBe(true);
    });
  });

  describe('PUT /api/v1/me/password', () => {
    it('refuses a wrong current password with problem+json and changes nothing', async () => {
      const qo = await registerOrganisation(app);
      const response = await qo.client
        .put('/api/v1/me/password', {
          currentPassword: 'niet-het-goede',
          newPassword: NEW_PASSWORD,
        })
        .expect(400);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
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
      await (await ApiClient.create(app)).login(qo.email, TEST_PASSWORD);
    });

    it('sends the security mail and ends every other session', async () => {
      const qo = await registerOrganisation(app);
      const laptop = await secondBrowser(qo);
      await qo.client
        .put('/api/v1/me/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })
        .expect(204);
      await laptop.get('/api/v1/me').expect(401);
      await qo.client.get('/api/v1/me').expect(200);
      const mail = await smtp.messageTo(qo.email, 'Je wachtwoord voor Labelklaar is gewijzigd');
      expect(mail.text).toContain(`${PUBLIC_URL}/login`);
    });
  });

  describe('PUT /api/v1/me/email and POST /api/v1/me/email/confirm', () => {
    it('changes the address only once the link in the mail to the new address is confirmed', async () => {
      const qo = await registerOrganisation(app);
      const newEmail = uniqueEmail('nieuw');
      await qo.client
        .put('/api/v1/me/email', { email: newEmail.toUpperCase(), currentPassword: TEST_PASSWORD })
        .expect(202);
      const mail = await smtp.messageTo(newEmail);
      expect(mail.subject).toBe('Bevestig je nieuwe e-mailadres voor Labelklaar');
      const token = confirmTokenIn(mail.text ?? '');
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(mail.text).toContain(`${PUBLIC_URL}/account/email/confirm?token=${token}`);

      const pending = await qo.client.get('/api/v1/me/profile').expect(200);
      expect(pending.body).toMatchObject({ email: qo.email, pendingEmail: newEmail });
      await (await ApiClient.create(app)).login(qo.email, TEST_PASSWORD);

      const anonymous = await ApiClient.create(app);
      await anonymous.post('/api/v1/me/email/confirm', { token }).expect(204);
      const changed = await qo.client.get('/api/v1/me/profile').expect(200);
      expect(changed.body).toMatchObject({ email: newEmail, pendingEmail: null });
      await (await ApiClient.create(app)).login(newEmail, TEST_PASSWORD);
      const old = await (
        await ApiClient.create(app)
      )
        .post('/api/v1/auth/login', { email: qo.email, password: TEST_PASSWORD })
        .expect(401);
      expect(old.body.type).toBe('/problems/invalid-credentials');
      const notice = await smtp.messageTo(
        qo.email,
        'Het e-mailadres van je Labelklaar-account is gewijzigd',
      );
      expect(notice.text).toContain(newEmail);

      const again = await anonymous.post('/api/v1/me/email/confirm', { token }).expect(400);
      expect(again.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(again.body).toMatchObject({
        type: '/problems/email-change-invalid',
        errors: [{ field: 'token', code: 'emailChangeInvalid' }],
      });
    });

    it('refuses a wrong password, the same address, a taken one and a malformed one', async () => {
      const qo = await registerOrganisation(app);
      const other = await registerOrganisation(app);
      const wrong = await qo.client
        .put('/api/v1/me/email', { email: uniqueEmail(), currentPassword: 'niet-het-goede' })
        .expect(400);
      expect(wrong.body.type).toBe('/problems/current-password-incorrect');
      const same = await qo.client
        .put('/api/v1/me/email', { email: qo.email, currentPassword: TEST_PASSWORD })
        .expect(400);
      expect(same.body).toMatchObject({
        type: '/problems/email-unchanged',
        detail: 'Dit is al het e-mailadres van je account. Vul een ander adres in.',
      });
      const taken = await qo.client
        .put('/api/v1/me/email', { email: other.email, currentPassword: TEST_PASSWORD })
        .expect(409);
      expect(taken.body.type).toBe('/problems/email-in-use');
      const malformed = await qo.client
        .put('/api/v1/me/email', { email: 'geen-adres', currentPassword: '' })
        .expect(400);
      expect(malformed.body).toMatchObject({
        type: '/problems/validation-failed',
        errors: [
          { field: 'email', code: 'isEmail' },
          { field: 'currentPassword', code: 'isNotEmpty' },
        ],
      });
    });

    it('refuses a link after 24 hours', async () => {
      const qo = await registerOrganisation(app);
      const newEmail = uniqueEmail('laat');
      await qo.client
        .put('/api/v1/me/email', { email: newEmail, currentPassword: TEST_PASSWORD })
        .expect(202);
      const token = confirmTokenIn((await smtp.messageTo(newEmail)).text ?? '');
      const spy = shiftClock(app, 24 * HOUR_MS + 60_000);
      try {
        const response = await (
          await ApiClient.create(app)
        )
          .post('/api/v1/me/email/confirm', { token })
          .expect(400);
        expect(response.body.type).toBe('/problems/email-change-invalid');
      } finally {
        spy.mockRestore();
      }
    });
  });
});
