import { CheckIn, CheckInSchedule, TeamDetail } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import { Actor, addMember, registerOrganisation } from '../support/factories';
import { createTeam } from '../support/teams';
import { createTestApp } from '../support/test-app';

describe('check-ins (prikkelende vragen)', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let manager: Actor;
  let lead: Actor;
  let member: Actor;
  let other: Actor;
  let noord: TeamDetail;

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app, 'Stichting Vragen');
    manager = await addMember(app, qo, 'manager');
    lead = await addMember(app, qo, 'contributor');
    member = await addMember(app, qo, 'professional');
    other = await addMember(app, await registerOrganisation(app), 'professional');
    noord = await createTeam(qo, 'Wijkteam Noord', [
      [lead, 'lead'],
      [member, 'member'],
    ]);
  });

  afterAll(async () => {
    await app.close();
  });

  it('lets a lead set the cadence, and a member answer the running period', async () => {
    await member.client
      .put(`/api/v1/check-ins/schedules/${noord.id}`, { cadence: 'monthly' })
      .expect(403);
    const schedule = (
      await lead.client
        .put(`/api/v1/check-ins/schedules/${noord.id}`, { cadence: 'monthly' })
        .expect(200)
    ).body as CheckInSchedule;
    expect(schedule).toMatchObject({
      teamId: noord.id,
      cadence: 'monthly',
      hasAnsweredCurrent: false,
    });
    const answered = (
      await member.client
        .post('/api/v1/check-ins', {
          teamId: noord.id,
          answers: { 'goes-well': 'Samen sparren', 'not-yet-well': 'Te vaak alleen besluiten' },
        })
        .expect(201)
    ).body as CheckIn;
    expect(answered).toMatchObject({
      periodKey: schedule.currentPeriod.key,
      isOwn: true,
      answers: {
        'goes-well': 'Samen sparren',
        'others-could-learn': '',
        'not-yet-well': 'Te vaak alleen besluiten',
        'what-can-i-do': '',
        'where-do-i-need-help': '',
      },
      actions: [],
    });
    const after = (await member.client.get(`/api/v1/check-ins/schedules/${noord.id}`).expect(200))
      .body as CheckInSchedule;
    expect(after.hasAnsweredCurrent).toBe(true);
    const list = (await lead.client.get(`/api/v1/check-ins?team=${noord.id}`).expect(200))
      .body as CheckIn[];
    expect(list.map((c) => c.id)).toEqual([answered.id]);
  });

  it('refuses personal data, a closed period, readers outside the team, another organisation', async () => {
    const privacy = await member.client.post('/api/v1/check-ins', {
      teamId: noord.id,
      answers: { 'where-do-i-need-help': 'Bel 0612345678 terug' },
    });
    expect(privacy.status).toBe(422);
    expect(privacy.body.errors).toEqual([
      expect.objectContaining({ field: 'answers.where-do-i-need-help', code: 'containsPhone' }),
    ]);
    const closed = await member.client.post('/api/v1/check-ins', {
      teamId: noord.id,
      periodKey: '2020-01',
      answers: {},
    });
    expect(closed.status).toBe(422);
    expect(closed.body.type).toBe('/problems/check-in-period-closed');
    const outside = await manager.client.get(`/api/v1/check-ins?team=${noord.id}`);
    expect(outside.status).toBe(403);
    expect(outside.body.type).toBe('/problems/check-ins-team-only');
    await other.client.get(`/api/v1/check-ins?team=${noord.id}`).expect(404);
    await other.client.get(`/api/v1/check-ins/schedules/${noord.id}`).expect(404);
  });
});
