import { addDays, isoDayIn, Member } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { CriterionResponsesService } from '../assessments/criterion-responses.service';
import { ResponseEvidenceService } from '../assessments/response-evidence.service';
import { RoundStartService } from '../assessments/round-start.service';
import { RoundSubmissionService } from '../assessments/round-submission.service';
import { UsersService } from '../auth/users.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { EvidenceService } from '../evidence/evidence.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { ReviewInvitationAcceptanceService } from '../review-access/review-invitation-acceptance.service';
import { ReviewInvitationsService } from '../review-access/review-invitations.service';
import { HearingService } from '../reviews/hearing.service';
import { LeerrapportService } from '../reviews/leerrapport.service';
import { ReviewWritingService } from '../reviews/review-writing.service';
import { DEMO_PEER_ACCOUNTS, DEMO_PEER_ORGANISATION } from './demo-accounts';
import {
  DEMO_EARLIER_EVIDENCE,
  DEMO_EARLIER_LEVELS,
  DEMO_FINDING_ACTION,
  DEMO_FINDINGS,
  DEMO_OVERALL,
  DEMO_RESPONSES,
  DEMO_REVIEW_INVITATION,
  DEMO_REVIEWED_ROUND,
} from './demo-review.data';

const actorOf = (member: Member, organisationId: string): Actor => ({
  organisationId,
  membershipId: member.id,
  role: member.role,
  userId: member.userId,
  displayName: member.displayName,
});

/** Who acts in the finished review, and the seed's transaction every step writes through. */
interface ReviewScene {
  manager: EntityManager;
  officer: Actor;
  reviewer: Actor;
  roundId: string;
  reviewId: string;
}

/**
 * The peer organisation Stichting Buurtkracht, and a finished intercollegiale toetsing of an
 * earlier, submitted round of the demo organisation: invitation accepted, review submitted,
 * leerrapport issued, answered in part and closed. Built through the ordinary use cases inside
 * the seed's one transaction, so the history and hashes are the real ones.
 */
@Injectable()
export class DemoReviewService {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly rounds: RoundStartService,
    private readonly responses: CriterionResponsesService,
    private readonly links: ResponseEvidenceService,
    private readonly evidence: EvidenceService,
    private readonly submission: RoundSubmissionService,
    private readonly invitations: ReviewInvitationsService,
    private readonly acceptance: ReviewInvitationAcceptanceService,
    private readonly writing: ReviewWritingService,
    private readonly leerrapports: LeerrapportService,
    private readonly hearing: HearingService,
    private readonly clock: Clock,
  ) {}

  /** `openRoundId`: the demo organisation's open round, where the finding's action goes. */
  async seed(
    manager: EntityManager,
    organisationId: string,
    openRoundId: string,
    passwordHash: string,
  ): Promise<void> {
    const members = await this.organisations.listMembers(organisationId, manager);
    const qualityOfficer = members.find((member) => member.role === 'quality-officer');
    if (!qualityOfficer) {
      return;
    }
    const officer = actorOf(qualityOfficer, organisationId);
    const peer = await this.peerOrganisation(manager, passwordHash);
    const roundId = await this.submittedRound(manager, officer);
    const { invitation, reviewId } = await this.acceptedInvitation(manager, officer, roundId, peer);
    const reviewer: Actor = {
      organisationId,
      membershipId: null,
      role: 'reviewer',
      userId: peer.id,
      displayName: peer.displayName,
      review: { invitationId: invitation, organisationId, roundId },
    };
    const scene: ReviewScene = { manager, officer, reviewer, roundId, reviewId };
    await this.writeReview(scene);
    await this.leerrapports.issue(reviewer, roundId, {}, manager);
    await this.answer(scene, openRoundId);
    await this.leerrapports.finalise(officer, roundId, manager);
  }

  private async peerOrganisation(
    manager: EntityManager,
    passwordHash: string,
  ): Promise<{ id: string; email: string; displayName: string }> {
    const [account] = DEMO_PEER_ACCOUNTS;
    const user = await this.users.create(manager, {
      email: account.email,
      displayName: account.displayName,
      passwordHash,
    });
    await this.organisations.createWithQualityOfficer(manager, DEMO_PEER_ORGANISATION, user.id);
    return { id: user.id, email: account.email, displayName: account.displayName };
  }

  /** The earlier round: every criterion answered, two documents linked, then submitted. */
  private async submittedRound(manager: EntityManager, officer: Actor): Promise<string> {
    const today = isoDayIn(this.clock.now());
    const round = await this.rounds.start(
      officer,
      {
        title: DEMO_REVIEWED_ROUND.title,
        rubricId: 'sterk-sociaal-werk',
        rubricVersion: '1.0.0',
        targetDate: addDays(today, -DEMO_REVIEWED_ROUND.targetDaysAgo),
        route: 'peer-review',
        ambitions: DEMO_REVIEWED_ROUND.ambitions,
        bottlenecks: DEMO_REVIEWED_ROUND.bottlenecks,
      },
      manager,
    );
    for (const response of round.responses) {
      const level = DEMO_EARLIER_LEVELS[response.criterionCode] ?? 2;
      await this.responses.save(
        officer,
        round.id,
        response.criterionCode,
        {
          version: response.version,
          level,
          targetLevel: Math.min(level + 1, 4),
          rationale: `Stand van zaken 2025 voor ${response.criterionCode}: zie het werkplan en het jaarverslag.`,
          state: 'ready-for-review',
        },
        manager,
      );
    }
    for (const item of DEMO_EARLIER_EVIDENCE) {
      const stored = await this.evidence.registerLink(
        officer,
        {
          title: item.title,
          evidenceKind: item.evidenceKind,
          documentDate: addDays(today, -item.documentDaysAgo),
          url: item.url,
        },
        manager,
      );
      for (const code of item.criteria) {
        await this.links.link(officer, round.id, code, stored.id, manager);
      }
    }
    await this.submission.submit(officer, round.id, manager);
    return round.id;
  }

  private async acceptedInvitation(
    manager: EntityManager,
    officer: Actor,
    roundId: string,
    peer: { id: string; email: string; displayName: string },
  ): Promise<{ invitation: string; reviewId: string }> {
    const created = await this.invitations.create(
      officer,
      roundId,
      { email: peer.email, ...DEMO_REVIEW_INVITATION, lead: true },
      {},
      manager,
    );
    const token = new URL(created.acceptUrl, 'http://labelklaar.local').searchParams.get('token');
    const reviewId = await this.acceptance.acceptWithin(manager, token ?? '', peer);
    return { invitation: created.id, reviewId };
  }

  private async writeReview({ manager, reviewer, reviewId }: ReviewScene): Promise<void> {
    for (const [code, item] of Object.entries(DEMO_FINDINGS)) {
      await this.writing.saveFinding(
        reviewer,
        reviewId,
        code,
        { judgement: item.judgement, finding: item.finding, questions: item.questions ?? '' },
        manager,
      );
    }
    await this.writing.saveOverall(reviewer, reviewId, DEMO_OVERALL, manager);
    await this.writing.submit(reviewer, reviewId, manager);
  }

  /** Hoor en wederhoor: responses to some findings, and one finding planned as an action. */
  private async answer(
    { manager, officer, reviewId }: ReviewScene,
    openRoundId: string,
  ): Promise<void> {
    for (const response of DEMO_RESPONSES) {
      await this.hearing.respond(
        officer,
        reviewId,
        response.code,
        { text: response.text },
        manager,
      );
    }
    const today = isoDayIn(this.clock.now());
    await this.hearing.createAction(
      officer,
      reviewId,
      DEMO_FINDING_ACTION.code,
      {
        title: DEMO_FINDING_ACTION.title,
        description: DEMO_FINDING_ACTION.description,
        dueDate: addDays(today, DEMO_FINDING_ACTION.dueInDays),
        roundId: openRoundId,
      },
      manager,
    );
  }
}
