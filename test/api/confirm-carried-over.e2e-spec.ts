import { AssessmentRoundDetail, CriterionResponse } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import { Actor, addMember, registerOrganisation } from '../support/factories';
import { submittedRound } from '../support/reviews';
import { startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';

/**
 * "Klopt nog": a carried-over answer is confirmed as it stands, one at a time by whoever may edit
 * it, or a whole domain at once by the quality officer; nobody has to retype an answer to submit.
 */
describe('confirming carried-over answers', () => {
  let app: NestExpressApplication;
  let officer: Actor;
  let round: AssessmentRoundDetail;

  const responseOf = async (code: string) =>
    (await officer.client.get(`/api/v1/rounds/${round.id}/responses/${code}`).expect(200))
      .body as CriterionResponse;
  const typesOf = async (code: string) =>
    (
      await officer.client
        .get(`/api/v1/rounds/${round.id}/events?criterionCode=${code}`)
        .expect(200)
    ).body.map((event: { type: string }) => event.type);

  beforeAll(async () => {
    app = await createTestApp();
    officer = await registerOrganisation(app);
    await submittedRound(officer, { title: 'Ronde 2026' });
    round = await startRound(officer, {
      title: 'Ronde 2027',
      targetDate: '2028-03-15',
      carryOver: true,
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('confirms one answer as it stands, and counts what is still to confirm', async () => {
    const before = await responseOf('OPD-01');
    expect(before.isCarriedOver).toBe(true);

    const confirmed = await officer.client
      .post(`/api/v1/rounds/${round.id}/responses/OPD-01/confirm`, { version: before.version })
      .expect(200);

    expect(confirmed.body).toMatchObject({
      level: before.level,
      rationale: before.rationale,
      isCarriedOver: false,
      version: before.version + 1,
    });
    const detail = (await officer.client.get(`/api/v1/rounds/${round.id}`).expect(200))
      .body as AssessmentRoundDetail;
    expect(detail.progress.carriedOver).toBe(round.progress.carriedOver - 1);
    expect(await typesOf('OPD-01')).toEqual(['response.carried-over', 'response.confirmed']);
  });

  it('answers a second confirmation with the answer unchanged, and a stale one with 409', async () => {
    const current = await responseOf('OPD-01');
    const again = await officer.client
      .post(`/api/v1/rounds/${round.id}/responses/OPD-01/confirm`, { version: current.version })
      .expect(200);
    expect(again.body).toMatchObject({ isCarriedOver: false, version: current.version });

    const carried = await responseOf('OPD-02');
    const stale = await officer.client
      .post(`/api/v1/rounds/${round.id}/responses/OPD-02/confirm`, {
        version: carried.version + 1,
      })
      .expect(409);
    expect(stale.body).toMatchObject({
      type: '/problems/version-conflict',
      current: { isCarriedOver: true, version: carried.version },
    });
  });

  it('lets a contributor confirm only the criteria they own', async () => {
    const contributor = await addMember(app, officer, 'contributor');
    const code = 'OPD-03';
    const carried = await responseOf(code);
    await contributor.client
      .post(`/api/v1/rounds/${round.id}/responses/${code}/confirm`, { version: carried.version })
      .expect(403);
    expect((await responseOf(code)).isCarriedOver).toBe(true);
  });

  it('confirms every carried-over answer of one domain at once', async () => {
    const vak = round.responses.filter((response) => response.criterionCode.startsWith('VAK-'));

    const result = await officer.client
      .post(`/api/v1/rounds/${round.id}/confirm`, { domain: 'VAK' })
      .expect(200);

    expect(result.body.confirmed).toEqual(vak.map((response) => response.criterionCode));
    for (const response of vak) {
      expect(await responseOf(response.criterionCode)).toMatchObject({
        isCarriedOver: false,
        level: response.level,
        rationale: response.rationale,
      });
    }
    expect(await typesOf('VAK-01')).toEqual(['response.carried-over', 'response.confirmed']);
    const again = await officer.client
      .post(`/api/v1/rounds/${round.id}/confirm`, { domain: 'VAK' })
      .expect(200);
    expect(again.body.confirmed).toEqual([]);
  });

  it('refuses an unknown domain with a clear 422 and a malformed one with 400', async () => {
    const unknown = await officer.client
      .post(`/api/v1/rounds/${round.id}/confirm`, { domain: 'XYZ' })
      .expect(422);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.body).toMatchObject({ type: '/problems/unknown-domain' });
    expect(unknown.body.detail).toContain('XYZ');
    await officer.client
      .post(`/api/v1/rounds/${round.id}/confirm`, { domain: 'vak; drop' })
      .expect(400);
    await officer.client
      .post(`/api/v1/rounds/${round.id}/confirm`, { domain: 'VAK', extra: 1 })
      .expect(400);
  });

  it('lets the round be submitted once everything is confirmed, without retyping', async () => {
    for (const domain of ['OPD', 'VMS', 'IMP']) {
      await officer.client.post(`/api/v1/rounds/${round.id}/confirm`, { domain }).expect(200);
    }
    await officer.client.post(`/api/v1/rounds/${round.id}/submit`).expect(200);
    await officer.client.post(`/api/v1/rounds/${round.id}/confirm`, { domain: 'VAK' }).expect(409);
  });
});
