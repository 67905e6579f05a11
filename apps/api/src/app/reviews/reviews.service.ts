import { ReviewDetail, ReviewPerspective, ReviewSummary } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { RoundAccessService } from '../assessments/round-access.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { SessionContext } from '../common/auth/request-context';
import { Clock } from '../common/clock';
import { notFound } from '../common/problems/problem.exception';
import { OrganisationsService } from '../organisations/organisations.service';
import { mapDetail, mapSummary } from './review.mappers';
import { ReviewRow, ReviewsRepository } from './reviews.repository';

/** What an accepted invitation opens: the reviewer's own, empty review of the round. */
export interface OpenReview {
  invitationId: string;
  roundId: string;
  organisationId: string;
  reviewerUserId: string;
}

export interface VisibleReview {
  row: ReviewRow;
  perspective: ReviewPerspective;
}

/**
 * Reviews of submitted rounds (intercollegiale toetsing): opening one when an invitation is
 * accepted, listing them, and reading one, each only as far as the actor may see it.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly repository: ReviewsRepository,
    private readonly access: RoundAccessService,
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Called by the invitation acceptance, inside its transaction: opens the draft review of this
   * invitation, or returns the one it already opened.
   */
  async openForInvitation(manager: EntityManager, review: OpenReview): Promise<string> {
    const existing = await this.repository.findByInvitation(manager, review.invitationId);
    return existing ? existing.id : this.repository.insertReview(manager, review);
  }

  /** For each invitation that opened a review, the review's id. */
  reviewIdsByInvitation(invitationIds: string[]): Promise<Map<string, string>> {
    return this.repository.reviewIdsByInvitation(invitationIds);
  }

  /**
   * The reviews the user writes (with the state of their invitation), then the reviews of the
   * active organisation's rounds; a draft of someone else is listed but cannot be opened.
   */
  async list(session: SessionContext): Promise<ReviewSummary[]> {
    const now = this.clock.now();
    const membership = session.activeOrganisationId
      ? await this.organisations.findMembership(session.activeOrganisationId, session.userId)
      : null;
    const [own, ofOrganisation] = await Promise.all([
      this.repository.rows({ reviewerUserId: session.userId }),
      membership ? this.repository.rows({ organisationId: membership.organisationId }) : [],
    ]);
    const ownIds = new Set(own.map((row) => row.id));
    return [
      ...own.map((row) => mapSummary(row, 'reviewer', now)),
      ...ofOrganisation
        .filter((row) => !ownIds.has(row.id))
        .map((row) => mapSummary(row, 'organisation', now)),
    ];
  }

  async get(actor: Actor, reviewId: string): Promise<ReviewDetail> {
    const { row, perspective } = await this.visible(actor, reviewId);
    return this.detail(row, perspective);
  }

  async detail(
    row: ReviewRow,
    perspective: ReviewPerspective,
    manager?: EntityManager,
  ): Promise<ReviewDetail> {
    const round = await this.access.findRound(row.organisationId, row.roundId, manager);
    const rubric = await this.access.rubricOf(round, manager);
    const findings = await this.repository.findings([row.id], manager);
    const order = rubric.domains.flatMap((domain) => domain.criteria.map((c) => c.code));
    return mapDetail(row, findings, perspective, this.clock.now(), order);
  }

  /**
   * A reviewer sees their own review and the submitted reviews of the others on the same round;
   * a member of the reviewed organisation sees the submitted reviews of its rounds. Anything
   * else does not exist for them.
   */
  async visible(actor: Actor, reviewId: string, manager?: EntityManager): Promise<VisibleReview> {
    const row = await this.repository.row(reviewId, manager);
    if (!row || row.organisationId !== actor.organisationId) {
      throw notFound();
    }
    if (actor.role === 'reviewer') {
      const own = row.invitationId === actor.review?.invitationId;
      if (row.roundId !== actor.review?.roundId || (!own && row.status !== 'submitted')) {
        throw notFound();
      }
      return { row, perspective: 'reviewer' };
    }
    if (row.status !== 'submitted') {
      throw notFound();
    }
    return { row, perspective: 'organisation' };
  }

  /** Only the reviewer who wrote it may change a review; to anyone else it does not exist. */
  async own(actor: Actor, reviewId: string, manager?: EntityManager): Promise<ReviewRow> {
    const row = await this.repository.row(reviewId, manager);
    if (
      !row ||
      actor.role !== 'reviewer' ||
      row.organisationId !== actor.organisationId ||
      row.invitationId !== actor.review?.invitationId
    ) {
      throw notFound();
    }
    return row;
  }
}
