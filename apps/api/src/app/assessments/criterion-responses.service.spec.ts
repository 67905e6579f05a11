import { AssessmentRoundDetail } from '@labelklaar/domain';

import {
  addMember,
  createOrganisation,
  getRound,
  startRound,
  submittedRound,
  TestOrganisation,
} from '../../../test/service-factories';
import { createServiceTest, refusalOf, ServiceTest } from '../../../test/service-testing';
import { RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { AssessmentsModule } from './assessments.module';
import { CriterionResponsesService } from './criterion-responses.service';
import { SaveResponseDto } from './dto/save-response.dto';

const ANSWER = {
  level: 3,
  targetLevel: 4,
  rationale: '  Zie het werkplan.  ',
  state: 'draft' as const,
};

describe('CriterionResponsesService', () => {
  let t: ServiceTest;
  let responses: CriterionResponsesService;
  let organisation: TestOrganisation;
  let officer: Actor;
  let round: AssessmentRoundDetail;

  beforeAll(async () => {
    t = await createServiceTest([AssessmentsModule]);
    responses = t.get(CriterionResponsesService);
    organisation = await createOrganisation(t);
    officer = organisation.qualityOfficer;
    round = await startRound(t, officer);
  });

  afterAll(() => t.close());

  afterEach(() => {
    jest.restoreAllMocks();
    t.clock.reset();
  });

  const versionOf = async (code: string) =>
    (await responses.get(officer.organisationId, round.id, code)).version;
  const eventsOf = (code: string) =>
    t.get(RoundEventsService).list(officer.organisationId, round.id, code);

  describe('save', () => {
    it('stores an answer based on the current version, normalised, and records who changed what', async () => {
      t.clock.set('2026-05-04T09:30:00.000Z');
      const saved = await responses.save(officer, round.id, 'OPD-01', { version: 1, ...ANSWER });

      const expected = {
        roundId: round.id,
        criterionCode: 'OPD-01',
        level: 3,
        targetLevel: 4,
        rationale: 'Zie het werkplan.',
        notApplicable: false,
        notApplicableReason: null,
        state: 'draft',
        isCarriedOver: false,
        version: 2,
        updatedAt: '2026-05-04T09:30:00.000Z',
        updatedBy: { userId: officer.userId, displayName: officer.displayName },
      };
      expect(saved).toMatchObject(expected);
      expect(await responses.get(officer.organisationId, round.id, 'OPD-01')).toMatchObject(
        expected,
      );
      const [event] = await eventsOf('OPD-01');
      expect(event).toMatchObject({
        type: 'response.updated',
        subject: 'response',
        occurredAt: '2026-05-04T09:30:00.000Z',
        actor: { userId: officer.userId },
        before: { level: null, rationale: '' },
        after: { level: 3, targetLevel: 4, rationale: 'Zie het werkplan.' },
      });
    });

    it('refuses a stale version with version-conflict and the response as it is now, writing nothing', async () => {
      await responses.save(officer, round.id, 'OPD-02', { version: 1, ...ANSWER, level: 2 });
      const events = (await eventsOf('OPD-02')).length;

      const refusal = await refusalOf(
        responses.save(officer, round.id, 'OPD-02', { version: 1, ...ANSWER, level: 4 }),
      );

      expect(refusal.code).toBe('version-conflict');
      expect(refusal.payload['current']).toMatchObject({
        criterionCode: 'OPD-02',
        level: 2,
        version: 2,
        updatedBy: { userId: officer.userId },
      });
      expect(await responses.get(officer.organisationId, round.id, 'OPD-02')).toMatchObject({
        level: 2,
        version: 2,
      });
      expect(await eventsOf('OPD-02')).toHaveLength(events);
    });

    it('lets only one of two saves based on the same version through', async () => {
      const version = await versionOf('OPD-03');
      const outcomes = await Promise.allSettled([
        responses.save(officer, round.id, 'OPD-03', { version, ...ANSWER, level: 1 }),
        responses.save(officer, round.id, 'OPD-03', { version, ...ANSWER, level: 4 }),
      ]);

      const saved = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const refused = outcomes.flatMap((outcome) =>
        outcome.status === 'rejected' ? [outcome.reason as { code: string }] : [],
      );
      expect(saved).toHaveLength(1);
      expect(refused).toMatchObject([{ code: 'version-conflict' }]);
      expect(await versionOf('OPD-03')).toBe(version + 1);
    });

    it('leaves nothing half-written when a later write of the save fails', async () => {
      const before = await responses.get(officer.organisationId, round.id, 'OPD-04');
      // The answer and its event are one statement: an event the database refuses (here one
      // without the organisation it belongs to) takes the answer down with it.
      jest
        .spyOn(t.get(RoundEventsService), 'insertWhen')
        .mockImplementationOnce(
          (_actor, condition) =>
            `INSERT INTO round_events (organisation_id) SELECT NULL WHERE EXISTS (SELECT 1 FROM ${condition})`,
        );

      await expect(
        responses.save(officer, round.id, 'OPD-04', { version: before.version, ...ANSWER }),
      ).rejects.toThrow(/null value in column "organisation_id"/);

      expect(await responses.get(officer.organisationId, round.id, 'OPD-04')).toEqual(before);
      expect(await eventsOf('OPD-04')).toEqual([]);
      const saved = await responses.save(officer, round.id, 'OPD-04', {
        version: before.version,
        ...ANSWER,
      });
      expect(saved.version).toBe(before.version + 1);
    });

    it('answers not-found for a criterion outside the rubric or a round of another organisation', async () => {
      const other = await createOrganisation(t);
      await expect(
        responses.save(officer, round.id, 'XXX-99', { version: 1, ...ANSWER }),
      ).rejects.toMatchObject({ code: 'not-found' });
      await expect(
        responses.save(other.qualityOfficer, round.id, 'OPD-05', { version: 1, ...ANSWER }),
      ).rejects.toMatchObject({ code: 'not-found' });
    });

    it('refuses every change once the round is submitted', async () => {
      const submitted = await submittedRound(t, officer);
      const response = submitted.responses[0];
      await expect(
        responses.save(officer, submitted.id, response.criterionCode, {
          version: response.version,
          ...ANSWER,
        }),
      ).rejects.toMatchObject({ code: 'round-submitted' });
      await expect(
        responses.setOwner(officer, submitted.id, response.criterionCode, null),
      ).rejects.toMatchObject({ code: 'round-submitted' });
      expect((await getRound(t, officer, submitted.id)).responses[0]).toEqual(response);
    });
  });

  describe('edit rules per role', () => {
    let contributor: Actor;
    let manager: Actor;

    beforeAll(async () => {
      contributor = await addMember(t, organisation, 'contributor');
      manager = await addMember(t, organisation, 'manager');
      await responses.setOwner(officer, round.id, 'VMS-01', contributor.membershipId);
    });

    it('lets a contributor edit the criterion they own', async () => {
      const saved = await responses.save(contributor, round.id, 'VMS-01', {
        version: await versionOf('VMS-01'),
        ...ANSWER,
      });
      expect(saved).toMatchObject({
        owner: { memberId: contributor.membershipId },
        updatedBy: { userId: contributor.userId },
      });
    });

    it('refuses a contributor a criterion they do not own, and a manager any', async () => {
      const version = await versionOf('VMS-02');
      await expect(
        responses.save(contributor, round.id, 'VMS-02', { version, ...ANSWER }),
      ).rejects.toMatchObject({ code: 'forbidden' });
      await expect(
        responses.save(manager, round.id, 'VMS-01', {
          version: await versionOf('VMS-01'),
          ...ANSWER,
        }),
      ).rejects.toMatchObject({ code: 'forbidden' });
      expect(await versionOf('VMS-02')).toBe(version);
    });

    it('lets the quality officer edit any criterion, owned or not', async () => {
      const saved = await responses.save(officer, round.id, 'VMS-01', {
        version: await versionOf('VMS-01'),
        ...ANSWER,
        level: 1,
      });
      expect(saved).toMatchObject({ level: 1, owner: { memberId: contributor.membershipId } });
    });

    it('refuses a manager or an unknown member as owner', async () => {
      await expect(
        responses.setOwner(officer, round.id, 'VMS-03', manager.membershipId),
      ).rejects.toMatchObject({ code: 'owner-is-read-only' });
      await expect(
        responses.setOwner(officer, round.id, 'VMS-03', '00000000-0000-4000-8000-000000000000'),
      ).rejects.toMatchObject({ code: 'unknown-member' });
      expect((await responses.get(officer.organisationId, round.id, 'VMS-03')).owner).toBeNull();
    });
  });

  describe('not applicable', () => {
    it('stores a waivable criterion as not applicable with its reason and without levels', async () => {
      const saved = await responses.save(officer, round.id, 'OPD-05', {
        version: await versionOf('OPD-05'),
        level: 3,
        targetLevel: 4,
        notApplicable: true,
        notApplicableReason: ' Wij bieden dit niet aan. ',
        state: 'ready-for-review',
      });
      expect(saved).toMatchObject({
        notApplicable: true,
        notApplicableReason: 'Wij bieden dit niet aan.',
        level: null,
        targetLevel: null,
        state: 'ready-for-review',
      });
    });

    it.each<{ refused: string; code: string; input: Partial<SaveResponseDto>; expected: string }>([
      {
        refused: 'a criterion the label requires everywhere',
        code: 'OPD-01',
        input: { notApplicable: true, notApplicableReason: 'Niet van toepassing.' },
        expected: 'not-applicable-not-allowed',
      },
      {
        refused: 'not applicable without a reason',
        code: 'VAK-08',
        input: { notApplicable: true, notApplicableReason: '   ' },
        expected: 'not-applicable-reason-required',
      },
      {
        refused: 'a level outside the scale',
        code: 'VAK-01',
        input: { level: 5 },
        expected: 'level-outside-scale',
      },
      {
        refused: 'ready for review without a level',
        code: 'VAK-02',
        input: { level: null, state: 'ready-for-review' },
        expected: 'response-not-answered',
      },
    ])(
      'refuses $refused ($code) with $expected, writing nothing',
      async ({ code, input, expected }) => {
        const before = await responses.get(officer.organisationId, round.id, code);
        await expect(
          responses.save(officer, round.id, code, { version: before.version, ...ANSWER, ...input }),
        ).rejects.toMatchObject({ code: expected });
        expect(await responses.get(officer.organisationId, round.id, code)).toEqual(before);
      },
    );
  });
});
