import { AssessmentRoundDetail, Leerrapport, PeerJudgement } from '@labelklaar/domain';

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';

import { ApiClient } from '../support/api-client';
import { Actor, addMember, registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { completeReview, ReviewWriter, writerOf } from '../support/review-writing';
import { addReviewer, revokeReviewInvitation, submittedRound } from '../support/reviews';
import { createTestApp } from '../support/test-app';

const ORGANISATION = 'Stichting Ëlan & Welzijn';
const RESPONSE = 'Wij herkennen dit; het team "Noord" pakt het op.';

/** Collects a binary body, whatever its content type. */
function download(client: ApiClient, path: string) {
  return client.agent
    .get(path)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

/**
 * The text of each page, read back with pdf-parse (pdf.js) in a plain Node process: pdf.js loads
 * its worker with a dynamic import(), which Jest's module sandbox refuses.
 */
const PDF_TEXT_SCRIPT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  const result = await parser.getText();
  await parser.destroy();
  process.stdout.write(JSON.stringify(result.pages.map((page) => page.text)));
});
`;

function pdfPages(body: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-e', PDF_TEXT_SCRIPT],
      { cwd: join(__dirname, '..', '..'), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout) as string[])),
    );
    child.stdin?.end(body);
  });
}

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

const judgementOf = (code: string): PeerJudgement =>
  code === 'OPD-02' ? 'does-not-meet' : code === 'VAK-03' ? 'not-assessed' : 'meets';

describe('the leerrapport: draft, hearing, final and its PDF', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let manager: Actor;
  let peer: Actor;
  let round: AssessmentRoundDetail;
  let otherRound: AssessmentRoundDetail;
  let codes: string[];
  let lead: ReviewWriter;

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app, ORGANISATION);
    manager = await addMember(app, qo, 'manager');
    peer = await registerOrganisation(app, 'Stichting Buurtkracht');
    round = await submittedRound(qo, { title: 'Zelfevaluatie 2025' });
    otherRound = await submittedRound(qo, { title: 'Tussenmeting' });
    codes = round.responses.map((response) => response.criterionCode);
    lead = writerOf(await addReviewer(app, qo, round.id, { as: peer }));
  });

  afterAll(async () => {
    await app.close();
  });

  const leerrapportPath = (roundId = round.id) => `/api/v1/rounds/${roundId}/leerrapport`;

  it('does not exist before any review is submitted', async () => {
    const response = await qo.client.get(leerrapportPath()).expect(404);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body).toMatchObject({
      type: '/problems/leerrapport-not-found',
      detail: 'Voor deze ronde is nog geen toetsing ingediend, dus er is nog geen leerrapport.',
    });
    await download(qo.client, `${leerrapportPath()}.pdf`).expect(404);
  });

  it('is a draft preview of the submitted reviews until the lead reviewer issues it', async () => {
    await completeReview(lead, codes, judgementOf, 'partly-meets');
    const draft = (await manager.client.get(leerrapportPath()).expect(200)).body as Leerrapport;
    expect(draft).toMatchObject({
      roundId: round.id,
      roundTitle: 'Zelfevaluatie 2025',
      organisationName: ORGANISATION,
      status: 'draft',
      leadReviewId: null,
      issuedAt: null,
      hearingEndsOn: null,
      hearingOpen: false,
      contentHash: null,
      overall: { mergedJudgement: 'partly-meets' },
    });
    expect(draft.criteria.map((c) => c.criterionCode)).toEqual(codes);
    const respond = await qo.client
      .put(`/api/v1/reviews/${lead.reviewId}/findings/OPD-02/response`, { text: RESPONSE })
      .expect(409);
    expect(respond.body.type).toBe('/problems/hearing-not-started');
    const finalise = await qo.client.post(`${leerrapportPath()}/finalise`).expect(409);
    expect(finalise.body.type).toBe('/problems/leerrapport-not-issued');
  });

  it('marks every page of the PDF as concept during the hearing', async () => {
    await lead.client.post(`${leerrapportPath()}/issue`, { hearingDays: 7 }).expect(201);
    await qo.client
      .put(`/api/v1/reviews/${lead.reviewId}/findings/OPD-02/response`, { text: RESPONSE })
      .expect(200);
    const response = await download(qo.client, `${leerrapportPath()}.pdf`).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="leerrapport-zelfevaluatie-2025-${today()}.pdf"`,
    );
    const pages = await pdfPages(response.body as Buffer);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      expect(page).toContain('CONCEPT');
    }
    const text = pages.join('\n');
    expect(text).toContain(ORGANISATION);
    expect(text).toContain('Hoor en wederhoor tot en met');
    for (const code of codes) {
      expect(text).toContain(code);
    }
    expect(text).toContain('Voldoet niet');
    expect(text).toContain('Niet beoordeeld');
    expect(text).toContain(RESPONSE);
  });

  it('lets the reviewer download it, but not another organisation', async () => {
    await download(lead.client, `${leerrapportPath()}.pdf`).expect(200);
    const other = await registerOrganisation(app);
    await download(other.client, `${leerrapportPath()}.pdf`).expect(404);
  });

  it('is closed early by the quality officer only, and then final with its hash', async () => {
    await manager.client.post(`${leerrapportPath()}/finalise`).expect(403);
    // The reviewer is a quality officer too, of their own organisation, where this round is not.
    await lead.client.post(`${leerrapportPath()}/finalise`).expect(404);
    const final = (await qo.client.post(`${leerrapportPath()}/finalise`).expect(200))
      .body as Leerrapport;
    expect(final).toMatchObject({ status: 'final', hearingOpen: false });
    expect(final.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(final.finalisedAt).not.toBeNull();
    const late = await qo.client
      .put(`/api/v1/reviews/${lead.reviewId}/findings/OPD-01/response`, { text: 'Te laat' })
      .expect(409);
    expect(late.body.type).toBe('/problems/hearing-closed');
    const events = (await qo.client.get(`/api/v1/rounds/${round.id}/events`).expect(200)).body;
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'leerrapport.finalised',
          actor: { userId: qo.me.user.id, displayName: 'Kwaliteit Test' },
          after: {
            status: 'final',
            contentHash: final.contentHash,
            closedEarly: true,
            roundStatus: 'reviewed',
          },
        }),
      ]),
    );
  });

  it('prints the final version with its hash and without the concept mark', async () => {
    const final = (await qo.client.get(leerrapportPath()).expect(200)).body as Leerrapport;
    const response = await download(manager.client, `${leerrapportPath()}.pdf`).expect(200);
    const pages = await pdfPages(response.body as Buffer);
    const text = pages.join('\n');
    expect(text).not.toContain('CONCEPT');
    expect(text).toContain('Definitief sinds');
    expect(text).toContain(final.contentHash);
    expect(text).toContain(RESPONSE);
  });

  it("keeps the reviewer to their own round, and ends their access when it's revoked", async () => {
    await lead.client.get(leerrapportPath(otherRound.id)).expect(404);
    await lead.client.get(`/api/v1/rounds/${otherRound.id}/peer-gaps`).expect(404);
    const second = writerOf(await addReviewer(app, qo, otherRound.id));
    await second.client.get(`/api/v1/reviews/${second.reviewId}`).expect(200);
    await second.client.get(leerrapportPath()).expect(403);
    await revokeReviewInvitation(qo, second.invitationId);
    const revoked = await second.client.get(`/api/v1/reviews/${second.reviewId}`);
    expect(revoked.status).toBe(403);
    await second.client
      .put(`/api/v1/reviews/${second.reviewId}/findings/OPD-01`, {
        judgement: 'meets',
        finding: '',
      })
      .expect(403);
    const listed = (await second.client.get('/api/v1/reviews').expect(200)).body;
    expect(listed).toEqual([
      expect.objectContaining({ id: second.reviewId, access: 'revoked', canOpen: false }),
    ]);
  });
});
