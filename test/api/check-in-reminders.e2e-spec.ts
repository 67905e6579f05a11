import { addDays, periodOf, TeamDetail } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';
import { ParsedMail } from 'mailparser';

import { DailyRemindersService } from '../../apps/api/src/app/reminders/daily-reminders.service';
import { Actor, addMember, registerOrganisation } from '../support/factories';
import { TestMailServer } from '../support/mail-server';
import { atJobTime, digestsTo, linksOf, settle, sql, TODAY } from '../support/reminders';
import { createTeam } from '../support/teams';
import { createTestApp } from '../support/test-app';

const PUBLIC_URL = 'https://labelklaar.example.nl';

/** The day the monthly check-in of this month reminds: a week before the month ends. */
const MONTHLY_DAY = addDays(periodOf(TODAY, 'month').to, -7);
/** The day the quarterly check-in of this quarter reminds: two weeks before the quarter ends. */
const QUARTERLY_DAY = addDays(periodOf(TODAY, 'quarter').to, -14);

describe('the check-in reminder (daily job)', () => {
  let app: NestExpressApplication;
  let smtp: TestMailServer;
  let qo: Actor;
  let lead: Actor;
  let answered: Actor;
  let waiting: Actor;
  let noord: TeamDetail;
  let jongeren: TeamDetail;

  const reminded = async (team: TeamDetail) =>
    (
      await sql<{ email: string }>(
        app,
        `SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.category = 'check-in-reminder' AND n.link = $1 ORDER BY u.email`,
        [`/teams/${team.id}`],
      )
    ).map((row) => row.email);

  const digestOf = async (email: string): Promise<ParsedMail> => {
    const end = Date.now() + 20_000;
    while (digestsTo(smtp, email).length === 0 && Date.now() < end) {
      await settle(100);
    }
    const mails = digestsTo(smtp, email);
    expect(mails).toHaveLength(1);
    return mails[0];
  };

  beforeAll(async () => {
    smtp = await TestMailServer.start();
    app = await createTestApp({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
    qo = await registerOrganisation(app, 'Stichting Herinnering');
    lead = await addMember(app, qo, 'contributor');
    answered = await addMember(app, qo, 'professional');
    waiting = await addMember(app, qo, 'professional');
    await sql(app, `UPDATE users SET language = 'en' WHERE email = $1`, [waiting.email]);
    noord = await createTeam(qo, 'Wijkteam Noord', [
      [lead, 'lead'],
      [answered, 'member'],
      [waiting, 'member'],
    ]);
    // No cadence set: the team answers quarterly.
    jongeren = await createTeam(qo, 'Jongerenwerk', [[waiting, 'member']]);
    await lead.client
      .put(`/api/v1/check-ins/schedules/${noord.id}`, { cadence: 'monthly' })
      .expect(200);
    await answered.client
      .post('/api/v1/check-ins', {
        teamId: noord.id,
        periodKey: periodOf(TODAY, 'month').key,
        answers: { 'goes-well': 'We bespreken lastige besluiten samen.' },
      })
      .expect(201);
    atJobTime(app);
  }, 120_000);

  afterAll(async () => {
    jest.restoreAllMocks();
    await app.close();
    await smtp.stop();
  });

  it('reminds the members who have not answered, once, in their daily digest', async () => {
    const result = await app.get(DailyRemindersService).run(MONTHLY_DAY);
    expect(result.created).toBeGreaterThanOrEqual(2);

    expect(await reminded(noord)).toEqual([lead.email, waiting.email].sort());
    // The quarterly team reminds on its own day, not this one (a week and two weeks never meet).
    expect(await reminded(jongeren)).toEqual([]);

    const mail = await digestOf(waiting.email);
    expect(mail.text).toContain('The check-in questions of Wijkteam Noord are waiting for you');
    expect(linksOf(mail)).toContain(`${PUBLIC_URL}/teams/${noord.id}`);
    const dutch = await digestOf(lead.email);
    expect(dutch.text).toContain('De prikkelende vragen van Wijkteam Noord staan voor je klaar');
    expect(digestsTo(smtp, answered.email)).toEqual([]);

    // The job runs again that day (a retry, a second instance): nothing new, no second digest.
    const again = await app.get(DailyRemindersService).run(MONTHLY_DAY);
    expect(again.created).toBe(0);
    await settle(500);
    expect(digestsTo(smtp, waiting.email)).toHaveLength(1);
    expect(await reminded(noord)).toHaveLength(2);
  });

  it('reminds a quarterly team two weeks before the quarter ends', async () => {
    await app.get(DailyRemindersService).run(QUARTERLY_DAY);
    expect(await reminded(jongeren)).toEqual([waiting.email]);
  });
});
