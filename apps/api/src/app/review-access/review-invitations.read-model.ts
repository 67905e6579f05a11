import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { UserEntity } from '../auth/entities/user.entity';
import { ReviewEntity } from '../reviews/entities/review.entity';
import { ReviewInvitationEntity } from './entities/review-invitation.entity';

/** An invitation with the names of the people on it and the review its acceptance opened. */
export interface ReviewInvitationRow {
  id: string;
  organisationId: string;
  roundId: string;
  email: string;
  reviewerOrganisationName: string;
  message: string;
  lead: boolean;
  expiresAt: Date;
  createdAt: Date;
  invitedByUserId: string;
  invitedByName: string | null;
  acceptedByUserId: string | null;
  acceptedByName: string | null;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  reviewId: string | null;
}

const ROW_COLUMNS = [
  'id',
  'organisationId',
  'roundId',
  'email',
  'reviewerOrganisationName',
  'message',
  'lead',
  'expiresAt',
  'createdAt',
  'invitedByUserId',
  'acceptedByUserId',
  'acceptedAt',
  'revokedAt',
] as const;

/**
 * Read model: the review invitations as the quality officer's list shows them, joined with the
 * accounts (auth) of the inviter and the accepter and the review (reviews) an acceptance opened,
 * and the round a review belongs to for the reviewer scope. Reads only; every write to those
 * contexts goes through their services.
 */
@Injectable()
export class ReviewInvitationsReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The round's invitations, newest first, with names and review ids in one query. */
  listOfRound(
    organisationId: string,
    roundId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ReviewInvitationRow[]> {
    return this.rows(manager)
      .where('i.organisationId = :organisationId AND i.roundId = :roundId', {
        organisationId,
        roundId,
      })
      .orderBy('i.createdAt', 'DESC')
      .addOrderBy('i.id', 'ASC')
      .getRawMany<ReviewInvitationRow>();
  }

  async findOne(
    organisationId: string,
    invitationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ReviewInvitationRow | null> {
    const row = await this.rows(manager)
      .where('i.organisationId = :organisationId AND i.id = :invitationId', {
        organisationId,
        invitationId,
      })
      .getRawOne<ReviewInvitationRow>();
    return row ?? null;
  }

  private rows(manager: EntityManager) {
    return manager
      .createQueryBuilder(ReviewInvitationEntity, 'i')
      .leftJoin(UserEntity, 'inviter', 'inviter.id = i.invitedByUserId')
      .leftJoin(UserEntity, 'accepter', 'accepter.id = i.acceptedByUserId')
      .leftJoin(ReviewEntity, 'review', 'review.invitationId = i.id')
      .select(ROW_COLUMNS.map((column) => `i.${column} AS "${column}"`))
      .addSelect([
        'inviter.displayName AS "invitedByName"',
        'accepter.displayName AS "acceptedByName"',
      ])
      .addSelect('review.id', 'reviewId');
  }

  /** The round a review is of: the scope of a path with a review id. */
  async roundOfReview(reviewId: string): Promise<string | null> {
    const row = await this.dataSource
      .getRepository(ReviewEntity)
      .findOne({ select: { id: true, roundId: true }, where: { id: reviewId } });
    return row?.roundId ?? null;
  }
}
