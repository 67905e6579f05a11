import { addDays, AssessmentRoundDetail, isoDayIn } from '@labelklaar/domain';

import { createHash } from 'node:crypto';

import {
  addReviewer,
  createOrganisation,
  getRound,
  startRound,
  submittedRound,
  TestReviewer,
  writeReview,
} from '../../../test/service-factories';
import { createServiceTest, refusalOf, ServiceTest } from '../../../test/service-testing';
import { AssessmentsModule } from '../assessments/assessments.module';
import { RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { ReviewAccessModule } from '../review-access/review-access.module';
import { ReviewInvitationsService } from '../review-access/review-invitations.service';
import { HearingService } from './hearing.service';
import { LeerrapportService } from './leerrapport.service';
import { ReviewWritingService } from './review-writing.service';
import { ReviewsModule } from './reviews.module';
import { ReviewsRepository } from './reviews.repository';

const DAY_MS = 24 * 60 * 60 * 1000;
const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

describe('LeerrapportService and HearingService', () => {
  let t: ServiceTest;
  let leerrapports: LeerrapportService;
  let hearing: HearingService;
  let officer: Actor;

  beforeAll(async () => {
    t = await createServiceTest([AssessmentsModule, ReviewAccessModule, ReviewsModule]);
    leerrapports = t.get(LeerrapportService);
    hearing = t.get(HearingService);
    officer = (await createOrganisation(t)).qualityOfficer;
  });

  afterAll(() => t.close());

  afterEach(() => {
    jest.restoreAllMocks();
    t.clock.reset();
  });

  const codesOf = (round: AssessmentRoundDetail) => round.responses.map((r) => r.criterionCode);
  const eventTypes = async (roundId: string) =>
    (await t.get(RoundEventsService).list(officer.organisationId, roundId, null)).map(
      (event) => event.type,
    );
  const findingOf = async (reviewer: TestReviewer, code: string) => {
    const report = await leerrapports.get(officer, reviewer.actor.review?.roundId ?? '');
    const criterion = report.criteria.find((c) => c.criterionCode === code);
    return criterion?.findings.find((finding) => finding.reviewId === reviewer.reviewId);
  };

  describe('issuing', () => {
    let round: AssessmentRoundDetail;
    let lead: TestReviewer;
    let second: TestReviewer;

    beforeAll(async () => {
      round = await submittedRound(t, officer);
      lead = await addReviewer(t, officer, round.id, { lead: true, name: 'Lia Lead' });
      second = await addReviewer(t, officer, round.id, { lead: false, name: 'Tom Tweede' });
    });

    it('is refused to a reviewer who is not the lead', async () => {
      await writeReview(t, second, codesOf(round), { submit: false });
      await expect(leerrapports.issue(second.actor, round.id, {})).rejects.toMatchObject({
        code: 'not-lead-reviewer',
      });
    });

    it('is refused to the lead until their own review is submitted', async () => {
      await writeReview(t, lead, codesOf(round), { submit: false });
      await expect(leerrapports.issue(lead.actor, round.id, {})).rejects.toMatchObject({
        code: 'review-not-submitted',
      });
    });

    it('is refused while another reviewer with access is still writing, naming them', async () => {
      await t.get(ReviewWritingService).submit(lead.actor, lead.reviewId);

      const refusal = await refusalOf(leerrapports.issue(lead.actor, round.id, {}));

      expect(refusal.code).toBe('reviews-pending');
      expect(refusal.payload['reviewers']).toBe('Tom Tweede (Stichting Buurtkracht)');
    });

    it('does not exist for a member of the organisation, who reviews nothing', async () => {
      await expect(leerrapports.issue(officer, round.id, {})).rejects.toMatchObject({
        code: 'not-found',
      });
    });

    it('leaves no leerrapport behind when recording the issue fails', async () => {
      await t.get(ReviewWritingService).submit(second.actor, second.reviewId);
      jest
        .spyOn(t.get(RoundEventsService), 'record')
        .mockRejectedValueOnce(new Error('the audit trail is unavailable'));

      await expect(leerrapports.issue(lead.actor, round.id, {})).rejects.toThrow(
        'the audit trail is unavailable',
      );

      expect(await t.get(ReviewsRepository).findLeerrapport(round.id)).toBeNull();
      expect(await leerrapports.get(officer, round.id)).toMatchObject({
        status: 'draft',
        issuedAt: null,
      });
    });

    it('merges every submitted review and opens the hearing for the days asked', async () => {
      const issuedAt = new Date();
      t.clock.set(issuedAt);

      const issued = await leerrapports.issue(lead.actor, round.id, { hearingDays: 21 });

      expect(issued).toMatchObject({
        roundId: round.id,
        status: 'hearing',
        leadReviewId: lead.reviewId,
        issuedAt: issuedAt.toISOString(),
        hearingEndsOn: addDays(isoDayIn(issuedAt), 21),
        hearingOpen: true,
        finalisedAt: null,
        contentHash: null,
      });
      expect(issued.criteria).toHaveLength(codesOf(round).length);
      expect(issued.criteria[0].findings.map((finding) => finding.reviewId).sort()).toEqual(
        [lead.reviewId, second.reviewId].sort(),
      );
      expect(issued.overall.reviews).toHaveLength(2);
      expect(await eventTypes(round.id)).toContain('leerrapport.issued');
    });

    it('is refused a second time', async () => {
      await expect(leerrapports.issue(lead.actor, round.id, {})).rejects.toMatchObject({
        code: 'leerrapport-issued',
      });
    });

    it('takes no late review in', async () => {
      const late = await addReviewer(t, officer, round.id, { name: 'Lars Laat' });
      await writeReview(t, late, codesOf(round), { submit: false });

      await expect(
        t.get(ReviewWritingService).submit(late.actor, late.reviewId),
      ).rejects.toMatchObject({ code: 'leerrapport-issued' });
      const report = await leerrapports.get(officer, round.id);
      expect(report.overall.reviews.map((review) => review.reviewId)).not.toContain(late.reviewId);
    });
  });

  describe('hoor en wederhoor', () => {
    let round: AssessmentRoundDetail;
    let lead: TestReviewer;
    let code: string;

    beforeAll(async () => {
      round = await submittedRound(t, officer);
      code = codesOf(round)[0];
      lead = await addReviewer(t, officer, round.id, { lead: true });
      await writeReview(t, lead, codesOf(round), { judgement: 'partly-meets' });
    });

    it('takes no responses and cannot be finalised before the leerrapport is issued', async () => {
      await expect(
        hearing.respond(officer, lead.reviewId, code, { text: 'Te vroeg.' }),
      ).rejects.toMatchObject({ code: 'hearing-not-started' });
      await expect(leerrapports.finalise(officer, round.id)).rejects.toMatchObject({
        code: 'leerrapport-not-issued',
      });
    });

    it('takes the organisation’s response to a finding while the hearing is open', async () => {
      await leerrapports.issue(lead.actor, round.id, { hearingDays: 14 });
      t.clock.set(new Date(Date.now() + DAY_MS));

      const answered = await hearing.respond(officer, lead.reviewId, code, {
        text: '  Klopt, we leggen het bewijs vast.  ',
      });

      expect(answered.response).toEqual({
        text: 'Klopt, we leggen het bewijs vast.',
        respondedBy: { userId: officer.userId, displayName: officer.displayName },
        respondedAt: t.clock.now().toISOString(),
      });
      expect((await findingOf(lead, code))?.response?.text).toBe(
        'Klopt, we leggen het bewijs vast.',
      );
    });

    it('refuses a response based on a stale version of the finding, keeping the newer one', async () => {
      const refusal = await refusalOf(
        hearing.respond(officer, lead.reviewId, code, { text: 'Oud antwoord.', version: 1 }),
      );

      expect(refusal.code).toBe('version-conflict');
      expect(refusal.payload['current']).toMatchObject({
        criterionCode: code,
        response: { text: 'Klopt, we leggen het bewijs vast.' },
      });
      expect((await findingOf(lead, code))?.response?.text).toBe(
        'Klopt, we leggen het bewijs vast.',
      );
    });

    it('plans a verbeteractie from a finding in the open round, once', async () => {
      await expect(
        hearing.createAction(officer, lead.reviewId, code, { title: 'Bewijs vastleggen' }),
      ).rejects.toMatchObject({ code: 'no-open-round' });
      const open = await startRound(t, officer, { title: 'Zelfevaluatie 2028' });

      const action = await hearing.createAction(officer, lead.reviewId, code, {
        title: 'Bewijs vastleggen',
      });

      expect(action).toMatchObject({ roundId: open.id, criterionCode: code, status: 'open' });
      expect((await findingOf(lead, code))?.actionId).toBe(action.id);
      const refusal = await refusalOf(
        hearing.createAction(officer, lead.reviewId, code, { title: 'Nog een keer' }),
      );
      expect(refusal).toEqual({
        code: 'finding-has-action',
        payload: expect.objectContaining({ actionId: action.id }) as unknown,
      });
    });

    it('is closed early by the quality officer: final, hashed, and the round reviewed', async () => {
      const finalised = await leerrapports.finalise(officer, round.id);
      const row = await t.get(ReviewsRepository).findLeerrapport(round.id);

      expect(finalised).toMatchObject({ status: 'final', hearingOpen: false });
      expect(row).toMatchObject({ status: 'final', finalisedByUserId: officer.userId });
      expect(finalised.contentHash).toBe(sha256(row?.finalContent ?? ''));
      expect((await getRound(t, officer, round.id)).status).toBe('reviewed');
      expect(await eventTypes(round.id)).toContain('leerrapport.finalised');
    });

    it('takes no more responses and cannot be finalised again once final', async () => {
      const code2 = codesOf(round)[1];
      await expect(
        hearing.respond(officer, lead.reviewId, code2, { text: 'Te laat.' }),
      ).rejects.toMatchObject({ code: 'hearing-closed' });
      await expect(leerrapports.finalise(officer, round.id)).rejects.toMatchObject({
        code: 'leerrapport-final',
      });
      expect((await findingOf(lead, code2))?.response).toBeNull();
    });
  });

  describe('a hearing whose period ends', () => {
    it('becomes final by itself on the first request after its last day', async () => {
      const round = await submittedRound(t, officer);
      const lead = await addReviewer(t, officer, round.id, { lead: true });
      const revoked = await addReviewer(t, officer, round.id);
      await writeReview(t, lead, codesOf(round));
      await t.get(ReviewInvitationsService).revoke(officer, revoked.invitationId);
      const issued = await leerrapports.issue(lead.actor, round.id, { hearingDays: 7 });
      const code = codesOf(round)[0];

      t.clock.set(`${issued.hearingEndsOn ?? ''}T12:00:00.000Z`);
      expect((await leerrapports.get(officer, round.id)).hearingOpen).toBe(true);
      t.clock.advance(DAY_MS);
      await expect(
        hearing.respond(officer, lead.reviewId, code, { text: 'Net te laat.' }),
      ).rejects.toMatchObject({ code: 'hearing-closed' });

      const report = await leerrapports.get(officer, round.id);
      expect(report).toMatchObject({
        status: 'final',
        finalisedAt: t.clock.now().toISOString(),
        overall: { reviews: [{ reviewId: lead.reviewId }] },
      });
      expect(await t.get(ReviewsRepository).findLeerrapport(round.id)).toMatchObject({
        status: 'final',
        finalisedByUserId: null,
        contentHash: report.contentHash,
      });
      expect((await getRound(t, officer, round.id)).status).toBe('reviewed');
    });
  });
});
