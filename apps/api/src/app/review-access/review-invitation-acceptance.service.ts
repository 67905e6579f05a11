import {
  assertInvitee,
  assertReviewerIsOutsider,
  Me,
  ReviewInvitationPreview,
  reviewInvitationStatus,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { RoundEventsService } from '../audit-trail/round-events.service';
import { AuthService } from '../auth/auth.service';
import { InviteeAccountsService } from '../auth/invitee-accounts.service';
import { PasswordService } from '../auth/password.service';
import { SessionsService } from '../auth/sessions.service';
import { UsersService } from '../auth/users.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { SessionContext } from '../common/auth/request-context';
import { Clock } from '../common/clock';
import { InvitationLinks } from '../common/invitations/invitation-links';
import { ProblemException } from '../common/problems/problem.exception';
import { isUniqueViolation } from '../common/unique-violation';
import { OrganisationsService } from '../organisations/organisations.service';
import { ReviewsService } from '../reviews/reviews.service';
import { AcceptReviewInvitationDto } from './dto/review-invitation.dto';
import { ReviewInvitationEntity } from './entities/review-invitation.entity';
import { invitationSnapshot } from './review-invitation.mappers';

export interface AcceptedReviewInvitation {
  me: Me;
  reviewId: string;
  roundId: string;
  /** A new session token when the reviewer was not logged in; empty otherwise. */
  sessionToken: string;
}

interface Reviewer {
  id: string;
  displayName: string;
}

/**
 * The reviewer's side of an invitation link: what it is for, and accepting it. An unknown, used,
 * revoked or expired token all answer the same 404, so a link reveals nothing once it is dead.
 */
@Injectable()
export class ReviewInvitationAcceptanceService {
  private readonly links: InvitationLinks<ReviewInvitationEntity>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly invitees: InviteeAccountsService,
    private readonly sessions: SessionsService,
    private readonly auth: AuthService,
    private readonly events: RoundEventsService,
    private readonly reviews: ReviewsService,
    private readonly clock: Clock,
  ) {
    this.links = new InvitationLinks(ReviewInvitationEntity, clock, {
      relations: ['organisation', 'round'],
    });
  }

  async preview(token: string): Promise<ReviewInvitationPreview> {
    const invitation = await this.links.findOpen(token, this.dataSource.manager);
    const user = await this.users.findByEmail(invitation.email);
    return {
      organisationName: invitation.organisation?.name ?? '',
      roundTitle: invitation.round?.title ?? '',
      reviewerOrganisationName: invitation.reviewerOrganisationName,
      email: invitation.email,
      expiresAt: invitation.expiresAt.toISOString(),
      hasAccount: user !== null,
    };
  }

  /**
   * Accepts as the logged-in user when it is the invited address, with the existing account's
   * password, or by creating the account. In one transaction: the invitation is marked used (single
   * use), the reviewer's draft review is opened and the acceptance goes into the round's history.
   */
  async accept(
    dto: AcceptReviewInvitationDto,
    session: SessionContext | undefined,
  ): Promise<AcceptedReviewInvitation> {
    const passwordHash = dto.password ? await this.passwords.hash(dto.password) : null;
    const result = await this.links
      .accept(this.dataSource, dto.token, async (manager, invitation) => {
        const reviewer = await this.resolveReviewer(
          manager,
          invitation,
          dto,
          session,
          passwordHash,
        );
        const reviewId = await this.acceptIn(manager, invitation, reviewer);
        // A new session starts without an active organisation; the guard and GET /me fall back
        // to the reviewer's own first membership, if any. (Only `manager` inside: on the embedded
        // database a second connection would wait for this transaction for ever.)
        const sessionToken = session ? '' : await this.sessions.create(manager, reviewer.id, null);
        return {
          result: { reviewerId: reviewer.id, reviewId, roundId: invitation.roundId, sessionToken },
          accepted: { acceptedByUserId: reviewer.id },
        };
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error, 'uq_users_email')
          ? new ProblemException(409, 'email-taken')
          : error;
      });
    const me = await this.auth.meOf(result.reviewerId, session ?? null);
    return {
      me,
      reviewId: result.reviewId,
      roundId: result.roundId,
      sessionToken: result.sessionToken,
    };
  }

  /**
   * For an account already known to be the invitee, inside the caller's transaction (the demo
   * seed builds its finished review this way): the same checks, review and history as accept().
   */
  async acceptWithin(
    manager: EntityManager,
    token: string,
    reviewer: Reviewer & { email: string },
  ): Promise<string> {
    return this.links.accept(
      this.dataSource,
      token,
      async (inner, invitation) => {
        assertInvitee(invitation.email, reviewer.email);
        return {
          result: await this.acceptIn(inner, invitation, reviewer),
          accepted: { acceptedByUserId: reviewer.id },
        };
      },
      manager,
    );
  }

  /** Opens the draft review and records the acceptance; the caller marks the invitation used. */
  private async acceptIn(
    manager: EntityManager,
    invitation: ReviewInvitationEntity,
    reviewer: Reviewer,
  ): Promise<string> {
    const membership = await this.organisations.findMembership(
      invitation.organisationId,
      reviewer.id,
      manager,
    );
    assertReviewerIsOutsider(membership !== null, invitation.email);
    const now = this.clock.now();
    const actor: Actor = {
      organisationId: invitation.organisationId,
      membershipId: null,
      role: 'reviewer',
      userId: reviewer.id,
      displayName: reviewer.displayName,
    };
    const reviewId = await this.openReview(manager, invitation, reviewer.id);
    await this.events.record(manager, actor, {
      roundId: invitation.roundId,
      criterionCode: null,
      subject: 'review',
      subjectId: invitation.id,
      type: 'review-invitation.accepted',
      before: invitationSnapshot(invitation, reviewInvitationStatus(invitation, now)),
      after: { ...invitationSnapshot(invitation, 'accepted'), reviewId },
    });
    return reviewId;
  }

  private async openReview(
    manager: EntityManager,
    invitation: ReviewInvitationEntity,
    reviewerUserId: string,
  ): Promise<string> {
    return this.reviews.openForInvitation(manager, {
      invitationId: invitation.id,
      roundId: invitation.roundId,
      organisationId: invitation.organisationId,
      reviewerUserId,
    });
  }

  private async resolveReviewer(
    manager: EntityManager,
    invitation: ReviewInvitationEntity,
    dto: AcceptReviewInvitationDto,
    session: SessionContext | undefined,
    passwordHash: string | null,
  ): Promise<Reviewer> {
    if (session) {
      assertInvitee(invitation.email, session.email);
      return { id: session.userId, displayName: session.displayName };
    }
    return this.invitees.resolve(manager, {
      email: invitation.email,
      password: dto.password,
      passwordHash,
      displayName: dto.displayName,
      language: dto.language,
      organisationNames: [invitation.reviewerOrganisationName, invitation.organisation?.name ?? ''],
    });
  }
}
