import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';

import { ReviewInvitationEntity } from './entities/review-invitation.entity';

export type NewReviewInvitation = Omit<
  ReviewInvitationEntity,
  'id' | 'createdAt' | 'organisation' | 'round' | 'invitedBy' | 'acceptedBy' | 'revokedBy'
>;

/** What a reviewer's access rests on: the invitation that covers a round. */
export interface ReviewGrantRow {
  id: string;
  organisationId: string;
  roundId: string;
}

/**
 * Every query of the review invitations table alone; the reviewed organisation's id comes first
 * where it scopes. The lists that join accounts and reviews are in review-invitations.read-model.ts.
 */
@Injectable()
export class ReviewInvitationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    invitation: NewReviewInvitation,
  ): Promise<ReviewInvitationEntity> {
    return manager.getRepository(ReviewInvitationEntity).save(invitation);
  }

  /** Locks the invitation for a revocation racing an acceptance. */
  lockOne(
    manager: EntityManager,
    organisationId: string,
    invitationId: string,
  ): Promise<ReviewInvitationEntity | null> {
    return manager
      .getRepository(ReviewInvitationEntity)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.id = :invitationId AND i.organisationId = :organisationId', {
        invitationId,
        organisationId,
      })
      .getOne();
  }

  /** Serialises the invitations of one round until the caller's transaction ends. */
  async lockRound(manager: EntityManager, roundId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `review-invitations:${roundId}`,
    ]);
  }

  /** Invitations of the round that are still open or in use (not revoked, not expired). */
  activeOfRound(
    roundId: string,
    now: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ReviewInvitationEntity[]> {
    return manager.getRepository(ReviewInvitationEntity).find({
      where: { roundId, revokedAt: IsNull(), expiresAt: MoreThan(now) },
    });
  }

  /**
   * The accepted, unrevoked, unexpired invitation of this user for the round, if any (the latest
   * expiry first when there are several).
   */
  async activeGrant(userId: string, roundId: string, now: Date): Promise<ReviewGrantRow | null> {
    const row = await this.dataSource.getRepository(ReviewInvitationEntity).findOne({
      select: { id: true, organisationId: true, roundId: true },
      where: {
        acceptedByUserId: userId,
        roundId,
        revokedAt: IsNull(),
        expiresAt: MoreThan(now),
      },
      order: { expiresAt: 'DESC' },
    });
    return row ? { id: row.id, organisationId: row.organisationId, roundId: row.roundId } : null;
  }

  async roundOfInvitation(invitationId: string): Promise<string | null> {
    const row = await this.dataSource
      .getRepository(ReviewInvitationEntity)
      .findOne({ select: { id: true, roundId: true }, where: { id: invitationId } });
    return row?.roundId ?? null;
  }
}
