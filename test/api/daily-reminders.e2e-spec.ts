import { AssessmentRoundDetail, startOfDayIn } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';
import { ParsedMail } from 'mailparser';
import request from 'supertest';

import { Clock } from '../../apps/api/src/app/common/clock';
import { DailyRemindersService } from '../../apps/api/src/app/reminders/daily-reminders.service';
import { Actor, addMember, registerOrganisation } from '../support/factories';
import { headerOf, TestMailServer } from '../support/mail-server';
import {
  atJobTime,
  day,
  digestsTo,
  linksOf,
  mailDelivered,
  membershipOf,
  seedAction,
  settle,
  sql,
  TODAY,
  userIdOf,
} from '../support/reminders';
import { completeReview, ReviewWriter, writerOf } from '../support/review-writing';
import { addReviewer, submittedRound } from '../support/reviews';
import { registerLink, startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';

const PUBLIC_URL = 'https://labelklaar.example.nl';

describe('the daily reminder job', () => {
  let app: NestExpressApplication;
  let smtp: TestMailServer;
  let amstel: Actor;
  let owner: Actor;
  let zuid: Actor;
  let lead: ReviewWriter;
  let drafter: ReviewWriter;
  let round: AssessmentRoundDetail;
  let hearingRound: AssessmentRoundDetail;
  let evidenceId: string;

  const digestOf = async (email: string): Promise<ParsedMail> => {
    const end = Date.now() + 20_000;
    while (digestsTo(smtp, email).length === 0 && Date.now() < end) {
      await settle(100);
    }
    const mails = digestsTo(smtp, email);
    expect(mails).toHaveLength(1);
    return mails[0];
  };

  const suiteStarted = new Date();

  beforeAll(async () => {
    smtp = await TestMailServer.start();
    app = await createTestApp({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
    amstel = await registerOrganisation(app, 'Stichting Amstel');
    owner = await addMember(app, amstel, 'contributor');
    await sql(app, `UPDATE users SET language = 'en' WHERE email = $1`, [owner.email]);
    // Deadline in 7 days; the owner holds one criterion that is not ready.
    round = await startRound(amstel, { title: 'Zelfevaluatie Amstel', targetDate: day(60) });
    const ownerMembership = await membershipOf(app, owner);
    await sql(app, `UPDATE assessment_rounds SET self_evaluation_deadline = $2 WHERE id = $1`, [
      round.id,
      day(7),
    ]);
    await sql(
      app,
      `UPDATE criterion_responses SET owner_membership_id = $2
        WHERE round_id = $1 AND criterion_code = $3`,
      [round.id, ownerMembership, round.responses[0].criterionCode],
    );
    await seedAction(app, amstel, round.id, 'Klachtenregeling herzien', day(7), ownerMembership);
    await seedAction(app, amstel, round.id, 'Cliëntenraad spreken', day(-1), ownerMembership);
    // Evidence linked to the round that stops being valid 7 days from now, before the target date.
    const evidence = await registerLink(amstel.client, { title: 'Jaarverslag Amstel' });
    evidenceId = evidence.id;
    await sql(app, `UPDATE evidence SET valid_until = $2 WHERE id = $1`, [evidenceId, day(7)]);
    await sql(
      app,
      `INSERT INTO response_evidence (response_id, evidence_id, round_id, criterion_code)
       SELECT id, $2, round_id, criterion_code FROM criterion_responses
        WHERE round_id = $1 ORDER BY criterion_code LIMIT 1`,
      [round.id, evidenceId],
    );

    // Another organisation: a leerrapport whose hearing ends in 3 days, and a draft review whose
    // invitation's last day is 3 days away. Amstel's quality officer is its quality officer too.
    zuid = await registerOrganisation(app, 'Stichting Zuid');
    await sql(
      app,
      `INSERT INTO memberships (organisation_id, user_id, role)
       SELECT $1, id, 'quality-officer' FROM users WHERE email = $2`,
      [zuid.organisationId, amstel.email],
    );
    hearingRound = await submittedRound(zuid, { title: 'Zelfevaluatie Zuid' });
    const leadReviewer = writerOf(await addReviewer(app, zuid, hearingRound.id));
    await completeReview(
      leadReviewer,
      hearingRound.responses.map((r) => r.criterionCode),
      () => 'meets',
      'meets',
    );
    await leadReviewer.client
      .post(`/api/v1/rounds/${hearingRound.id}/leerrapport/issue`, { hearingDays: 3 })
      .expect(201);
    await sql(app, `UPDATE leerrapports SET hearing_ends_on = $2 WHERE round_id = $1`, [
      hearingRound.id,
      day(3),
    ]);
    lead = leadReviewer;
    const second = await submittedRound(zuid, { title: 'Tweede ronde Zuid' });
    drafter = writerOf(await addReviewer(app, zuid, second.id));
    await sql(app, `UPDATE review_invitations SET expires_at = $2 WHERE id = $1`, [
      drafter.invitationId,
      startOfDayIn(day(4)),
    ]);
    // Peer review news comes at once by default; Amstel's officer chose the digest for it.
    await sql(
      app,
      `INSERT INTO notification_preferences (user_id, category, delivery)
       SELECT id, 'peer-review', 'digest' FROM users WHERE email = $1`,
      [amstel.email],
    );
    atJobTime(app);
  }, 180_000);

  afterAll(async () => {
    jest.restoreAllMocks();
    await app.close();
    await smtp.stop();
  });

  it('mails each person one digest, in their language, with every reminder due today', async () => {
    const result = await app.get(DailyRemindersService).run();
    expect(result.day).toBe(TODAY);

    const officer = await digestOf(amstel.email);
    expect(officer.subject).toMatch(/^Labelklaar: \d+ meldingen van vandaag$/);
    expect(officer.text).toContain(
      'Uiterste datum zelfevaluatie "Zelfevaluatie Amstel" over 7 dagen',
    );
    expect(officer.text).toContain('Verbeteractie "Cliëntenraad spreken" is te laat');
    expect(officer.text).toContain('Bewijsstuk "Jaarverslag Amstel" verloopt vóór de streefdatum');
    expect(officer.text).toContain(
      'Hoor en wederhoor over "Zelfevaluatie Zuid" sluit over 3 dagen',
    );
    // Two organisations in one mail, by organisation.
    expect(String(officer.text).indexOf('== Stichting Amstel ==')).toBeLessThan(
      String(officer.text).indexOf('== Stichting Zuid =='),
    );
    expect(linksOf(officer)).toEqual(
      expect.arrayContaining([
        `${PUBLIC_URL}/rounds/${round.id}`,
        `${PUBLIC_URL}/evidence/${evidenceId}`,
        `${PUBLIC_URL}/actions`,
        `${PUBLIC_URL}/rounds/${hearingRound.id}`,
      ]),
    );

    const ownerMail = await digestOf(owner.email);
    expect(ownerMail.subject).toMatch(/^Labelklaar: \d+ notifications today$/);
    expect(ownerMail.text).toContain(
      'Self-assessment deadline of "Zelfevaluatie Amstel" in 7 days',
    );
    expect(ownerMail.text).toContain(
      'Improvement action "Klachtenregeling herzien" is due in 7 days',
    );
    expect(ownerMail.text).toContain('Improvement action "Cliëntenraad spreken" is late');
    expect(linksOf(ownerMail)).toContain(`${PUBLIC_URL}/my-criteria`);

    // The default for peer review is at once: its own mail, not the digest.
    const hearing = 'Hoor en wederhoor over "Zelfevaluatie Zuid" sluit over 3 dagen';
    for (const email of [zuid.email, lead.email]) {
      const mail = await smtp.messageTo(email, hearing);
      expect(mail.text).toContain(`${PUBLIC_URL}/rounds/${hearingRound.id}`);
      expect(digestsTo(smtp, email)).toEqual([]);
    }
    const drafterMail = await digestOf(drafter.email);
    expect(drafterMail.text).toContain('Je toetsing van "Tweede ronde Zuid" is nog niet ingediend');
    expect(linksOf(drafterMail)).toContain(`${PUBLIC_URL}/reviews/${drafter.reviewId}`);
  });

  it('leads to pages the person can open: the linked round, evidence and review answer 200', async () => {
    await amstel.client.get(`/api/v1/rounds/${round.id}`).expect(200);
    await amstel.client.get(`/api/v1/evidence/${evidenceId}`).expect(200);
    await drafter.client.get(`/api/v1/reviews/${drafter.reviewId}`).expect(200);
  });

  it('sends nothing twice when it runs again on the same day', async () => {
    // Mail of the first run still on its way would count as sent twice.
    await mailDelivered(app, suiteStarted);
    const before = smtp.received.length;
    const again = await app.get(DailyRemindersService).run();
    expect(again).toMatchObject({ created: 0, digests: 0 });
    await settle();
    expect(smtp.received.length).toBe(before);
    const [{ count }] = await sql<{ count: string }>(
      app,
      `SELECT count(*) FROM notification_digests WHERE day = $1 GROUP BY user_id HAVING count(*) > 1
       UNION ALL SELECT '0' LIMIT 1`,
      [TODAY],
    );
    expect(count).toBe('0');
  });

  it('keeps a switched-off category in the centre and out of the mail', async () => {
    const ownerId = await userIdOf(app, owner.email);
    await sql(
      app,
      `INSERT INTO notification_preferences (user_id, category, delivery) VALUES ($1, 'action-reminder', 'off')`,
      [ownerId],
    );
    const tomorrow = new Date(startOfDayIn(day(1)).getTime() + 6.5 * 3_600_000);
    jest.restoreAllMocks();
    const spy = jest.spyOn(app.get(Clock), 'now').mockImplementation(() => new Date(tomorrow));
    try {
      // Tomorrow the late action is 2 days late: no reminder (weekly); move its due date so it is due again.
      await sql(app, `UPDATE improvement_actions SET due_date = $2 WHERE title = $1`, [
        'Klachtenregeling herzien',
        day(8),
      ]);
      await app.get(DailyRemindersService).run();
    } finally {
      spy.mockRestore();
      atJobTime(app);
    }
    const rows = await sql<{ delivery: string; mailed_at: Date | null }>(
      app,
      `SELECT delivery, mailed_at FROM notifications WHERE user_id = $1 AND category = 'action-reminder' AND dedupe_key LIKE $2`,
      [ownerId, `%${day(1)}`],
    );
    expect(rows).toEqual([{ delivery: 'off', mailed_at: null }]);
    await settle();
    expect(digestsTo(smtp, owner.email)).toHaveLength(1);
  });

  it('lets a person leave the daily overview with one click, keeping what comes at once', async () => {
    const mail = await digestOf(drafter.email);
    const oneClick = /<([^>]+)>/.exec(headerOf(mail, 'List-Unsubscribe') ?? '')?.[1] ?? '';
    expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(oneClick.startsWith(`${PUBLIC_URL}/api/v1/unsubscribe?token=`)).toBe(true);
    expect(String(mail.text)).toContain('Geen dagelijks overzicht meer per e-mail');
    const url = new URL(oneClick);
    const answer = await request(app.getHttpServer())
      .post(`${url.pathname}${url.search}`)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200);
    expect(answer.body).toEqual({ category: 'daily-digest', delivery: 'off' });
    const preferences = (
      await drafter.client.get('/api/v1/me/notification-preferences').expect(200)
    ).body.preferences as { category: string; delivery: string }[];
    expect(preferences.filter((p) => p.delivery === 'digest')).toEqual([]);
    expect(preferences.find((p) => p.category === 'criterion-assigned')?.delivery).toBe(
      'immediate',
    );
  });
});
