import { Injectable } from '@nestjs/common';
import { Request } from 'express';

import { ReviewerGrant, SessionContext } from '../common/auth/request-context';
import { ReviewerScope, roundIdInPath } from '../common/auth/reviewer-scope';
import { Clock } from '../common/clock';
import { OrganisationsService } from '../organisations/organisations.service';
import { ReviewInvitationsReadModel } from './review-invitations.read-model';
import { ReviewInvitationsRepository } from './review-invitations.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const uuidOrNull = (value: unknown): string | null =>
  typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : null;

/**
 * The reviewer access of a request, asked by the global guard for permissions the table grants
 * to reviewers. The round comes from the path only (`roundId`, or the round of `reviewId` or of
 * `invitationId`); the grant is an accepted, unrevoked invitation of this very user whose expiry
 * is still ahead (by the Clock). A member of the reviewed organisation never gets one: they act
 * as the member they are.
 */
@Injectable()
export class ReviewerScopeService implements ReviewerScope {
  constructor(
    private readonly repository: ReviewInvitationsRepository,
    private readonly readModel: ReviewInvitationsReadModel,
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
  ) {}

  async resolve(request: Request, session: SessionContext): Promise<ReviewerGrant | null> {
    const roundId = await this.roundOf((request.params ?? {}) as Record<string, unknown>);
    if (!roundId) {
      return null;
    }
    const grant = await this.repository.activeGrant(session.userId, roundId, this.clock.now());
    if (!grant) {
      return null;
    }
    if (await this.organisations.findMembership(grant.organisationId, session.userId)) {
      return null;
    }
    return { invitationId: grant.id, organisationId: grant.organisationId, roundId: grant.roundId };
  }

  /** Malformed ids are no round: the route's own pipes answer them (404). */
  private async roundOf(params: Record<string, unknown>): Promise<string | null> {
    const roundId = roundIdInPath(params);
    if (roundId !== undefined) {
      return roundId;
    }
    const reviewId = uuidOrNull(params['reviewId']);
    if (reviewId) {
      return this.readModel.roundOfReview(reviewId);
    }
    const invitationId = uuidOrNull(params['invitationId']);
    return invitationId ? this.repository.roundOfInvitation(invitationId) : null;
  }
}
