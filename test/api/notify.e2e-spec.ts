import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { NotificationsService } from '../../apps/api/src/app/notifications/notifications.service';
import { Actor, registerOrganisation } from '../support/factories';
import { headerOf, TestMailServer } from '../support/mail-server';
import { createTestApp } from '../support/test-app';

const PUBLIC_URL = 'https://labelklaar.example.nl';

describe('NotificationsService.notify', () => {
  let app: NestExpressApplication;
  let smtp: TestMailServer;
  let notifications: NotificationsService;
  let person: Actor;

  const assigned = (actor: Actor, dedupeKey?: string) => ({
    userId: actor.me.user.id,
    organisationId: actor.organisationId,
    category: 'criterion-assigned' as const,
    kind: 'criterion-assigned',
    params: { actorName: 'Anna de Vries', roundTitle: 'Zelfevaluatie 2026', criterionCode: 'VM1' },
    link: '/rounds/r1/criteria/VM1',
    dedupeKey,
  });

  const rowsOf = (actor: Actor) =>
    app
      .get(DataSource)
      .query(
        'SELECT kind, delivery, mailed_at FROM notifications WHERE user_id = $1 ORDER BY created_at',
        [actor.me.user.id],
      );

  beforeAll(async () => {
    smtp = await TestMailServer.start();
    app = await createTestApp({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
    notifications = app.get(NotificationsService);
  });

  beforeEach(async () => {
    person = await registerOrganisation(app);
  });

  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('stores the notification and mails it at once, with one-click unsubscribe', async () => {
    await expect(notifications.notify(assigned(person))).resolves.toBe(true);
    const mail = await smtp.messageTo(person.email, 'VM1 is aan jou toegewezen');
    expect(mail.text).toContain(
      'Anna de Vries heeft jou criterium VM1 van "Zelfevaluatie 2026" toegewezen.',
    );
    expect(mail.text).toContain(`${PUBLIC_URL}/rounds/r1/criteria/VM1`);
    expect(mail.text).toMatch(new RegExp(`${PUBLIC_URL}/unsubscribe\\?token=\\S+`));
    expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(headerOf(mail, 'List-Unsubscribe')).toMatch(
      new RegExp(`^<${PUBLIC_URL}/api/v1/unsubscribe\\?token=[^>]+>$`),
    );
    const [row] = await rowsOf(person);
    expect(row).toMatchObject({ kind: 'criterion-assigned', delivery: 'immediate' });
    expect(row.mailed_at).not.toBeNull();
  });

  it('creates nothing twice for the same dedupe key', async () => {
    await expect(notifications.notify(assigned(person, 'assigned:r1:VM1'))).resolves.toBe(true);
    await expect(notifications.notify(assigned(person, 'assigned:r1:VM1'))).resolves.toBe(false);
    expect(await rowsOf(person)).toHaveLength(1);
  });

  it('leaves a digest category unmailed', async () => {
    await notifications.notify({
      ...assigned(person),
      category: 'answer-ready',
      kind: 'answer-ready',
    });
    const [row] = await rowsOf(person);
    expect(row).toMatchObject({ delivery: 'digest', mailed_at: null });
  });

  it('follows the person’s own choice over the default', async () => {
    await app
      .get(DataSource)
      .query(
        `INSERT INTO notification_preferences (user_id, category, delivery) VALUES ($1, 'criterion-assigned', 'off')`,
        [person.me.user.id],
      );
    await notifications.notifyMany([assigned(person), assigned(person)]);
    const rows = await rowsOf(person);
    expect(rows).toEqual([
      expect.objectContaining({ delivery: 'off', mailed_at: null }),
      expect.objectContaining({ delivery: 'off', mailed_at: null }),
    ]);
  });

  it('writes in English to an English account', async () => {
    await app
      .get(DataSource)
      .query(`UPDATE users SET language = 'en' WHERE id = $1`, [person.me.user.id]);
    await notifications.notify(assigned(person));
    const mail = await smtp.messageTo(person.email, 'VM1 was assigned to you');
    expect(mail.text).toContain('No more e-mail about this kind of notification');
  });

  it('refuses a kind it has no words for, or one filed under another category', async () => {
    await expect(notifications.notify({ ...assigned(person), kind: 'nonsense' })).rejects.toThrow(
      'Unknown notification kind "nonsense"',
    );
    await expect(
      notifications.notify({ ...assigned(person), category: 'mention' }),
    ).rejects.toThrow('belongs to "criterion-assigned"');
  });
});
