import { AssessmentRoundDetail, RoundContent } from '@labelklaar/domain';

import { createHash } from 'node:crypto';
import { text } from 'node:stream/consumers';

import { answer, createOrganisation, getRound, startRound } from '../../../test/service-factories';
import { createServiceTest, refusalOf, ServiceTest } from '../../../test/service-testing';
import { ActionsService } from '../actions/actions.service';
import { RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { EvidenceService } from '../evidence/evidence.service';
import { AssessmentRoundsService } from './assessment-rounds.service';
import { AssessmentsModule } from './assessments.module';
import { CriterionResponsesService } from './criterion-responses.service';
import { ResponseEvidenceService } from './response-evidence.service';
import { RoundSubmissionService } from './round-submission.service';

const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

describe('RoundSubmissionService', () => {
  let t: ServiceTest;
  let submission: RoundSubmissionService;
  let officer: Actor;

  beforeAll(async () => {
    t = await createServiceTest([AssessmentsModule]);
    submission = t.get(RoundSubmissionService);
    officer = (await createOrganisation(t)).qualityOfficer;
  });

  afterAll(() => t.close());

  afterEach(() => {
    jest.restoreAllMocks();
    t.clock.reset();
  });

  const codesOf = (round: AssessmentRoundDetail) => round.responses.map((r) => r.criterionCode);
  const submittedEvents = async (roundId: string) =>
    (await t.get(RoundEventsService).list(officer.organisationId, roundId, null)).filter(
      (event) => event.type === 'round.submitted',
    );

  it('refuses a round with unanswered criteria, listing them in rubric order', async () => {
    const round = await startRound(t, officer);
    const codes = codesOf(round);
    const open = [codes[3], codes[10], codes[codes.length - 1]];
    await answer(
      t,
      officer,
      round,
      codes.filter((code) => !open.includes(code)),
    );

    const refusal = await refusalOf(submission.submit(officer, round.id));

    expect(refusal.code).toBe('round-incomplete');
    expect(refusal.payload).toMatchObject({ missing: open, unconfirmed: [] });
    expect(await getRound(t, officer, round.id)).toMatchObject({
      status: 'draft',
      contentHash: null,
      submittedAt: null,
    });
    expect(await submittedEvents(round.id)).toEqual([]);
  });

  it('refuses a round whose answers were carried over until each is confirmed', async () => {
    const earlier = await startRound(t, officer, { title: 'Zelfevaluatie 2025' });
    await answer(t, officer, earlier);
    await submission.submit(officer, earlier.id);
    const round = await startRound(t, officer, { carryOver: true });
    const codes = codesOf(round);
    const [confirmed] = codes;
    await answer(t, officer, round, [confirmed]);

    const refusal = await refusalOf(submission.submit(officer, round.id));

    expect(refusal.code).toBe('round-incomplete');
    expect(refusal.payload).toMatchObject({ missing: [], unconfirmed: codes.slice(1) });
    expect((await getRound(t, officer, round.id)).status).toBe('draft');
  });

  describe('a complete round', () => {
    let round: AssessmentRoundDetail;
    let submitted: Awaited<ReturnType<RoundSubmissionService['submit']>>;

    beforeAll(async () => {
      round = await startRound(t, officer, { title: 'Zelfevaluatie 2027' });
      await answer(t, officer, round);
      t.clock.set('2027-02-01T10:00:00.000Z');
      submitted = await submission.submit(officer, round.id);
      t.clock.reset();
    });

    it('is submitted with the sha256 of its canonical content, kept word for word', async () => {
      const content = await text(
        (await submission.content(officer.organisationId, round.id)).getStream(),
      );
      const parsed = JSON.parse(content) as RoundContent;

      expect(submitted).toEqual({
        status: 'submitted',
        contentHash: sha256(content),
        submittedAt: '2027-02-01T10:00:00.000Z',
      });
      expect(await getRound(t, officer, round.id)).toMatchObject({
        status: 'submitted',
        contentHash: sha256(content),
        submittedAt: '2027-02-01T10:00:00.000Z',
        submittedBy: { userId: officer.userId, displayName: officer.displayName },
      });
      expect(parsed.round).toMatchObject({ id: round.id, submittedAt: '2027-02-01T10:00:00.000Z' });
      expect(parsed.responses.map((r) => r.criterionCode)).toEqual([...codesOf(round)].sort());
      expect(await submittedEvents(round.id)).toMatchObject([
        {
          actor: { userId: officer.userId },
          before: { status: 'draft' },
          after: { status: 'submitted', contentHash: sha256(content) },
        },
      ]);
    });

    it('is frozen: answers, owners, evidence, actions and the round itself refuse every change', async () => {
      const [response] = (await getRound(t, officer, round.id)).responses;
      const code = response.criterionCode;
      const evidence = await t.get(EvidenceService).registerLink(officer, {
        title: 'Jaarverslag 2026',
        evidenceKind: 'jaarverslag',
        documentDate: '2026-03-01',
        url: 'https://www.voorbeeld.nl/jaarverslag-2026',
      });
      const version = (await getRound(t, officer, round.id)).version;
      const changes = [
        () => submission.submit(officer, round.id),
        () =>
          t.get(CriterionResponsesService).save(officer, round.id, code, {
            version: response.version,
            level: 1,
          }),
        () => t.get(CriterionResponsesService).setOwner(officer, round.id, code, null),
        () => t.get(ResponseEvidenceService).link(officer, round.id, code, evidence.id),
        () =>
          t.get(ActionsService).create(officer, round.id, { criterionCode: code, title: 'Later' }),
        () =>
          t.get(AssessmentRoundsService).update(officer, round.id, {
            version,
            title: 'Nieuwe titel',
          }),
      ];

      for (const change of changes) {
        await expect(change()).rejects.toMatchObject({ code: 'round-submitted' });
      }
      const after = await getRound(t, officer, round.id);
      expect(after.title).toBe('Zelfevaluatie 2027');
      expect(after.responses[0]).toEqual(response);
      expect(await submittedEvents(round.id)).toHaveLength(1);
    });
  });

  it('writes nothing when the submission fails after the round was changed', async () => {
    const round = await startRound(t, officer, { title: 'Zelfevaluatie 2028' });
    await answer(t, officer, round);
    jest
      .spyOn(t.get(RoundEventsService), 'record')
      .mockRejectedValueOnce(new Error('the audit trail is unavailable'));

    await expect(submission.submit(officer, round.id)).rejects.toThrow(
      'the audit trail is unavailable',
    );

    expect(await getRound(t, officer, round.id)).toMatchObject({
      status: 'draft',
      contentHash: null,
      submittedAt: null,
      submittedBy: null,
    });
    await expect(submission.content(officer.organisationId, round.id)).rejects.toMatchObject({
      code: 'round-not-submitted',
    });
    expect((await submission.submit(officer, round.id)).status).toBe('submitted');
  });

  it('answers not-found for a round of another organisation', async () => {
    const round = await startRound(t, officer, { title: 'Zelfevaluatie 2029' });
    await answer(t, officer, round);
    const other = (await createOrganisation(t)).qualityOfficer;

    await expect(submission.submit(other, round.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(submission.content(other.organisationId, round.id)).rejects.toMatchObject({
      code: 'not-found',
    });
    expect((await getRound(t, officer, round.id)).status).toBe('draft');
  });
});
