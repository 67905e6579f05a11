import { NestExpressApplication } from '@nestjs/platform-express';

import { Actor, addMember, registerOrganisation } from '../support/factories';
import { TestMailServer } from '../support/mail-server';
import { completeReview, writerOf } from '../support/review-writing';
import { addReviewer, submittedRound } from '../support/reviews';
import { saveResponse, startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';

const PUBLIC_URL = 'https://labelklaar.example.nl';
/** Suites before this one in the same run may leave mail jobs queued on the shared database. */
const MAIL_WAIT_MS = 45_000;

async function memberIdOf(qualityOfficer: Actor, email: string): Promise<string> {
  const members = await qualityOfficer.client.get('/api/v1/organisation/members').expect(200);
  return (members.body as { id: string; email: string }[]).find((m) => m.email === email)?.id ?? '';
}

const kindsOf = async (actor: { client: Actor['client'] }) =>
  (await actor.client.get('/api/v1/me/notifications').expect(200)).body.items.map(
    (item: { kind: string; link: string; params: Record<string, unknown> }) => item,
  );

describe('events that notify at once', () => {
  let app: NestExpressApplication;
  let smtp: TestMailServer;

  beforeAll(async () => {
    smtp = await TestMailServer.start();
    app = await createTestApp({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
  });

  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('tells the owner of criteria assigned one by one and in bulk, never the assigner', async () => {
    const qo = await registerOrganisation(app);
    const contributor = await addMember(app, qo, 'contributor');
    const memberId = await memberIdOf(qo, contributor.email);
    const qoMemberId = await memberIdOf(qo, qo.email);
    const round = await startRound(qo);
    await qo.client
      .put(`/api/v1/rounds/${round.id}/responses/VAK-03/owner`, { memberId })
      .expect(200);
    await qo.client
      .put(`/api/v1/rounds/${round.id}/owners`, { criterionCodes: ['OPD-01', 'OPD-02'], memberId })
      .expect(200);
    await qo.client
      .put(`/api/v1/rounds/${round.id}/owners`, {
        criterionCodes: ['OPD-03'],
        memberId: qoMemberId,
      })
      .expect(200);
    const items = await kindsOf(contributor);
    expect(
      items.map((item: { params: { criterionCode: string } }) => item.params.criterionCode).sort(),
    ).toEqual(['OPD-01', 'OPD-02', 'VAK-03']);
    expect(items[0]).toMatchObject({
      kind: 'criterion-assigned',
      link: expect.stringMatching(`^/rounds/${round.id}/criteria/`),
    });
    const mail = await smtp.messageTo(
      contributor.email,
      'VAK-03 is aan jou toegewezen',
      MAIL_WAIT_MS,
    );
    expect(mail.text).toContain(`${PUBLIC_URL}/rounds/${round.id}/criteria/VAK-03`);
    expect(await kindsOf(qo)).toEqual([]);
  });

  it('tells the quality officer an answer is ready, and the owner it was sent back', async () => {
    const qo = await registerOrganisation(app);
    const contributor = await addMember(app, qo, 'contributor');
    const memberId = await memberIdOf(qo, contributor.email);
    const round = await startRound(qo, { route: 'internal' });
    await qo.client
      .put(`/api/v1/rounds/${round.id}/owners`, { criterionCodes: ['OPD-02'], memberId })
      .expect(200);
    const saved = await saveResponse(contributor.client, round.id, 'OPD-02', 1);
    expect((await kindsOf(qo))[0]).toMatchObject({
      kind: 'answer-ready',
      params: { criterionCode: 'OPD-02' },
    });
    await qo.client
      .post(`/api/v1/rounds/${round.id}/responses/OPD-02/send-back`, {
        version: saved.version,
        comment: 'Noem een voorbeeld.',
      })
      .expect(200);
    expect((await kindsOf(contributor))[0]).toMatchObject({
      kind: 'answer-sent-back',
      params: { criterionCode: 'OPD-02', comment: 'Noem een voorbeeld.' },
    });
    const mail = await smtp.messageTo(
      contributor.email,
      'Je antwoord op OPD-02 is teruggestuurd',
      MAIL_WAIT_MS,
    );
    expect(mail.text).toContain('Noem een voorbeeld.');
  });

  it('tells the managers a round was submitted', async () => {
    const qo = await registerOrganisation(app);
    const manager = await addMember(app, qo, 'manager');
    const round = await submittedRound(qo, { title: 'Zelfevaluatie 2026' });
    expect(await kindsOf(manager)).toEqual([
      expect.objectContaining({ kind: 'round-submitted', link: `/rounds/${round.id}` }),
    ]);
    await smtp.messageTo(manager.email, '"Zelfevaluatie 2026" is ingediend', MAIL_WAIT_MS);
    expect(
      (await kindsOf(qo)).filter((i: { kind: string }) => i.kind === 'round-submitted'),
    ).toEqual([]);
  });

  it('tells of a review submitted and the leerrapport issued and final, never the actor', async () => {
    const qo = await registerOrganisation(app);
    const peer = await registerOrganisation(app, 'Stichting Buurtkracht');
    const round = await submittedRound(qo, { title: 'Zelfevaluatie 2025' });
    const codes = round.responses.map((response) => response.criterionCode);
    const lead = writerOf(await addReviewer(app, qo, round.id, { as: peer }));
    await completeReview(lead, codes, () => 'meets');
    expect((await kindsOf(qo))[0]).toMatchObject({ kind: 'review-submitted' });
    await lead.client
      .post(`/api/v1/rounds/${round.id}/leerrapport/issue`, { hearingDays: 7 })
      .expect(201);
    const issued = (await kindsOf(qo))[0];
    expect(issued).toMatchObject({
      kind: 'leerrapport-issued',
      link: `/rounds/${round.id}/leerrapport`,
      params: {
        roundTitle: 'Zelfevaluatie 2025',
        hearingEndsOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    });
    const mail = await smtp.messageTo(
      qo.email,
      'Leerrapport van "Zelfevaluatie 2025" uitgebracht',
      MAIL_WAIT_MS,
    );
    expect(mail.text).toMatch(/Hoor en wederhoor staat open tot en met \d{1,2} [a-z]+ \d{4}\./);
    await qo.client.post(`/api/v1/rounds/${round.id}/leerrapport/finalise`).expect(200);
    // The quality officer closed the hearing: the lead reviewer is told, not the one who did it.
    expect((await kindsOf(qo))[0]).toMatchObject({ kind: 'leerrapport-issued' });
    expect((await kindsOf(peer)).map((i: { kind: string }) => i.kind)).toEqual([
      'leerrapport-final',
    ]);
  });
});
