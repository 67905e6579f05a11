import { createHash, randomBytes } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { ApiClient } from '../support/api-client';
import { registerOrganisation, TEST_PASSWORD, uniqueEmail } from '../support/factories';
import { PROBLEM_JSON, setCookie } from '../support/http';
import { createTestApp } from '../support/test-app';

/** A client address of its own (documentation range), named by the proxy on the loopback. */
const newAddress = () => {
  const [a, b] = [randomBytes(2).toString('hex'), randomBytes(2).toString('hex')];
  return `2001:db8:${a}:${b}::1`;
};

const client = (app: NestExpressApplication, clientAddress = newAddress()) =>
  ApiClient.create(app, { clientAddress });

const login = (from: ApiClient, email: string, password: string) =>
  from.post('/api/v1/auth/login', { email, password });

const TOO_MANY = {
  type: '/problems/too-many-requests',
  title: 'Te veel pogingen',
  status: 429,
  detail: 'Te veel pogingen. Probeer het over 15 minuten opnieuw.',
  instance: '/api/v1/auth/login',
};

describe('login limits', () => {
  let app: NestExpressApplication;
  let limited: NestExpressApplication;

  beforeAll(async () => {
    app = await createTestApp();
    limited = await createTestApp({ loginRateLimit: 3, loginAccountLimit: 5 });
  });

  afterAll(async () => {
    await limited.close();
    await app.close();
  });

  describe('one e-mail address from one client address', () => {
    it('counts only failures: a dozen good logins in a row all succeed', async () => {
      const officer = await registerOrganisation(app);
      const browser = await client(app);

      for (let attempt = 1; attempt <= 12; attempt++) {
        const response = await login(browser, officer.email, TEST_PASSWORD);
        expect(response.status).toBe(200);
      }
    });

    it('blocks the fourth failure, then the right password too, and says when to retry', async () => {
      const target = await registerOrganisation(limited);
      const browser = await client(limited);
      for (let attempt = 1; attempt <= 3; attempt++) {
        await login(browser, target.email, `wrong-password-${attempt}`).expect(401);
      }

      const fourth = await login(browser, target.email, 'wrong-password-4').expect(429);
      const blocked = await login(browser, target.email, TEST_PASSWORD).expect(429);

      expect(fourth.body).toEqual(TOO_MANY);
      expect(blocked.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(14 * 60);
      expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
      expect(blocked.body).toEqual(TOO_MANY);
      expect(setCookie(blocked, 'lk_session')).toBeUndefined();
    });

    it('keeps the owner able to log in from another address, and others from the blocked one', async () => {
      const target = await registerOrganisation(limited);
      const bystander = await registerOrganisation(limited);
      const attacker = await client(limited);
      for (let attempt = 1; attempt <= 4; attempt++) {
        await login(attacker, target.email, 'wrong-password');
      }
      await login(attacker, target.email, TEST_PASSWORD).expect(429);

      await login(await client(limited), target.email, TEST_PASSWORD).expect(200);
      await login(attacker, bystander.email, TEST_PASSWORD).expect(200);
    });

    it('starts counting afresh after a successful login', async () => {
      const officer = await registerOrganisation(limited);
      const browser = await client(limited);
      await login(browser, officer.email, 'typo-password-1').expect(401);
      await login(browser, officer.email, 'typo-password-2').expect(401);
      await login(browser, officer.email, TEST_PASSWORD).expect(200);

      for (let attempt = 1; attempt <= 3; attempt++) {
        await login(browser, officer.email, `typo-again-${attempt}`).expect(401);
      }
      await login(browser, officer.email, 'typo-again-4').expect(429);
    });
  });

  describe('one client address over many e-mail addresses', () => {
    it('stops password spraying: the 21st failure from one address is refused, for every account', async () => {
      const officer = await registerOrganisation(app);
      const sprayer = await client(app);
      const statuses: number[] = [];

      for (let attempt = 1; attempt <= 30; attempt++) {
        statuses.push((await login(sprayer, uniqueEmail('spray'), 'Welkom2026!!')).status);
      }

      expect(statuses).toEqual([...Array<number>(20).fill(401), ...Array<number>(10).fill(429)]);
      await login(sprayer, officer.email, TEST_PASSWORD).expect(429);
      await login(await client(app), officer.email, TEST_PASSWORD).expect(200);
    });

    it('counts a /64 of IPv6 as one address', async () => {
      const prefix = `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;
      const statuses: number[] = [];

      for (let host = 1; host <= 21; host++) {
        const hopping = await client(app, `${prefix}::${host.toString(16)}`);
        statuses.push((await login(hopping, uniqueEmail('hop'), 'Welkom2026!!')).status);
      }

      expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
      expect(statuses[20]).toBe(429);
    });

    it('counts registrations for a taken address too, so addresses cannot be probed in bulk', async () => {
      const strict = await createTestApp({ loginAddressLimit: 3 });
      try {
        const officer = await registerOrganisation(strict);
        const prober = await client(strict);
        const statuses: number[] = [];
        for (let attempt = 1; attempt <= 5; attempt++) {
          const response = await prober.post('/api/v1/auth/register', {
            organisationName: 'Welzijn Proef',
            displayName: 'Proef Persoon',
            email: officer.email,
            password: TEST_PASSWORD,
          });
          statuses.push(response.status);
        }

        expect(statuses).toEqual([409, 409, 409, 429, 429]);
      } finally {
        await strict.close();
      }
    });
  });

  describe('one account from many addresses', () => {
    const accountKey = (email: string) =>
      `login:account:${createHash('sha256').update(email).digest('hex')}`;

    it('slows guessing down from every address but the ones its owner logged in from', async () => {
      const owner = await registerOrganisation(limited);
      const home = await client(limited);
      await login(home, owner.email, TEST_PASSWORD).expect(200);
      for (let attempt = 1; attempt <= 5; attempt++) {
        await login(await client(limited), owner.email, `guess-${attempt}`).expect(401);
      }

      const guess = await login(await client(limited), owner.email, 'guess-6').expect(429);
      const fresh = await login(await client(limited), owner.email, TEST_PASSWORD).expect(429);

      const wait = Number(fresh.headers['retry-after']);
      expect(wait).toBeGreaterThan(20);
      expect(wait).toBeLessThanOrEqual(30);
      expect(Number(guess.headers['retry-after'])).toBeLessThanOrEqual(30);
      expect(fresh.body).toEqual({
        type: '/problems/login-slowed-down',
        title: 'Even wachten',
        status: 429,
        detail: `Er is vaak geprobeerd in te loggen op dit account. Wacht ${wait} seconden en probeer het dan opnieuw.`,
        instance: '/api/v1/auth/login',
      });
      await login(home, owner.email, TEST_PASSWORD).expect(200);
    });

    it('doubles the wait with every further failure, up to five minutes, and lets the owner in', async () => {
      const owner = await registerOrganisation(limited);
      const dataSource = limited.get(DataSource);
      for (let attempt = 1; attempt <= 5; attempt++) {
        await login(await client(limited), owner.email, `guess-${attempt}`).expect(401);
      }
      const waits: number[] = [];

      for (let round = 1; round <= 6; round++) {
        const blocked = await login(await client(limited), owner.email, 'guess').expect(429);
        waits.push(Number(blocked.headers['retry-after']));
        // The wait is over: let the next guess through without waiting for the clock.
        await dataSource.query('UPDATE throttle_hits SET blocked_until = now() WHERE key = $1', [
          accountKey(owner.email),
        ]);
        await login(await client(limited), owner.email, `guess-after-${round}`).expect(401);
      }

      const expected = [30, 60, 120, 240, 300, 300];
      waits.forEach((wait, index) => {
        expect(wait).toBeGreaterThan(expected[index] - 10);
        expect(wait).toBeLessThanOrEqual(expected[index]);
      });
      await dataSource.query('UPDATE throttle_hits SET blocked_until = now() WHERE key = $1', [
        accountKey(owner.email),
      ]);
      await login(await client(limited), owner.email, TEST_PASSWORD).expect(200);
      await login(await client(limited), owner.email, TEST_PASSWORD).expect(200);
    });
  });
});
