import { addDays, isoDayIn, startOfDayIn } from '@labelklaar/domain';

import { INestApplication } from '@nestjs/common';
import { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';

import { Clock } from '../../apps/api/src/app/common/clock';
import { Actor } from './factories';
import { TestMailServer } from './mail-server';

/** Today in Amsterdam, and 06:30 on it: when the daily job runs. */
export const TODAY = isoDayIn(new Date());
export const day = (offset: number) => addDays(TODAY, offset);
export const jobMorning = () => new Date(startOfDayIn(TODAY).getTime() + 6.5 * 3_600_000);

/** Sets the API's clock to 06:30 Amsterdam today; undo with jest.restoreAllMocks(). */
export function atJobTime(app: INestApplication): jest.SpyInstance<Date, []> {
  const at = jobMorning();
  return jest.spyOn(app.get(Clock), 'now').mockImplementation(() => new Date(at));
}

export const sql = <T = unknown>(app: INestApplication, text: string, params: unknown[] = []) =>
  app.get(DataSource).query(text, params) as Promise<T[]>;

export async function membershipOf(app: INestApplication, actor: Actor): Promise<string> {
  const [row] = await sql<{ id: string }>(
    app,
    'SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1 AND m.organisation_id = $2',
    [actor.email, actor.organisationId],
  );
  return row.id;
}

export async function userIdOf(app: INestApplication, email: string): Promise<string> {
  const [row] = await sql<{ id: string }>(app, 'SELECT id FROM users WHERE email = $1', [email]);
  return row.id;
}

/** An improvement action on a round's criterion, owned by a membership, due on `dueDate`. */
export async function seedAction(
  app: INestApplication,
  qo: Actor,
  roundId: string,
  title: string,
  dueDate: string,
  ownerMembershipId: string,
): Promise<void> {
  await sql(
    app,
    `INSERT INTO improvement_actions (organisation_id, round_id, criterion_code, title, owner_membership_id, due_date)
     SELECT $1, $2, criterion_code, $3, $4, $5 FROM criterion_responses WHERE round_id = $2 ORDER BY criterion_code LIMIT 1`,
    [qo.organisationId, roundId, title, ownerMembershipId, dueDate],
  );
}

export const isDigest = (mail: ParsedMail) =>
  /^Labelklaar: \d+ (melding|meldingen) van vandaag$|^Labelklaar: \d+ notifications? today$/.test(
    mail.subject ?? '',
  );

/** Every digest that reached `to`. */
export const digestsTo = (smtp: TestMailServer, to: string) =>
  smtp.received.filter(
    (mail) => isDigest(mail) && [mail.to].flat().some((address) => address?.text.includes(to)),
  );

export const settle = (ms = 3000) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until no mail job queued since `since` is waiting, up for a retry or running: every mail
 * of the test was handed to the SMTP server (jobs other suites left behind do not count).
 */
export async function mailDelivered(
  app: INestApplication,
  since: Date,
  timeoutMs = 30_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const [{ open }] = await sql<{ open: number }>(
      app,
      `SELECT count(*)::int AS open FROM pgboss.job
        WHERE name = 'mail-send' AND state IN ('created', 'retry', 'active') AND created_on >= $1`,
      [since],
    );
    if (open === 0) {
      return;
    }
    if (Date.now() > end) {
      throw new Error(`${open} mail job(s) still open after ${timeoutMs} ms`);
    }
    await settle(100);
  }
}

/** The absolute links of a mail's HTML part. */
export const linksOf = (mail: ParsedMail) =>
  [...String(mail.html).matchAll(/href="([^"]+)"/g)].map((match) =>
    match[1].replace(/&amp;/g, '&'),
  );
