import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

import { NotificationsService } from '../../apps/api/src/app/notifications/notifications.service';
import { ApiClient } from '../support/api-client';
import { Actor, registerOrganisation } from '../support/factories';
import { headerOf, TestMailServer } from '../support/mail-server';
import { createTestApp } from '../support/test-app';

const PUBLIC_URL = 'https://labelklaar.example.nl';

describe('the notification centre', () => {
  let app: NestExpressApplication;
  let smtp: TestMailServer;
  let person: Actor;

  // The centre's tests use a digest category: no mail, so the queue stays free for those that mail.
  const notify = (
    actor: Actor,
    code: string,
    kind: 'answer-ready' | 'criterion-assigned' = 'answer-ready',
  ) =>
    app.get(NotificationsService).notify({
      userId: actor.me.user.id,
      organisationId: actor.organisationId,
      category: kind,
      kind,
      params: { actorName: 'Anna', roundTitle: 'Zelfevaluatie 2026', criterionCode: code },
      link: `/rounds/r1/criteria/${code}`,
    });

  const tokenFrom = async (actor: Actor, code: string) => {
    const mail = await smtp.messageTo(actor.email, `${code} is aan jou toegewezen`, 60_000);
    const url = /<([^>]+)>/.exec(headerOf(mail, 'List-Unsubscribe') ?? '')?.[1] ?? '';
    return { oneClickUrl: url, token: new URL(url).searchParams.get('token') ?? '' };
  };

  beforeAll(async () => {
    smtp = await TestMailServer.start();
    app = await createTestApp({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
  });

  beforeEach(async () => {
    person = await registerOrganisation(app);
  });

  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  describe('GET /api/v1/me/notifications', () => {
    it('refuses without a login', async () => {
      const anonymous = await ApiClient.create(app);
      await anonymous.get('/api/v1/me/notifications').expect(401);
    });

    it('lists only your own, newest first, with the unread count', async () => {
      const other = await registerOrganisation(app);
      await notify(person, 'VM1');
      await notify(person, 'VM2');
      await notify(other, 'VM3');
      const { body } = await person.client.get('/api/v1/me/notifications').expect(200);
      expect(body).toEqual({
        unreadCount: 2,
        nextBefore: null,
        items: [
          {
            id: expect.any(String),
            organisationId: person.organisationId,
            category: 'answer-ready',
            kind: 'answer-ready',
            params: { actorName: 'Anna', roundTitle: 'Zelfevaluatie 2026', criterionCode: 'VM2' },
            link: '/rounds/r1/criteria/VM2',
            createdAt: expect.any(String),
            readAt: null,
          },
          expect.objectContaining({ link: '/rounds/r1/criteria/VM1' }),
        ],
      });
    });

    it('pages with ?before=', async () => {
      for (let index = 0; index < 31; index++) {
        await notify(person, `C${index}`);
      }
      const first = await person.client.get('/api/v1/me/notifications').expect(200);
      expect(first.body.items).toHaveLength(30);
      const next = await person.client
        .get(`/api/v1/me/notifications?before=${first.body.nextBefore}`)
        .expect(200);
      expect(next.body.items.map((item: { link: string }) => item.link)).toEqual([
        '/rounds/r1/criteria/C0',
      ]);
      expect(next.body.nextBefore).toBeNull();
    });

    it('refuses a cursor that is no uuid', async () => {
      const { body } = await person.client.get('/api/v1/me/notifications?before=x').expect(400);
      expect(body.type).toBe('/problems/validation-failed');
    });
  });

  describe('POST /api/v1/me/notifications/read', () => {
    it('marks the given ones read and ignores those of others', async () => {
      const other = await registerOrganisation(app);
      await notify(person, 'VM1');
      await notify(person, 'VM2');
      await notify(other, 'VM3');
      const mine = (await person.client.get('/api/v1/me/notifications')).body.items;
      const theirs = (await other.client.get('/api/v1/me/notifications')).body.items;
      const { body } = await person.client
        .post('/api/v1/me/notifications/read', { ids: [mine[0].id, theirs[0].id] })
        .expect(200);
      expect(body).toEqual({ unreadCount: 1 });
      expect((await other.client.get('/api/v1/me/notifications')).body.unreadCount).toBe(1);
    });

    it('marks all read', async () => {
      await notify(person, 'VM1');
      await notify(person, 'VM2');
      const { body } = await person.client
        .post('/api/v1/me/notifications/read', { all: true })
        .expect(200);
      expect(body).toEqual({ unreadCount: 0 });
    });

    it.each([[{}], [{ all: false }], [{ ids: ['x'] }], [{ ids: [] }]])(
      'refuses %j',
      async (input) => {
        const { body } = await person.client
          .post('/api/v1/me/notifications/read', input)
          .expect(400);
        expect(body.type).toBe('/problems/validation-failed');
      },
    );
  });

  describe('GET|PUT /api/v1/me/notification-preferences', () => {
    it('shows every category with its delivery and default, and changes the named ones', async () => {
      const before = await person.client.get('/api/v1/me/notification-preferences').expect(200);
      expect(before.body.preferences).toHaveLength(11);
      expect(before.body.preferences[2]).toEqual({
        category: 'answer-ready',
        delivery: 'digest',
        defaultDelivery: 'digest',
      });
      expect(before.body.preferences[0]).toEqual({
        category: 'criterion-assigned',
        delivery: 'immediate',
        defaultDelivery: 'immediate',
      });
      const { body } = await person.client
        .put('/api/v1/me/notification-preferences', {
          preferences: [{ category: 'criterion-assigned', delivery: 'digest' }],
        })
        .expect(200);
      expect(body.preferences[0]).toEqual({
        category: 'criterion-assigned',
        delivery: 'digest',
        defaultDelivery: 'immediate',
      });
    });

    it.each([
      [{ preferences: [{ category: 'password-reset', delivery: 'off' }] }],
      [{ preferences: [{ category: 'mention', delivery: 'weekly' }] }],
      [{}],
    ])('refuses %j', async (input) => {
      const { body } = await person.client
        .put('/api/v1/me/notification-preferences', input)
        .expect(400);
      expect(body.type).toBe('/problems/validation-failed');
    });
  });

  describe('POST /api/v1/unsubscribe', () => {
    it('turns the category off by the RFC 8058 one-click POST, without cookies', async () => {
      await notify(person, 'UN1', 'criterion-assigned');
      const { oneClickUrl } = await tokenFrom(person, 'UN1');
      const url = new URL(oneClickUrl);
      const response = await request(app.getHttpServer())
        .post(`${url.pathname}${url.search}`)
        .type('form')
        .send('List-Unsubscribe=One-Click')
        .expect(200);
      expect(response.body).toEqual({ category: 'criterion-assigned', delivery: 'off' });
      const prefs = await person.client.get('/api/v1/me/notification-preferences');
      expect(prefs.body.preferences[0].delivery).toBe('off');
    });

    it('turns the category off by the token in JSON, and describes it first', async () => {
      await notify(person, 'UN2', 'criterion-assigned');
      const { token } = await tokenFrom(person, 'UN2');
      const anonymous = await ApiClient.create(app);
      const described = await anonymous
        .get(`/api/v1/unsubscribe?token=${encodeURIComponent(token)}`)
        .expect(200);
      expect(described.body).toEqual({ category: 'criterion-assigned', delivery: 'immediate' });
      await anonymous.post('/api/v1/unsubscribe', { token }).expect(200);
      await anonymous.post('/api/v1/unsubscribe', { token }).expect(200);
      await notify(person, 'UN3', 'criterion-assigned');
      const { body } = await person.client.get('/api/v1/me/notifications');
      expect(body.items[0].params.criterionCode).toBe('UN3');
    });

    it.each([
      ['malformed', 'not-a-token'],
      ['forged', `${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.mention.abc`],
      ['empty', ''],
    ])('answers a %s token with a clear 400', async (_name, token) => {
      const anonymous = await ApiClient.create(app);
      const { body } = await anonymous.post('/api/v1/unsubscribe', { token }).expect(400);
      expect(body).toMatchObject({
        type: '/problems/unsubscribe-token-invalid',
        status: 400,
        title: 'Afmeldlink werkt niet',
      });
    });

    it('refuses a token whose signature was changed to another category', async () => {
      await notify(person, 'UN4', 'criterion-assigned');
      const { token } = await tokenFrom(person, 'UN4');
      const forged = token.replace('criterion-assigned', 'mention');
      const anonymous = await ApiClient.create(app);
      await anonymous.post('/api/v1/unsubscribe', { token: forged }).expect(400);
    });
  });
});
