import { NestExpressApplication } from '@nestjs/platform-express';

import { JobQueue } from '../../apps/api/src/app/jobs/job-queue';
import { MAIL_JOB } from '../../apps/api/src/app/mail/mailer.service';
import { DailyRemindersService } from '../../apps/api/src/app/reminders/daily-reminders.service';
import { Actor, addMember, registerOrganisation } from '../support/factories';
import { TestMailServer } from '../support/mail-server';
import { atJobTime, day, digestsTo, membershipOf, settle, sql, TODAY } from '../support/reminders';
import { startRound } from '../support/rounds';
import { SharedServerDatabase, sharedServerDatabase } from '../support/server-database';
import { createTestApp } from '../support/test-app';

describe('the daily reminder job with two API instances on one database', () => {
  let first: NestExpressApplication;
  let second: NestExpressApplication;
  let smtp: TestMailServer;
  let database: SharedServerDatabase;
  const people: Actor[] = [];

  beforeAll(async () => {
    smtp = await TestMailServer.start();
    database = await sharedServerDatabase('lk_reminders');
    first = await createTestApp({ smtpUrl: smtp.url }, database.url, 'postgres');
    second = await createTestApp({ smtpUrl: smtp.url }, database.url, 'postgres');
    for (const name of ['Stichting Een', 'Stichting Twee', 'Stichting Drie']) {
      const qo = await registerOrganisation(first, name);
      const owner = await addMember(first, qo, 'contributor');
      const round = await startRound(qo, { title: `Ronde ${name}`, targetDate: day(60) });
      await sql(first, `UPDATE assessment_rounds SET self_evaluation_deadline = $2 WHERE id = $1`, [
        round.id,
        day(14),
      ]);
      await sql(
        first,
        `UPDATE criterion_responses SET owner_membership_id = $2 WHERE round_id = $1`,
        [round.id, await membershipOf(first, owner)],
      );
      people.push(qo, owner);
    }
    atJobTime(first);
    atJobTime(second);
  }, 120_000);

  afterAll(async () => {
    jest.restoreAllMocks();
    await first.close();
    await second.close();
    await smtp.stop();
    await database.drop();
  });

  it('schedules the job once, at 06:30 Amsterdam time', async () => {
    const rows = await sql<{ cron: string; timezone: string }>(
      first,
      `SELECT cron, timezone FROM pgboss.schedule WHERE name = 'daily-reminders'`,
    );
    expect(rows).toEqual([{ cron: '30 6 * * *', timezone: 'Europe/Amsterdam' }]);
  });

  it('sends each person one digest when both instances run the job at the same moment', async () => {
    const results = await Promise.all([
      first.get(DailyRemindersService).run(),
      second.get(DailyRemindersService).run(),
      first.get(DailyRemindersService).run(),
    ]);
    expect(results.reduce((sum, result) => sum + result.digests, 0)).toBe(people.length);
    expect(results.reduce((sum, result) => sum + result.created, 0)).toBe(people.length);
    const end = Date.now() + 20_000;
    while (people.some((p) => digestsTo(smtp, p.email).length === 0) && Date.now() < end) {
      await settle(100);
    }
    await settle();
    for (const person of people) {
      expect(digestsTo(smtp, person.email)).toHaveLength(1);
    }
    const rows = await sql<{ count: string }>(
      first,
      `SELECT count(*) FROM notification_digests WHERE day = $1`,
      [TODAY],
    );
    expect(rows).toEqual([{ count: String(people.length) }]);
  });

  it('resumes an interrupted run without sending anyone a second digest', async () => {
    const tomorrow = day(1);
    // Tomorrow the deadline is 14 days away again for everyone.
    await sql(
      first,
      `UPDATE assessment_rounds SET self_evaluation_deadline = $1 WHERE title LIKE 'Ronde Stichting %'`,
      [day(15)],
    );
    const queue = first.get(JobQueue);
    const send = queue.send.bind(queue);
    let mails = 0;
    const crash = jest.spyOn(queue, 'send').mockImplementation(async (name, data, manager) => {
      if (name === MAIL_JOB && ++mails === 3) {
        throw new Error('the process died here');
      }
      return send(name, data, manager);
    });
    await expect(first.get(DailyRemindersService).run(tomorrow)).rejects.toThrow(
      'the process died here',
    );
    crash.mockRestore();
    const resumed = await first.get(DailyRemindersService).run(tomorrow);
    expect(resumed).toMatchObject({ created: 0, digests: people.length - 2 });
    const rows = await sql<{ count: string }>(
      first,
      `SELECT count(*) FROM notification_digests WHERE day = $1`,
      [tomorrow],
    );
    expect(rows).toEqual([{ count: String(people.length) }]);
    const end = Date.now() + 20_000;
    while (people.some((p) => digestsTo(smtp, p.email).length < 2) && Date.now() < end) {
      await settle(100);
    }
    await settle();
    for (const person of people) {
      expect(digestsTo(smtp, person.email)).toHaveLength(2);
    }
  });
});
