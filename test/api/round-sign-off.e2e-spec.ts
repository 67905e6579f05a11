import {
  addDays,
  AssessmentRoundDetail,
  formatDate,
  isoDayIn,
  RoundEvent,
} from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import { Actor, addMember, registerOrganisation } from '../support/factories';
import { submitRound } from '../support/reviews';
import { answerAll, startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';

const today = () => isoDayIn(new Date());

/** Vaststelling: a manager establishes a round before submission; the organisation may require it. */
describe('signing off a round (vaststelling)', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let manager: Actor;

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app);
    manager = await addMember(app, qo, 'manager');
  });

  afterAll(async () => {
    await app.close();
  });

  const signOff = (actor: Actor, round: AssessmentRoundDetail, extra: object = {}) =>
    actor.client.post(`/api/v1/rounds/${round.id}/sign-off`, {
      version: round.version,
      name: '  A.  de Vries ',
      function: 'directeur-bestuurder',
      date: today(),
      ...extra,
    });

  const require = (required: boolean) =>
    qo.client.patch('/api/v1/organisation/settings', { signOffRequired: required }).expect(200);

  afterEach(async () => {
    await require(false);
  });

  it('records the vaststelling on the round and in its history', async () => {
    const round = await startRound(qo);
    const response = await signOff(manager, round).expect(200);
    const signed = response.body as AssessmentRoundDetail;
    expect(signed.signOff).toEqual({
      name: 'A. de Vries',
      function: 'directeur-bestuurder',
      date: today(),
      recordedAt: expect.any(String),
      recordedBy: { userId: manager.me.user.id, displayName: 'Test manager' },
    });
    expect(signed.version).toBe(round.version + 1);

    const events = (await qo.client.get(`/api/v1/rounds/${round.id}/events`).expect(200))
      .body as RoundEvent[];
    expect(events.at(-1)).toMatchObject({
      type: 'round.signed-off',
      subject: 'round',
      actor: { userId: manager.me.user.id },
      before: { signOff: null },
      after: { signOff: { name: 'A. de Vries', function: 'directeur-bestuurder', date: today() } },
    });
  });

  it('can be redone and withdrawn while the round is open, each in the history', async () => {
    const round = await startRound(qo);
    const first = (await signOff(manager, round).expect(200)).body as AssessmentRoundDetail;
    const again = (
      await signOff(manager, first, { name: 'B. Jansen', date: addDays(today(), -2) }).expect(200)
    ).body as AssessmentRoundDetail;
    expect(again.signOff).toMatchObject({ name: 'B. Jansen', date: addDays(today(), -2) });

    const withdrawn = await manager.client
      .post(`/api/v1/rounds/${round.id}/sign-off/withdraw`, { version: again.version })
      .expect(200);
    expect(withdrawn.body.signOff).toBeNull();
    await manager.client
      .post(`/api/v1/rounds/${round.id}/sign-off/withdraw`, { version: withdrawn.body.version })
      .expect(409)
      .expect((res) => expect(res.body.type).toBe('/problems/sign-off-absent'));

    const types = (
      (await qo.client.get(`/api/v1/rounds/${round.id}/events`).expect(200)).body as RoundEvent[]
    ).map((event) => event.type);
    expect(types.slice(-3)).toEqual([
      'round.signed-off',
      'round.signed-off',
      'round.sign-off-withdrawn',
    ]);
  });

  it('refuses a stale version with 409 and leaves the round as it was', async () => {
    const round = await startRound(qo);
    await signOff(manager, round, { version: round.version + 5 }).expect(409);
    const now = (await qo.client.get(`/api/v1/rounds/${round.id}`).expect(200)).body;
    expect(now.signOff).toBeNull();
  });

  it.each([
    ['an empty name', { name: '   ' }, 422, '/problems/sign-off-name-required'],
    ['no function', { function: '' }, 400, '/problems/validation-failed'],
    ['a name over 120 characters', { name: 'x'.repeat(121) }, 400, '/problems/validation-failed'],
    ['a day that is no date', { date: '31-12-2026' }, 400, '/problems/validation-failed'],
    ['a day after today', { date: addDays(today(), 1) }, 422, '/problems/sign-off-date-in-future'],
  ])('refuses %s', async (_label, extra, status, type) => {
    const round = await startRound(qo);
    const response = await signOff(manager, round, extra).expect(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.type).toBe(type);
    if (type === '/problems/sign-off-date-in-future') {
      expect(response.body.detail).toBe(
        `De datum van vaststelling (${formatDate(addDays(today(), 1), 'nl')}) ligt in de toekomst. Kies vandaag (${formatDate(today(), 'nl')}) of een eerdere datum.`,
      );
    }
  });

  it('is for managers only', async () => {
    const round = await startRound(qo);
    const contributor = await addMember(app, qo, 'contributor');
    await signOff(qo, round).expect(403);
    await signOff(contributor, round).expect(403);
    const other = await registerOrganisation(app);
    const otherManager = await addMember(app, other, 'manager');
    await signOff(otherManager, round).expect(404);
  });

  it('lets the quality officer require it; submission without it answers "Vastgesteld ontbreekt"', async () => {
    const settings = await require(true);
    expect(settings.body).toMatchObject({ signOffRequired: true });
    expect((await manager.client.get('/api/v1/organisation').expect(200)).body).toMatchObject({
      signOffRequired: true,
    });
    await manager.client
      .patch('/api/v1/organisation/settings', { signOffRequired: false })
      .expect(403);
    await qo.client.patch('/api/v1/organisation/settings', { signOffRequired: 'ja' }).expect(400);

    const round = await startRound(qo);
    // Incomplete and not signed off: the completeness problem says the sign-off is missing too.
    const incomplete = await qo.client.post(`/api/v1/rounds/${round.id}/submit`).expect(422);
    expect(incomplete.body).toMatchObject({
      type: '/problems/round-incomplete',
      signOffMissing: true,
    });

    await answerAll(qo, round);
    const refused = await qo.client.post(`/api/v1/rounds/${round.id}/submit`).expect(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({
      type: '/problems/sign-off-missing',
      title: 'Vastgesteld ontbreekt',
      status: 422,
      missing: [],
      unconfirmed: [],
      signOffMissing: true,
    });
    expect(refused.body.detail).toMatch(/^Vastgesteld ontbreekt: /);
    expect((await qo.client.get(`/api/v1/rounds/${round.id}`)).body.status).toBe('draft');
    // The submission dialog says so before the confirmation, as a check of the round as a whole.
    const checks = (await qo.client.get(`/api/v1/rounds/${round.id}/submission-check`).expect(200))
      .body;
    expect(checks.canSubmit).toBe(false);
    expect(checks.checks.filter((c: { code: string }) => c.code === 'sign-off-missing')).toEqual([
      {
        code: 'sign-off-missing',
        severity: 'blocking',
        message: expect.stringMatching(/vaststelling/),
        items: [],
      },
    ]);

    const current = (await qo.client.get(`/api/v1/rounds/${round.id}`)).body;
    await signOff(manager, current).expect(200);
    const submitted = await submitRound(qo, round);
    expect(submitted.status).toBe('submitted');
    expect(submitted.signOff).toMatchObject({ name: 'A. de Vries' });

    // Frozen with the round.
    await signOff(manager, submitted).expect(409);
    await manager.client
      .post(`/api/v1/rounds/${round.id}/sign-off/withdraw`, { version: submitted.version })
      .expect(409);
  });

  it('is not needed to submit where the organisation does not require it', async () => {
    const round = await startRound(qo);
    const submitted = await submitRound(qo, round);
    expect(submitted).toMatchObject({ status: 'submitted', signOff: null });
  });
});
