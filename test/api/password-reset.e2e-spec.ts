import { createHash } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { ApiClient } from '../support/api-client';
import { HOUR_MS, shiftClock } from '../support/clock';
import { Actor, registerOrganisation, TEST_PASSWORD, uniqueEmail } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { TestMailServer } from '../support/mail-server';
import { createTestApp } from '../support/test-app';

const PUBLIC_URL = 'https://labelklaar.example.nl';
const NEW_PASSWORD = 'vlinder-koffie-regenjas-17';
const REQUEST = '/api/v1/auth/password-reset';
const CONFIRM = '/api/v1/auth/password-reset/confirm';

const tokenIn = (text: string): string => {
  const match = /\/password-reset\?token=([\w-]+)/.exec(text);
  if (!match) {
    throw new Error('no reset link in the mail');
  }
  return match[1];
};

describe('password recovery', () => {
  let app: NestExpressApplication;
  let smtp: TestMailServer;
  let qo: Actor;

  beforeAll(async () => {
    smtp = await TestMailServer.start();
    app = await createTestApp({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL, loginRateLimit: 3 });
    qo = await registerOrganisation(app);
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await app.close();
    await smtp.stop();
  });

  const request = async (client: ApiClient, email: string) => {
    const started = Date.now();
    const response = await client.post(REQUEST, { email });
    return { response, ms: Date.now() - started };
  };

  it('mails a one-hour single-use link that sets a new password and ends every session', async () => {
    const other = await ApiClient.create(app);
    await other.login(qo.email, TEST_PASSWORD);
    const anonymous = await ApiClient.create(app);
    const { response } = await request(anonymous, qo.email.toUpperCase());
    expect(response.status).toBe(202);
    expect(response.body).toEqual({});
    const mail = await smtp.messageTo(qo.email);
    expect(mail.subject).toBe('Nieuw wachtwoord instellen voor Labelklaar');
    const token = tokenIn(mail.text ?? '');
    expect(mail.text).toContain(`${PUBLIC_URL}/password-reset?token=${token}`);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const stored: { token_hash: string }[] = await app
      .get(DataSource)
      .query(
        `SELECT token_hash FROM password_resets r JOIN users u ON u.id = r.user_id WHERE u.email = $1`,
        [qo.email],
      );
    expect(stored).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);

    await anonymous.post(CONFIRM, { token, password: NEW_PASSWORD }).expect(204);
    await qo.client.get('/api/v1/me').expect(401);
    await other.get('/api/v1/me').expect(401);
    await (await ApiClient.create(app)).login(qo.email, NEW_PASSWORD);
    const changed = await smtp.messageTo(qo.email, 'Je wachtwoord voor Labelklaar is gewijzigd');
    expect(changed.text).toContain(`${PUBLIC_URL}/login`);

    const again = await anonymous.post(CONFIRM, { token, password: `${NEW_PASSWORD}-2` });
    expect(again.status).toBe(400);
    expect(again.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(again.body).toMatchObject({ type: '/problems/password-reset-invalid', status: 400 });
  });

  it('gives an unknown address the same answer in about the same time, and mails nothing', async () => {
    const client = await ApiClient.create(app);
    const known = await request(client, qo.email);
    const email = uniqueEmail('nobody');
    const unknown = await request(client, email);
    expect(unknown.response.status).toBe(known.response.status);
    expect(unknown.response.body).toEqual(known.response.body);
    expect(Math.abs(unknown.ms - known.ms)).toBeLessThan(250);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(smtp.received.some((mail) => mail.to && JSON.stringify(mail.to).includes(email))).toBe(
      false,
    );
  });

  it('refuses a link after its hour', async () => {
    const someone = await registerOrganisation(app);
    await request(await ApiClient.create(app), someone.email);
    const token = tokenIn((await smtp.messageTo(someone.email)).text ?? '');
    const spy = shiftClock(app, HOUR_MS + 60_000);
    try {
      const response = await (
        await ApiClient.create(app)
      )
        .post(CONFIRM, { token, password: NEW_PASSWORD })
        .expect(400);
      expect(response.body.type).toBe('/problems/password-reset-invalid');
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses an easy password and keeps the link usable', async () => {
    const someone = await registerOrganisation(app);
    await request(await ApiClient.create(app), someone.email);
    const token = tokenIn((await smtp.messageTo(someone.email)).text ?? '');
    const client = await ApiClient.create(app);
    const easy = await client.post(CONFIRM, { token, password: 'password1234' }).expect(400);
    expect(easy.body.type).toMatch(/^\/problems\/password-/);
    await client.post(CONFIRM, { token, password: NEW_PASSWORD }).expect(204);
  });

  it('limits requests as logins are limited', async () => {
    const client = await ApiClient.create(app);
    const email = uniqueEmail('flood');
    for (let n = 0; n < 3; n += 1) {
      await client.post(REQUEST, { email }).expect(202);
    }
    const limited = await client.post(REQUEST, { email }).expect(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });
});
