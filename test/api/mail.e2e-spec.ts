import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../../apps/api/src/app/config/app-config';
import { JobQueue } from '../../apps/api/src/app/jobs/job-queue';
import { MAIL_JOB } from '../../apps/api/src/app/mail/mailer.service';
import { registerOrganisation, uniqueEmail } from '../support/factories';
import { invite } from '../support/invitations';
import { TestMailServer } from '../support/mail-server';
import { inviteReviewer, submittedRound } from '../support/reviews';
import { createTestApp } from '../support/test-app';

const PUBLIC_URL = 'https://labelklaar.example.nl';

const waitFor = async <T>(find: () => T | undefined, timeoutMs = 20_000): Promise<T> => {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) {
      return found;
    }
    if (Date.now() > end) {
      throw new Error('timed out');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe('mail over SMTP', () => {
  let app: NestExpressApplication;
  let smtp: TestMailServer;

  beforeAll(async () => {
    smtp = await TestMailServer.start();
    app = await createTestApp({
      smtpUrl: smtp.url,
      publicUrl: PUBLIC_URL,
      mailFrom: 'Labelklaar <noreply@labelklaar.example.nl>',
    });
  });

  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('mails a member invitation at once, in Dutch, with an absolute link in both parts', async () => {
    const qo = await registerOrganisation(app, 'Stichting Post & Welzijn');
    const email = uniqueEmail('invitee');
    const { acceptUrl } = await invite(qo, email, 'contributor');
    const mail = await smtp.messageTo(email);
    expect(mail.from?.value).toEqual([
      { name: 'Labelklaar', address: 'noreply@labelklaar.example.nl' },
    ]);
    expect(mail.subject).toBe('Uitnodiging voor Stichting Post & Welzijn in Labelklaar');
    expect(mail.text).toContain(`${PUBLIC_URL}${acceptUrl}`);
    expect(mail.html).toContain(`href="${PUBLIC_URL}${acceptUrl.replace(/&/g, '&amp;')}"`);
    expect(mail.html).toContain('Stichting Post &amp; Welzijn');
  });

  it('writes to an address with an English account in English', async () => {
    const qo = await registerOrganisation(app, 'Stichting Engels');
    const other = await registerOrganisation(app);
    await app
      .get(DataSource)
      .query(`UPDATE users SET language = 'en' WHERE email = $1`, [other.email]);
    await invite(qo, other.email, 'manager');
    const mail = await smtp.messageTo(other.email);
    expect(mail.subject).toBe('Invitation to Stichting Engels in Labelklaar');
    expect(mail.text).toContain('You have been invited to work as manager');
  });

  it('mails a peer-group invitation to the invited address', async () => {
    const qo = await registerOrganisation(app);
    const group = await qo.client
      .post('/api/v1/peer-groups', { name: 'Toetsingsgroep Noord' })
      .expect(201);
    const email = uniqueEmail('peer');
    const created = await qo.client
      .post(`/api/v1/peer-groups/${group.body.id as string}/organisation-invitations`, { email })
      .expect(201);
    const mail = await smtp.messageTo(email);
    expect(mail.subject).toBe('Uitnodiging voor de toetsingsgroep Toetsingsgroep Noord');
    expect(mail.text).toContain(`${PUBLIC_URL}${created.body.acceptUrl as string}`);
  });

  it('mails a reviewer invitation (intercollegiale toetsing) to the invited address', async () => {
    const qo = await registerOrganisation(app);
    const round = await submittedRound(qo, { title: 'Zelfevaluatie Toetsing' });
    const email = uniqueEmail('toetser');
    const { invitation } = await inviteReviewer(qo, round.id, { email });
    const mail = await smtp.messageTo(email);
    expect(mail.subject).toMatch(/^Uitnodiging voor intercollegiale toetsing bij /);
    expect(mail.text).toContain(`${PUBLIC_URL}${invitation.acceptUrl}`);
    expect(mail.html).toContain(`${PUBLIC_URL}${invitation.acceptUrl}`.replace(/&/g, '&amp;'));
  });
});

describe('mail while the SMTP server is down', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    // A port nobody listens on: the connection is refused.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    app = await createTestApp({ smtpUrl: `smtp://127.0.0.1:${port}` });
  });

  afterAll(async () => {
    await app.close();
  });

  it('keeps the message queued for a retry and still shows the link', async () => {
    const qo = await registerOrganisation(app);
    const email = uniqueEmail('waiting');
    const { acceptUrl } = await invite(qo, email, 'contributor');
    expect(acceptUrl).toMatch(/^\/invitations\/accept\?token=/);
    const dataSource = app.get(DataSource);
    const state = async () =>
      (
        (await dataSource.query(
          `SELECT state, retry_count FROM pgboss.job WHERE name = $1 AND data->>'to' = $2`,
          [MAIL_JOB, email],
        )) as { state: string; retry_count: number }[]
      )[0];
    const job = await (async () => {
      const end = Date.now() + 20_000;
      for (;;) {
        const row = await state();
        if (row?.state === 'retry' || Date.now() > end) {
          return row;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    expect(job?.state).toBe('retry');
    expect(await app.get(JobQueue).failed(MAIL_JOB)).toEqual([]);
  });
});

describe('mail without an SMTP server', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('writes each message as an .eml file in the data folder', async () => {
    const qo = await registerOrganisation(app);
    const email = uniqueEmail('laptop');
    await invite(qo, email, 'contributor');
    const folder = join(app.get<AppConfig>(APP_CONFIG).dataDir, 'mail');
    const eml = await waitFor(() => {
      try {
        return readdirSync(folder)
          .filter((name) => name.endsWith('.eml'))
          .map((name) => readFileSync(join(folder, name), 'utf8'))
          .find((text) => text.includes(`To: ${email}`));
      } catch {
        return undefined;
      }
    });
    expect(eml).toContain(`To: ${email}`);
    expect(eml).toMatch(/Content-Type: text\/plain/);
    expect(eml).toMatch(/Content-Type: text\/html/);
  });
});
