import {
  AssessmentRoundDetail,
  Criterion,
  Member,
  MemberRole,
  PeerJudgement,
} from '@labelklaar/domain';

import { randomUUID } from 'node:crypto';

import { AssessmentRoundsService } from '../src/app/assessments/assessment-rounds.service';
import { CriterionResponsesService } from '../src/app/assessments/criterion-responses.service';
import { RoundAccessService } from '../src/app/assessments/round-access.service';
import { RoundStartService } from '../src/app/assessments/round-start.service';
import { RoundSubmissionService } from '../src/app/assessments/round-submission.service';
import { UserEntity } from '../src/app/auth/entities/user.entity';
import { Actor } from '../src/app/common/auth/current-actor.decorator';
import { OrganisationsService } from '../src/app/organisations/organisations.service';
import { ReviewInvitationAcceptanceService } from '../src/app/review-access/review-invitation-acceptance.service';
import { ReviewInvitationsService } from '../src/app/review-access/review-invitations.service';
import { ReviewWritingService } from '../src/app/reviews/review-writing.service';
import { ServiceTest } from './service-testing';

/** Seeding for the service specs: through the real services and repositories, never HTTP. */

export interface TestOrganisation {
  id: string;
  qualityOfficer: Actor;
}

export const RUBRIC = { rubricId: 'sterk-sociaal-werk', rubricVersion: '1.0.0' };

/** A complete answer: not applicable where the rubric allows it, else level 3 of 4. */
export function completeAnswer(criterion: Criterion) {
  return criterion.allowNotApplicable
    ? {
        notApplicable: true,
        notApplicableReason: 'Wij bieden dit niet aan.',
        state: 'ready-for-review' as const,
      }
    : {
        level: 3,
        targetLevel: 4,
        rationale: `Onderbouwing bij ${criterion.code}.`,
        state: 'ready-for-review' as const,
      };
}

const uniqueEmail = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}@example.nl`;

/** A user row; nobody logs in during a service spec, so the password hash is never checked. */
async function createUser(t: ServiceTest, displayName: string, email = uniqueEmail('user')) {
  return t.dataSource
    .getRepository(UserEntity)
    .save({ email, displayName, passwordHash: 'not-used-by-service-specs' });
}

export const actorOf = (member: Member, organisationId: string): Actor => ({
  organisationId,
  membershipId: member.id,
  role: member.role,
  userId: member.userId,
  displayName: member.displayName,
});

async function memberActor(t: ServiceTest, organisationId: string, userId: string) {
  const members = await t.get(OrganisationsService).listMembers(organisationId);
  const member = members.find((candidate) => candidate.userId === userId);
  if (!member) {
    throw new Error(`user ${userId} is no member of ${organisationId}`);
  }
  return actorOf(member, organisationId);
}

/** A new organisation with its first quality officer. */
export async function createOrganisation(
  t: ServiceTest,
  name = `Welzijn ${randomUUID().slice(0, 6)}`,
): Promise<TestOrganisation> {
  const user = await createUser(t, 'Kwaliteit Test', uniqueEmail('qo'));
  const organisation = await t.dataSource.transaction((manager) =>
    t.get(OrganisationsService).createWithQualityOfficer(manager, name, user.id),
  );
  return {
    id: organisation.id,
    qualityOfficer: await memberActor(t, organisation.id, user.id),
  };
}

/** Another member of the organisation, with `role`. */
export async function addMember(
  t: ServiceTest,
  organisation: TestOrganisation,
  role: MemberRole,
): Promise<Actor> {
  const user = await createUser(t, `Test ${role}`, uniqueEmail(role));
  await t.dataSource.transaction((manager) =>
    t.get(OrganisationsService).addMember(manager, organisation.id, user.id, role),
  );
  return memberActor(t, organisation.id, user.id);
}

export function startRound(
  t: ServiceTest,
  actor: Actor,
  body: { title?: string; carryOver?: boolean; targetDate?: string } = {},
): Promise<AssessmentRoundDetail> {
  return t.get(RoundStartService).start(actor, {
    title: 'Zelfevaluatie 2026',
    ...RUBRIC,
    targetDate: '2027-03-15',
    route: 'peer-review',
    ...body,
  });
}

export function getRound(t: ServiceTest, actor: Actor, roundId: string) {
  return t.get(AssessmentRoundsService).get(actor.organisationId, roundId);
}

/** Answers the criteria of the round named by `codes` (default: every one) as the actor. */
export async function answer(
  t: ServiceTest,
  actor: Actor,
  round: AssessmentRoundDetail,
  codes: string[] = round.responses.map((response) => response.criterionCode),
): Promise<void> {
  const current = await getRound(t, actor, round.id);
  const rubric = await t.get(RoundAccessService).rubricOf(current);
  for (const criterion of rubric.domains.flatMap((domain) => domain.criteria)) {
    const response = current.responses.find((r) => r.criterionCode === criterion.code);
    if (response && codes.includes(criterion.code)) {
      await t.get(CriterionResponsesService).save(actor, round.id, criterion.code, {
        version: response.version,
        ...completeAnswer(criterion),
      });
    }
  }
}

/** A new round with every criterion answered, submitted by the quality officer. */
export async function submittedRound(
  t: ServiceTest,
  qualityOfficer: Actor,
): Promise<AssessmentRoundDetail> {
  const round = await startRound(t, qualityOfficer);
  await answer(t, qualityOfficer, round);
  await t.get(RoundSubmissionService).submit(qualityOfficer, round.id);
  return getRound(t, qualityOfficer, round.id);
}

export interface TestReviewer {
  actor: Actor;
  reviewId: string;
  invitationId: string;
  name: string;
}

/** A reviewer from another organisation, invited for the submitted round and accepted. */
export async function addReviewer(
  t: ServiceTest,
  qualityOfficer: Actor,
  roundId: string,
  options: { lead?: boolean; name?: string } = {},
): Promise<TestReviewer> {
  const name = options.name ?? `Toetser ${randomUUID().slice(0, 4)}`;
  const user = await createUser(t, name, uniqueEmail('toetser'));
  const invitation = await t.get(ReviewInvitationsService).create(qualityOfficer, roundId, {
    email: user.email,
    reviewerOrganisationName: 'Stichting Buurtkracht',
    lead: options.lead,
  });
  const token = new URL(invitation.acceptUrl, 'http://labelklaar.test').searchParams.get('token');
  const reviewId = await t.dataSource.transaction((manager) =>
    t
      .get(ReviewInvitationAcceptanceService)
      .acceptWithin(manager, token ?? '', { id: user.id, email: user.email, displayName: name }),
  );
  const actor: Actor = {
    organisationId: qualityOfficer.organisationId,
    membershipId: null,
    role: 'reviewer',
    userId: user.id,
    displayName: name,
    review: { invitationId: invitation.id, organisationId: qualityOfficer.organisationId, roundId },
  };
  return { actor, reviewId, invitationId: invitation.id, name };
}

/** Judges every criterion of the rubric and the round as a whole; submits unless told not to. */
export async function writeReview(
  t: ServiceTest,
  reviewer: TestReviewer,
  codes: string[],
  options: { judgement?: PeerJudgement; submit?: boolean } = {},
): Promise<void> {
  const writing = t.get(ReviewWritingService);
  const judgement = options.judgement ?? 'meets';
  for (const code of codes) {
    await writing.saveFinding(reviewer.actor, reviewer.reviewId, code, {
      judgement,
      finding: `Bevinding bij ${code}.`,
      questions: '',
    });
  }
  await writing.saveOverall(reviewer.actor, reviewer.reviewId, {
    judgement,
    strengths: 'Betrokken teams.',
    improvements: 'Leg bewijs vast per team.',
  });
  if (options.submit !== false) {
    await writing.submit(reviewer.actor, reviewer.reviewId);
  }
}
