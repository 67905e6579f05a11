import {
  addDays,
  AssessmentRoundDetail,
  HomeOverview,
  isoDayIn,
  RoundReadinessReport,
} from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

import { ApiClient } from '../support/api-client';
import { DAY_MS, shiftClock } from '../support/clock';
import { Actor, addMember, createPlatformAdmin, registerOrganisation } from '../support/factories';
import { answerFor, saveResponse, startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';

async function home(client: ApiClient): Promise<HomeOverview> {
  const response = await client.get('/api/v1/me/home').expect(200);
  return response.body as HomeOverview;
}

describe('GET /api/v1/me/home', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let contributor: Actor;
  let manager: Actor;
  let round: AssessmentRoundDetail;
  const today = isoDayIn(new Date());
  const targetDate = addDays(today, 97);

  async function memberIdOf(email: string): Promise<string> {
    const members = (await qo.client.get('/api/v1/organisation/members').expect(200)).body as {
      id: string;
      email: string;
    }[];
    return members.find((member) => member.email === email)?.id ?? '';
  }

  async function plan(title: string, dueDate: string, ownerId: string | null = null) {
    await qo.client
      .post(`/api/v1/rounds/${round.id}/actions`, {
        criterionCode: 'VAK-03',
        title,
        dueDate,
        ownerId,
      })
      .expect(201);
  }

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app, 'Welzijn Thuis');
    contributor = await addMember(app, qo, 'contributor');
    manager = await addMember(app, qo, 'manager');
    round = await startRound(qo, { title: 'Zelfevaluatie 2027', targetDate });
    const contributorId = await memberIdOf(contributor.email);
    const versions = new Map(
      round.responses.map((response) => [response.criterionCode, response.version]),
    );
    for (const code of ['VAK-03', 'VAK-04']) {
      const owned = await qo.client
        .put(`/api/v1/rounds/${round.id}/responses/${code}/owner`, { memberId: contributorId })
        .expect(200);
      versions.set(code, owned.body.version);
    }
    const version = (code: string) => versions.get(code) ?? 0;
    await saveResponse(contributor.client, round.id, 'VAK-04', version('VAK-04'));
    await saveResponse(qo.client, round.id, 'OPD-01', version('OPD-01'), answerFor('OPD-01'));
    // Planned a week ago: a new action cannot be due in the past, so the late one starts earlier.
    const clock = shiftClock(app, -7 * DAY_MS);
    await plan('Intervisie plannen', addDays(today, -2), contributorId);
    await plan('Beroepscode bespreken', addDays(today, 12));
    await plan('Jaarplan bijstellen', addDays(today, 74), contributorId);
    clock.mockRestore();
  });

  afterAll(async () => {
    await app.close();
  });

  it('refuses without a session', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/me/home');
    expect(response.status).toBe(401);
    expect(response.body.type).toBe('/problems/not-authenticated');
  });

  it("shows the quality officer the open round with the dashboard's own figures", async () => {
    const overview = await home(qo.client);
    const report = (await qo.client.get(`/api/v1/rounds/${round.id}/readiness`).expect(200))
      .body as RoundReadinessReport;
    expect(overview).toMatchObject({
      referenceDate: today,
      organisationId: qo.organisationId,
      organisationName: 'Welzijn Thuis',
      role: 'quality-officer',
      isPlatformAdmin: false,
      myCriteria: null,
      admin: null,
    });
    expect(overview.rounds).toEqual([
      {
        id: round.id,
        title: 'Zelfevaluatie 2027',
        status: 'draft',
        targetDate,
        selfEvaluationDeadline: addDays(targetDate, -42),
        daysToDeadline: 55,
        daysToTarget: 97,
        isSelfEvaluationOverdue: false,
        readiness: report.overall.score,
        blockerCount: report.blockers.length,
        blockers: report.blockers.slice(0, 5),
        readyForReviewCount: 2,
        answered: 2,
        total: round.progress.total,
      },
    ]);
    expect(overview.actions).toEqual({
      overdue: 1,
      dueSoon: 1,
      items: [
        expect.objectContaining({ title: 'Intervisie plannen', isOverdue: true }),
        expect.objectContaining({ title: 'Beroepscode bespreken', isOverdue: false }),
      ],
    });
  });

  it('shows a contributor their criteria still to do and all their open actions', async () => {
    const overview = await home(contributor.client);
    expect(overview).toMatchObject({ role: 'contributor', rounds: [], admin: null });
    expect(overview.myCriteria).toMatchObject({ total: 2, toDo: 1, unanswered: 1 });
    expect(overview.myCriteria?.items.map((item) => item.criterionCode)).toEqual(['VAK-03']);
    expect(overview.actions?.items.map((item) => [item.title, item.isOverdue])).toEqual([
      ['Intervisie plannen', true],
      ['Jaarplan bijstellen', false],
    ]);
  });

  it('shows a manager the readiness and blockers, no actions or criteria', async () => {
    const overview = await home(manager.client);
    expect(overview).toMatchObject({ role: 'manager', actions: null, myCriteria: null });
    expect(overview.rounds.map((item) => [item.id, item.blockerCount > 0])).toEqual([
      [round.id, true],
    ]);
  });

  it('shows a platform admin the rubric library and sector, without an organisation', async () => {
    const admin = await createPlatformAdmin(app);
    const overview = await home(admin.client);
    expect(overview).toMatchObject({
      organisationId: null,
      role: null,
      isPlatformAdmin: true,
      rounds: [],
      actions: null,
      myCriteria: null,
    });
    expect(overview.admin?.rubricCount).toBeGreaterThan(0);
    expect(overview.admin?.sectorOrganisations).toEqual(expect.any(Number));
  });

  it("never shows another organisation's rounds", async () => {
    const other = await registerOrganisation(app);
    const overview = await home(other.client);
    expect(overview).toMatchObject({ organisationId: other.organisationId, rounds: [] });
    expect(overview.actions).toEqual({ overdue: 0, dueSoon: 0, items: [] });
  });
});
