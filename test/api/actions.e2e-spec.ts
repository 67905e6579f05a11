import {
  addDays,
  AssessmentRoundDetail,
  formatDate,
  ImprovementAction,
  isoDayIn,
} from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import { DAY_MS, shiftClock } from '../support/clock';
import { Actor, addMember, registerOrganisation } from '../support/factories';
import { startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';

describe('improvement actions', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let contributor: Actor;
  let contributorId: string;
  let round: AssessmentRoundDetail;

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app);
    contributor = await addMember(app, qo, 'contributor');
    const members = (await qo.client.get('/api/v1/organisation/members').expect(200)).body as {
      id: string;
      email: string;
    }[];
    contributorId = members.find((member) => member.email === contributor.email)?.id ?? '';
    round = await startRound(qo, { title: 'Acties' });
    await qo.client
      .put(`/api/v1/rounds/${round.id}/responses/VAK-03/owner`, { memberId: contributorId })
      .expect(200);
  });

  afterAll(async () => {
    await app.close();
  });

  async function create(
    actor: Actor,
    body: Record<string, unknown> = {},
  ): Promise<ImprovementAction> {
    const response = await actor.client.post(`/api/v1/rounds/${round.id}/actions`, {
      criterionCode: 'VAK-03',
      title: 'Intervisie plannen',
      ...body,
    });
    expect(response.status).toBe(201);
    return response.body as ImprovementAction;
  }

  describe('POST /api/v1/rounds/{roundId}/actions', () => {
    it('plans an action on a criterion', async () => {
      const response = await qo.client
        .post(`/api/v1/rounds/${round.id}/actions`, {
          criterionCode: 'VAK-03',
          title: ' Intervisie maandelijks inplannen ',
          description: 'In elk team, met een getrainde begeleider.',
          ownerId: contributorId,
          dueDate: '2099-05-01',
        })
        .expect(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        roundId: round.id,
        criterionCode: 'VAK-03',
        title: 'Intervisie maandelijks inplannen',
        description: 'In elk team, met een getrainde begeleider.',
        owner: { memberId: contributorId, displayName: 'Test contributor' },
        dueDate: '2099-05-01',
        status: 'open',
        reflection: null,
        isOverdue: false,
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        updatedBy: { userId: qo.me.user.id, displayName: 'Kwaliteit Test' },
        completedAt: null,
      });
    });

    it('refuses a criterion outside the rubric and an owner who only reads', async () => {
      const unknown = await qo.client
        .post(`/api/v1/rounds/${round.id}/actions`, { criterionCode: 'XYZ-01', title: 'x' })
        .expect(422);
      expect(unknown.body).toMatchObject({
        type: '/problems/unknown-criterion',
        detail: 'Criterium XYZ-01 hoort niet bij het normenkader van deze ronde.',
      });
      const manager = await addMember(app, qo, 'manager');
      const members = (await qo.client.get('/api/v1/organisation/members').expect(200)).body as {
        id: string;
        email: string;
      }[];
      const managerId = members.find((member) => member.email === manager.email)?.id;
      const refused = await qo.client
        .post(`/api/v1/rounds/${round.id}/actions`, {
          criterionCode: 'VAK-03',
          title: 'x',
          ownerId: managerId,
        })
        .expect(422);
      expect(refused.body.type).toBe('/problems/owner-is-read-only');
    });

    it('refuses a due date in the past with 422 and a clear Dutch message', async () => {
      const today = isoDayIn(new Date());
      const yesterday = addDays(today, -1);
      const response = await qo.client
        .post(`/api/v1/rounds/${round.id}/actions`, {
          criterionCode: 'VAK-03',
          title: 'Achteraf plannen',
          dueDate: yesterday,
        })
        .expect(422);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body).toEqual({
        type: '/problems/due-date-in-past',
        title: 'Datum ligt in het verleden',
        status: 422,
        detail: `De datum waarop de verbeteractie klaar moet zijn (${formatDate(yesterday, 'nl')}) ligt in het verleden. Kies vandaag (${formatDate(today, 'nl')}) of een latere datum.`,
        instance: `/api/v1/rounds/${round.id}/actions`,
      });
      await create(qo, { title: 'Vandaag klaar', dueDate: today });
    });

    it('answers 400 for invalid input', async () => {
      const response = await qo.client
        .post(`/api/v1/rounds/${round.id}/actions`, {
          criterionCode: 'VAK-03',
          title: '',
          dueDate: '1 mei',
        })
        .expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'title',
        'dueDate',
      ]);
    });
  });

  describe('PATCH /api/v1/actions/{id}', () => {
    it('follows the improvement cycle: done needs a reflection', async () => {
      const action = await create(qo);
      const started = await qo.client
        .patch(`/api/v1/actions/${action.id}`, { version: 1, status: 'in-progress' })
        .expect(200);
      expect(started.body).toMatchObject({ status: 'in-progress', version: 2, completedAt: null });
      const refused = await qo.client
        .patch(`/api/v1/actions/${action.id}`, { version: 2, status: 'done' })
        .expect(422);
      expect(refused.body).toMatchObject({ type: '/problems/reflection-required', status: 422 });
      const done = await qo.client
        .patch(`/api/v1/actions/${action.id}`, {
          version: 2,
          status: 'done',
          reflection: 'Intervisie valt niet meer uit.',
        })
        .expect(200);
      expect(done.body).toMatchObject({
        status: 'done',
        reflection: 'Intervisie valt niet meer uit.',
        version: 3,
        completedAt: expect.any(String),
      });
      const reopened = await qo.client
        .patch(`/api/v1/actions/${action.id}`, { version: 3, status: 'in-progress' })
        .expect(200);
      expect(reopened.body).toMatchObject({
        status: 'in-progress',
        completedAt: null,
        reflection: 'Intervisie valt niet meer uit.',
      });
    });

    it('refuses a transition the cycle does not have', async () => {
      const action = await create(qo);
      await qo.client
        .patch(`/api/v1/actions/${action.id}`, { version: 1, status: 'cancelled' })
        .expect(200);
      const response = await qo.client
        .patch(`/api/v1/actions/${action.id}`, { version: 2, status: 'done', reflection: 'x' })
        .expect(422);
      expect(response.body).toMatchObject({
        type: '/problems/invalid-action-transition',
        detail: 'Een actie met status cancelled kan niet naar status done.',
      });
    });

    it('answers a stale version with 409 and the current action', async () => {
      const action = await create(qo);
      await qo.client
        .patch(`/api/v1/actions/${action.id}`, { version: 1, title: 'Nieuwe titel' })
        .expect(200);
      const response = await contributor.client
        .patch(`/api/v1/actions/${action.id}`, { version: 1, title: 'Andere titel' })
        .expect(409);
      expect(response.body).toMatchObject({
        type: '/problems/version-conflict',
        current: { id: action.id, title: 'Nieuwe titel', version: 2 },
      });
    });

    it('answers 404 for an unknown or malformed id', async () => {
      await qo.client
        .patch('/api/v1/actions/00000000-0000-4000-8000-000000000000', { version: 1 })
        .expect(404);
      await qo.client.patch('/api/v1/actions/abc', { version: 1 }).expect(404);
    });
  });

  describe('GET /api/v1/actions', () => {
    it('flags and filters overdue actions', async () => {
      // Planned a week ago for yesterday: a new action cannot be due in the past.
      const yesterday = addDays(isoDayIn(new Date()), -1);
      const clock = shiftClock(app, -7 * DAY_MS);
      const late = await create(qo, { title: 'Te laat', dueDate: yesterday });
      const finished = await create(qo, { title: 'Op tijd klaar', dueDate: yesterday });
      clock.mockRestore();
      await qo.client
        .patch(`/api/v1/actions/${finished.id}`, {
          version: 1,
          status: 'done',
          reflection: 'Klaar.',
        })
        .expect(200);
      expect(late.isOverdue).toBe(false);
      expect((await qo.client.get(`/api/v1/actions/${late.id}`).expect(200)).body.isOverdue).toBe(
        true,
      );
      const overdue = (
        await qo.client.get(`/api/v1/actions?overdue=true&roundId=${round.id}`).expect(200)
      ).body as ImprovementAction[];
      expect(overdue.map((action) => action.title)).toEqual(['Te laat']);
      const done = (await qo.client.get('/api/v1/actions?status=done').expect(200))
        .body as ImprovementAction[];
      expect(done.every((action) => action.status === 'done' && !action.isOverdue)).toBe(true);
      const mine = (await qo.client.get(`/api/v1/actions?ownerId=${contributorId}`).expect(200))
        .body as ImprovementAction[];
      expect(mine.every((action) => action.owner?.memberId === contributorId)).toBe(true);
      await qo.client.get('/api/v1/actions?status=klaar').expect(400);
      await qo.client.get('/api/v1/actions?onbekend=1').expect(400);
    });
  });
});
