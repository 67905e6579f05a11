import { AssessmentRoundDetail, ImprovementAction } from '@labelklaar/domain';

import {
  addMember,
  createOrganisation,
  startRound,
  submittedRound,
  TestOrganisation,
} from '../../../test/service-factories';
import { createServiceTest, refusalOf, ServiceTest } from '../../../test/service-testing';
import { AssessmentsModule } from '../assessments/assessments.module';
import { CriterionResponsesService } from '../assessments/criterion-responses.service';
import { RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { ActionsModule } from './actions.module';
import { ActionsService } from './actions.service';
import { UpdateActionDto } from './dto/action.dto';

const UNKNOWN_MEMBER = '00000000-0000-4000-8000-000000000000';

describe('ActionsService', () => {
  let t: ServiceTest;
  let actions: ActionsService;
  let organisation: TestOrganisation;
  let officer: Actor;
  let contributor: Actor;
  let manager: Actor;
  let round: AssessmentRoundDetail;

  beforeAll(async () => {
    t = await createServiceTest([ActionsModule, AssessmentsModule]);
    actions = t.get(ActionsService);
    organisation = await createOrganisation(t);
    officer = organisation.qualityOfficer;
    contributor = await addMember(t, organisation, 'contributor');
    manager = await addMember(t, organisation, 'manager');
    round = await startRound(t, officer);
    await t
      .get(CriterionResponsesService)
      .setOwner(officer, round.id, 'VAK-01', contributor.membershipId);
  });

  afterAll(() => t.close());

  afterEach(() => {
    jest.restoreAllMocks();
    t.clock.reset();
  });

  const plan = (actor: Actor, criterionCode = 'VAK-02', extra = {}) =>
    actions.create(actor, round.id, { criterionCode, title: ' Intervisie plannen ', ...extra });
  const eventsOf = async (action: ImprovementAction) =>
    (await t.get(RoundEventsService).list(officer.organisationId, round.id, null)).filter(
      (event) => event.subjectId === action.id,
    );

  describe('create', () => {
    it('plans an open action at version 1 with its owner and due date, and records it', async () => {
      t.clock.set('2026-06-01T08:00:00.000Z');
      const created = await plan(officer, 'VAK-02', {
        description: ' In elk team. ',
        ownerId: contributor.membershipId,
        dueDate: '2026-09-01',
      });

      const expected = {
        roundId: round.id,
        criterionCode: 'VAK-02',
        title: 'Intervisie plannen',
        description: 'In elk team.',
        owner: { memberId: contributor.membershipId, displayName: contributor.displayName },
        dueDate: '2026-09-01',
        status: 'open',
        reflection: null,
        isOverdue: false,
        version: 1,
        updatedAt: '2026-06-01T08:00:00.000Z',
        updatedBy: { userId: officer.userId },
        completedAt: null,
      };
      expect(created).toMatchObject(expected);
      expect(await actions.get(officer.organisationId, created.id)).toMatchObject(expected);
      expect(await eventsOf(created)).toMatchObject([
        { type: 'action.created', before: null, after: { title: 'Intervisie plannen' } },
      ]);
    });

    it('lets a contributor plan on a criterion they own, not on another', async () => {
      expect(await plan(contributor, 'VAK-01')).toMatchObject({ criterionCode: 'VAK-01' });
      await expect(plan(contributor, 'VAK-03')).rejects.toMatchObject({ code: 'forbidden' });
      await expect(plan(manager, 'VAK-01')).rejects.toMatchObject({ code: 'forbidden' });
    });

    it.each([
      {
        refused: 'a criterion outside the rubric',
        code: 'XXX-99',
        owner: () => ({}),
        expected: 'unknown-criterion',
      },
      {
        refused: 'a manager as owner',
        code: 'VAK-04',
        owner: () => ({ ownerId: manager.membershipId }),
        expected: 'owner-is-read-only',
      },
      {
        refused: 'an unknown owner',
        code: 'VAK-04',
        owner: () => ({ ownerId: UNKNOWN_MEMBER }),
        expected: 'unknown-member',
      },
    ])('refuses $refused with $expected, writing nothing', async ({ code, owner, expected }) => {
      const before = await actions.listOfRound(officer.organisationId, round.id);
      await expect(plan(officer, code, owner())).rejects.toMatchObject({ code: expected });
      expect(await actions.listOfRound(officer.organisationId, round.id)).toEqual(before);
    });

    it('refuses a submitted round and answers not-found for another organisation', async () => {
      const submitted = await submittedRound(t, officer);
      const other = await createOrganisation(t);
      await expect(
        actions.create(officer, submitted.id, { criterionCode: 'VAK-02', title: 'Te laat' }),
      ).rejects.toMatchObject({ code: 'round-submitted' });
      await expect(plan(other.qualityOfficer)).rejects.toMatchObject({ code: 'not-found' });
      expect(await actions.listOfRound(officer.organisationId, submitted.id)).toEqual([]);
    });
  });

  describe('the improvement cycle', () => {
    let action: ImprovementAction;

    const change = async (dto: Omit<UpdateActionDto, 'version'>) => {
      action = await actions.update(officer, action.id, { version: action.version, ...dto });
      return action;
    };

    beforeAll(async () => {
      action = await plan(officer, 'IMP-01', { dueDate: '2026-09-01' });
    });

    it('goes open, in progress, done with a reflection, reopened, cancelled and open again', async () => {
      expect(await change({ status: 'in-progress' })).toMatchObject({
        status: 'in-progress',
        version: 2,
      });
      t.clock.set('2026-08-15T12:00:00.000Z');
      expect(await change({ status: 'done', reflection: ' Alle teams doen mee. ' })).toMatchObject({
        status: 'done',
        reflection: 'Alle teams doen mee.',
        completedAt: '2026-08-15T12:00:00.000Z',
        version: 3,
      });
      t.clock.set('2026-08-20T12:00:00.000Z');
      expect(await change({ title: 'Intervisie in alle teams' })).toMatchObject({
        status: 'done',
        completedAt: '2026-08-15T12:00:00.000Z',
      });
      expect(await change({ status: 'in-progress' })).toMatchObject({
        status: 'in-progress',
        completedAt: null,
      });
      expect(await change({ status: 'cancelled' })).toMatchObject({ status: 'cancelled' });
      expect(await change({ status: 'open' })).toMatchObject({ status: 'open', version: 7 });
      expect((await eventsOf(action)).map((event) => event.after?.['status'])).toEqual([
        'open',
        'in-progress',
        'done',
        'done',
        'in-progress',
        'cancelled',
        'open',
      ]);
    });

    it('refuses done without a reflection and a step outside the cycle, writing nothing', async () => {
      await expect(change({ status: 'done', reflection: '  ' })).rejects.toMatchObject({
        code: 'reflection-required',
      });
      await change({ status: 'cancelled' });
      await expect(change({ status: 'done', reflection: 'Toch gedaan.' })).rejects.toMatchObject({
        code: 'invalid-action-transition',
      });
      expect(await actions.get(officer.organisationId, action.id)).toEqual(action);
    });

    it('is overdue after its due date, by the clock, until it is done', async () => {
      await change({ status: 'open' });
      t.clock.set('2026-09-01T10:00:00.000Z');
      expect((await actions.get(officer.organisationId, action.id)).isOverdue).toBe(false);
      t.clock.set('2026-09-02T10:00:00.000Z');
      expect(await actions.get(officer.organisationId, action.id)).toMatchObject({
        isOverdue: true,
      });
      const overdue = await actions.list(officer.organisationId, { overdue: true });
      expect(overdue.map((item) => item.id)).toContain(action.id);
      expect(await change({ status: 'done', reflection: 'Klaar.' })).toMatchObject({
        isOverdue: false,
      });
    });

    it('refuses a stale version with version-conflict and the action as it is now', async () => {
      const current = await actions.get(officer.organisationId, action.id);
      const refusal = await refusalOf(
        actions.update(officer, action.id, { version: current.version - 1, title: 'Oud' }),
      );

      expect(refusal.code).toBe('version-conflict');
      expect(refusal.payload['current']).toEqual(current);
      expect(await actions.get(officer.organisationId, action.id)).toEqual(current);
    });

    it('leaves the action as it was when recording the change fails', async () => {
      const before = await actions.get(officer.organisationId, action.id);
      jest
        .spyOn(t.get(RoundEventsService), 'record')
        .mockRejectedValueOnce(new Error('the audit trail is unavailable'));

      await expect(
        actions.update(officer, action.id, { version: before.version, status: 'in-progress' }),
      ).rejects.toThrow('the audit trail is unavailable');

      expect(await actions.get(officer.organisationId, action.id)).toEqual(before);
    });

    it('lets the contributor who owns the action change it, not a manager', async () => {
      const owned = await plan(officer, 'IMP-02', { ownerId: contributor.membershipId });
      expect(
        await actions.update(contributor, owned.id, { version: 1, status: 'in-progress' }),
      ).toMatchObject({ status: 'in-progress', updatedBy: { userId: contributor.userId } });
      await expect(
        actions.update(manager, owned.id, { version: 2, status: 'open' }),
      ).rejects.toMatchObject({ code: 'forbidden' });
      await expect(
        actions.update(contributor, action.id, { version: action.version, status: 'done' }),
      ).rejects.toMatchObject({ code: 'forbidden' });
    });
  });
});
