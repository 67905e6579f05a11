import {
  assertReviewerIsOutsider,
  assertRoundReviewable,
  CreatedReviewInvitation,
  isoDayIn,
  leadOfNewInvitation,
  ReviewInvitation,
  reviewInvitationExpiresAt,
  reviewInvitationLastDay,
  reviewInvitationStatus,
} from '@labelklaar/domain';

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { RoundAccessService } from '../assessments/round-access.service';
import { RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { InvitationLinks } from '../common/invitations/invitation-links';
import { notFound } from '../common/problems/problem.exception';
import { inTransaction } from '../common/transaction';
import { Mailer } from '../mail/mailer.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { CreateReviewInvitationDto } from './dto/review-invitation.dto';
import { ReviewInvitationEntity } from './entities/review-invitation.entity';
import { invitationSnapshot, mapReviewInvitation } from './review-invitation.mappers';
import { ReviewInvitationsReadModel } from './review-invitations.read-model';
import { ReviewInvitationsRepository } from './review-invitations.repository';

/** The path of the web app's accept page; the token is the link's only secret. */
export const REVIEW_ACCEPT_PATH = '/toetsing/accepteren';

export interface ReviewInvitationOptions {
  /** Set when a toetsingsgroep's schedule creates the invitation. */
  peerGroupId?: string | null;
}

/**
 * The quality officer's side of review invitations: invite a reviewer for a submitted round, list
 * the round's invitations, revoke one (which ends the reviewer's access at once). Every change is
 * in the round's event history.
 */
@Injectable()
export class ReviewInvitationsService {
  private readonly logger = new Logger('ReviewInvitations');
  private readonly links: InvitationLinks<ReviewInvitationEntity>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ReviewInvitationsRepository,
    private readonly readModel: ReviewInvitationsReadModel,
    private readonly access: RoundAccessService,
    private readonly organisations: OrganisationsService,
    private readonly events: RoundEventsService,
    private readonly clock: Clock,
    private readonly mailer: Mailer,
  ) {
    this.links = new InvitationLinks(ReviewInvitationEntity, clock);
  }

  async list(organisationId: string, roundId: string): Promise<ReviewInvitation[]> {
    await this.access.findRound(organisationId, roundId);
    const now = this.clock.now();
    return (await this.readModel.listOfRound(organisationId, roundId)).map((row) =>
      mapReviewInvitation(row, now),
    );
  }

  /**
   * Only a submitted round can be reviewed. An address gets one open invitation per round, a
   * member of the organisation none, and a round one active lead reviewer (the default for the
   * first invitation). The link is answered once and mailed to the address.
   */
  async create(
    actor: Actor,
    roundId: string,
    dto: CreateReviewInvitationDto,
    options: ReviewInvitationOptions = {},
    outer?: EntityManager,
  ): Promise<CreatedReviewInvitation> {
    const email = dto.email.trim().toLowerCase();
    const now = this.clock.now();
    const lastDay = reviewInvitationLastDay(isoDayIn(now), dto.expiresOn);
    const { token, tokenHash } = this.links.issue();
    const acceptUrl = `${REVIEW_ACCEPT_PATH}?token=${token}`;
    const created = await inTransaction(this.dataSource, outer, async (manager) => {
      const lead = await this.leadOf(manager, actor, roundId, email, dto.lead, now);
      const invitation = await this.repository.insert(manager, {
        organisationId: actor.organisationId,
        roundId,
        email,
        reviewerOrganisationName: dto.reviewerOrganisationName.trim(),
        message: dto.message?.trim() ?? '',
        lead,
        tokenHash,
        expiresAt: reviewInvitationExpiresAt(lastDay),
        invitedByUserId: actor.userId,
        acceptedByUserId: null,
        acceptedAt: null,
        revokedAt: null,
        revokedByUserId: null,
        peerGroupId: options.peerGroupId ?? null,
      });
      await this.events.record(manager, actor, {
        roundId,
        criterionCode: null,
        subject: 'review',
        subjectId: invitation.id,
        type: 'review-invitation.created',
        before: null,
        after: invitationSnapshot(invitation, 'pending'),
      });
      const row = await this.readModel.findOne(actor.organisationId, invitation.id, manager);
      if (!row) {
        throw notFound();
      }
      const round = await this.access.findRound(actor.organisationId, roundId, manager);
      await this.mailer.send(
        'review-invitation',
        email,
        {
          organisationName: await this.organisations.nameOf(actor.organisationId, manager),
          roundTitle: round.title,
          url: this.mailer.link(acceptUrl),
        },
        manager,
      );
      return row;
    });
    // The link is shown to the quality officer once: the log gets the id, never the token.
    this.logger.log(`Review invitation ${created.id} created`);
    return { ...mapReviewInvitation(created, now), acceptUrl };
  }

  /**
   * Checks the round and the address may get an invitation, and decides whether it is the lead.
   * Serialised per round, so two invitations sent at once cannot both become the lead.
   */
  private async leadOf(
    manager: EntityManager,
    actor: Actor,
    roundId: string,
    email: string,
    lead: boolean | undefined,
    now: Date,
  ): Promise<boolean> {
    const round = await this.access.findRound(actor.organisationId, roundId, manager);
    assertRoundReviewable(round.status);
    const members = await this.organisations.listMembers(actor.organisationId, manager);
    assertReviewerIsOutsider(
      members.some((member) => member.email === email),
      email,
    );
    await this.repository.lockRound(manager, roundId);
    const active = await this.repository.activeOfRound(roundId, now, manager);
    return leadOfNewInvitation(active, email, lead);
  }

  /**
   * Revoking ends the reviewer's access at once (the reviewer scope reads the row on every
   * request). Revoking twice changes nothing and records nothing.
   */
  async revoke(actor: Actor, invitationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await this.repository.lockOne(manager, actor.organisationId, invitationId);
      if (!invitation) {
        throw notFound();
      }
      if (invitation.revokedAt) {
        return;
      }
      const now = this.clock.now();
      const before = reviewInvitationStatus(invitation, now);
      // An access grant: revoking ends it even once accepted.
      await this.links.revoke(
        manager,
        invitation.id,
        { revokedByUserId: actor.userId },
        { evenIfAccepted: true },
      );
      await this.events.record(manager, actor, {
        roundId: invitation.roundId,
        criterionCode: null,
        subject: 'review',
        subjectId: invitation.id,
        type: 'review-invitation.revoked',
        before: invitationSnapshot(invitation, before),
        after: invitationSnapshot(invitation, 'revoked'),
      });
    });
  }

  /** Whether a user's accepted invitation for the round still grants access (for other contexts). */
  async hasActiveAccess(userId: string, roundId: string): Promise<boolean> {
    return (await this.repository.activeGrant(userId, roundId, this.clock.now())) !== null;
  }
}
