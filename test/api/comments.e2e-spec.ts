import { AssessmentRoundDetail, CriterionComment, Member, RoundEvent } from '@labelklaar/domain';

import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { MINUTE_MS, shiftClock } from '../support/clock';
import { Actor, addMember, registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { TestMailServer } from '../support/mail-server';
import { addReviewer, submitRound } from '../support/reviews';
import { startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';
import { download, flatText, pdfPages, unzip } from './exports.fixtures';

const SECRET = 'Intern-overleg-7f3a: niet voor de auditor';
const PUBLIC_URL = 'https://labelklaar.example.nl';

describe('comments on a criterion', () => {
  let app: NestExpressApplication;
  let smtp: TestMailServer;
  let qo: Actor;
  let contributor: Actor;
  let manager: Actor;
  let members: Member[];
  let round: AssessmentRoundDetail;
  const path = (roundId = round.id, code = 'VAK-02') =>
    `/api/v1/rounds/${roundId}/responses/${code}/comments`;
  const memberOf = (actor: Actor): Member => {
    const found = members.find((member) => member.userId === actor.me.user.id);
    if (!found) {
      throw new Error('not a member');
    }
    return found;
  };

  beforeAll(async () => {
    smtp = await TestMailServer.start();
    app = await createTestApp({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
    qo = await registerOrganisation(app);
    contributor = await addMember(app, qo, 'contributor');
    manager = await addMember(app, qo, 'manager');
    members = (await qo.client.get('/api/v1/organisation/members').expect(200)).body as Member[];
    round = await startRound(qo, { title: 'Overleg 2027' });
  });

  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const notificationsOf = (actor: Actor) =>
    app
      .get(DataSource)
      .query<{ kind: string; params: Record<string, string>; link: string }[]>(
        'SELECT kind, params, link FROM notifications WHERE user_id = $1 ORDER BY created_at',
        [actor.me.user.id],
      );

  describe('POST /api/v1/rounds/{roundId}/responses/{criterionCode}/comments', () => {
    it('answers 401 without a session (403 for a write without the CSRF token)', async () => {
      await request(app.getHttpServer()).get(path()).expect(401);
      await request(app.getHttpServer()).post(path()).send({ body: 'Hallo' }).expect(403);
    });

    it('adds a comment with mentions, by their name, and records it in the history', async () => {
      const response = await contributor.client
        .post(path(), {
          body: `  @Kwaliteit Test, klopt dit? ${SECRET}  `,
          mentions: [memberOf(qo).id, memberOf(manager).id, memberOf(qo).id],
        })
        .expect(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        roundId: round.id,
        criterionCode: 'VAK-02',
        author: { userId: contributor.me.user.id, displayName: 'Test contributor' },
        body: `@Kwaliteit Test, klopt dit? ${SECRET}`,
        mentions: [
          { memberId: memberOf(qo).id, displayName: 'Kwaliteit Test' },
          { memberId: memberOf(manager).id, displayName: 'Test manager' },
        ],
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
      });
      const events = (
        await qo.client.get(`/api/v1/rounds/${round.id}/events?criterionCode=VAK-02`).expect(200)
      ).body as RoundEvent[];
      expect(events).toEqual([
        expect.objectContaining({
          type: 'comment.added',
          subject: 'comment',
          subjectId: response.body.id,
          criterionCode: 'VAK-02',
          actor: { userId: contributor.me.user.id, displayName: 'Test contributor' },
          before: null,
          after: { mentionCount: 2 },
        }),
      ]);
      expect(JSON.stringify(events)).not.toContain(SECRET);
    });

    it('refuses a body that is missing, too long or has unknown fields, in plain language', async () => {
      const response = await qo.client
        .post(path(), { body: 'x'.repeat(2001), mentions: ['geen-id'], pinned: true })
        .expect(400);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body).toMatchObject({
        type: '/problems/validation-failed',
        title: 'Ongeldige invoer',
        status: 400,
        instance: path(),
      });
      expect(
        (response.body.errors as { field: string; code: string }[]).map((e) => [e.field, e.code]),
      ).toEqual([
        ['pinned', 'whitelistValidation'],
        ['body', 'maxLength'],
        ['mentions', 'isUuid'],
      ]);
    });

    it('refuses an empty comment', async () => {
      const response = await qo.client.post(path(), { body: ' \n ' }).expect(422);
      expect(response.body).toMatchObject({
        type: '/problems/comment-empty',
        title: 'Lege opmerking',
        status: 422,
        detail: 'Schrijf eerst iets voordat je de opmerking plaatst.',
      });
    });

    it('refuses to mention someone outside the organisation, naming the id', async () => {
      const other = await registerOrganisation(app);
      const [outsider] = (await other.client.get('/api/v1/organisation/members').expect(200))
        .body as Member[];
      const response = await qo.client
        .post(path(), { body: 'Hallo', mentions: [outsider.id] })
        .expect(422);
      expect(response.body).toMatchObject({
        type: '/problems/unknown-member',
        detail: 'Deze persoon is geen lid van je organisatie.',
        unknown: [outsider.id],
      });
    });

    it("answers 404 for another organisation's round and for an unknown criterion", async () => {
      const other = await registerOrganisation(app);
      const theirs = await startRound(other);
      await qo.client.post(path(theirs.id), { body: 'Hallo' }).expect(404);
      await qo.client.get(path(theirs.id)).expect(404);
      await qo.client.post(path(round.id, 'XYZ-99'), { body: 'Hallo' }).expect(404);
      expect((await other.client.get(path(theirs.id)).expect(200)).body).toEqual([]);
    });

    it('lets every member comment, also on a submitted round; a reviewer never sees the thread', async () => {
      const submitted = await startRound(qo, { title: 'Ingediend overleg' });
      await manager.client.post(path(submitted.id), { body: 'Voor de vorige ronde' }).expect(201);
      await submitRound(qo, submitted);
      await qo.client.post(path(submitted.id), { body: 'Wat leren we hiervan?' }).expect(201);
      const reviewer = await addReviewer(app, qo, submitted.id);
      await reviewer.client.get(path(submitted.id)).expect(403);
      await reviewer.client.post(path(submitted.id), { body: 'Mag ik?' }).expect(403);
    });
  });

  describe('mentions', () => {
    it('notify each mentioned member but the author, in the centre and by mail', async () => {
      const fresh = await startRound(qo, { title: 'Noemen 2027' });
      await qo.client
        .post(path(fresh.id, 'OPD-01'), {
          body: `@Test manager @Kwaliteit Test ${SECRET}`,
          mentions: [memberOf(manager).id, memberOf(qo).id],
        })
        .expect(201);
      const link = `/rounds/${fresh.id}/criteria/OPD-01#comments`;
      const about = async (actor: Actor) =>
        (await notificationsOf(actor)).filter((row) => row.link === link);
      expect(await about(manager)).toEqual([
        {
          kind: 'mention',
          params: {
            roundTitle: 'Noemen 2027',
            criterionCode: 'OPD-01',
            actorName: 'Kwaliteit Test',
          },
          link,
        },
      ]);
      expect(await about(qo)).toEqual([]);
      const mail = await smtp.messageTo(manager.email, 'Kwaliteit Test noemde je bij OPD-01');
      expect(mail.text).toContain(
        'Kwaliteit Test noemde je in een opmerking bij OPD-01 van "Noemen 2027".',
      );
      expect(mail.text).toContain(`${PUBLIC_URL}${link}`);
      // The comment is internal: the mail points to it, it does not carry it.
      expect(mail.text).not.toContain('Intern-overleg-7f3a');
    });

    it('tell nobody when a refused comment is not stored', async () => {
      const before = (await notificationsOf(manager)).length;
      await qo.client.post(path(), { body: ' ', mentions: [memberOf(manager).id] }).expect(422);
      expect(await notificationsOf(manager)).toHaveLength(before);
    });
  });

  describe('GET /api/v1/rounds/{roundId}/responses/{criterionCode}/comments', () => {
    it('lists the thread oldest first, with names as they are today', async () => {
      const fresh = await startRound(qo, { title: 'Draad' });
      await qo.client.post(path(fresh.id), { body: 'Eerste' }).expect(201);
      await contributor.client
        .post(path(fresh.id), { body: 'Tweede', mentions: [memberOf(qo).id] })
        .expect(201);
      await qo.client.post(path(fresh.id, 'VAK-03'), { body: 'Ander criterium' }).expect(201);
      const thread = (await manager.client.get(path(fresh.id)).expect(200))
        .body as CriterionComment[];
      expect(thread.map((comment) => comment.body)).toEqual(['Eerste', 'Tweede']);
      expect(thread[1].mentions).toEqual([
        { memberId: memberOf(qo).id, displayName: 'Kwaliteit Test' },
      ]);
    });
  });

  describe('DELETE /api/v1/rounds/{roundId}/responses/{criterionCode}/comments/{commentId}', () => {
    const post = async (actor: Actor, body: string): Promise<CriterionComment> =>
      (await actor.client.post(path(round.id, 'VAK-05'), { body }).expect(201))
        .body as CriterionComment;

    afterEach(() => jest.restoreAllMocks());

    it('lets the author take a comment back shortly after, recorded in the history', async () => {
      const comment = await post(contributor, 'Verkeerd criterium');
      await contributor.client.delete(`${path(round.id, 'VAK-05')}/${comment.id}`).expect(204);
      const thread = (await qo.client.get(path(round.id, 'VAK-05')).expect(200))
        .body as CriterionComment[];
      expect(thread.map((c) => c.id)).not.toContain(comment.id);
      const events = (
        await qo.client.get(`/api/v1/rounds/${round.id}/events?criterionCode=VAK-05`).expect(200)
      ).body as RoundEvent[];
      expect(events.map((event) => [event.type, event.subjectId])).toEqual([
        ['comment.added', comment.id],
        ['comment.removed', comment.id],
      ]);
    });

    it("refuses someone else's comment, and one posted too long ago", async () => {
      const comment = await post(contributor, 'Blijft staan');
      const url = `${path(round.id, 'VAK-05')}/${comment.id}`;
      const refused = await qo.client.delete(url).expect(403);
      expect(refused.body).toMatchObject({
        type: '/problems/comment-not-yours',
        detail: 'Alleen wie de opmerking schreef, kan haar verwijderen.',
      });
      shiftClock(app, 16 * MINUTE_MS);
      const late = await contributor.client.delete(url).expect(409);
      expect(late.body).toMatchObject({
        type: '/problems/comment-remove-too-late',
        detail: expect.stringContaining('binnen 15 minuten'),
      });
      await qo.client.delete(`${path(round.id, 'VAK-05')}/${randomUUID()}`).expect(404);
    });
  });

  describe('the dossier', () => {
    it('never contains a comment, in any format', async () => {
      const texts: string[] = [];
      const csv = await download(qo.client, `/api/v1/rounds/${round.id}/criteria.csv`).expect(200);
      texts.push((csv.body as Buffer).toString('utf8'));
      const pdf = await download(qo.client, `/api/v1/rounds/${round.id}/dossier.pdf`).expect(200);
      texts.push(flatText(await pdfPages(pdf.body as Buffer)));
      const xlsx = await download(qo.client, `/api/v1/rounds/${round.id}/dossier.xlsx`).expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
      workbook.eachSheet((sheet) => sheet.eachRow((row) => texts.push(JSON.stringify(row.values))));
      const docx = await download(qo.client, `/api/v1/rounds/${round.id}/dossier.docx`).expect(200);
      for (const entry of await unzip(docx.body as Buffer)) {
        texts.push(entry.data.toString('utf8'));
      }
      expect(texts.join('\n')).toContain('VAK-02');
      expect(texts.join('\n')).not.toContain('Intern-overleg-7f3a');
    });
  });

  it('takes no unknown member id as a mention', async () => {
    await qo.client.post(path(), { body: 'Hallo', mentions: [randomUUID()] }).expect(422);
  });
});
