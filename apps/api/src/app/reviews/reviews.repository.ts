import { PeerJudgement, ReviewStatus } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';

import { LeerrapportEntity } from './entities/leerrapport.entity';
import { ReviewFindingEntity } from './entities/review-finding.entity';
import { ReviewEntity } from './entities/review.entity';

/** A review with what the lists and pages show of its invitation, round and reviewer. */
export interface ReviewRow {
  id: string;
  invitationId: string;
  roundId: string;
  organisationId: string;
  reviewerUserId: string;
  status: ReviewStatus;
  overallJudgement: PeerJudgement | null;
  strengths: string;
  improvements: string;
  submittedAt: Date | null;
  version: number;
  lead: boolean;
  expiresAt: Date;
  revokedAt: Date | null;
  reviewerOrganisationName: string;
  roundTitle: string;
  organisationName: string;
  reviewerName: string;
}

/** A finding with the name of whoever responded to it. */
export type FindingRow = ReviewFindingEntity & { respondedByName: string | null };

export type ReviewScope =
  | { reviewId: string }
  | { reviewerUserId: string }
  | { organisationId: string }
  | { roundId: string };

const SCOPE_COLUMN: Record<string, string> = {
  reviewId: 'r.id',
  reviewerUserId: 'r.reviewer_user_id',
  organisationId: 'r.organisation_id',
  roundId: 'r.round_id',
};

const REVIEW_ROWS = `
  SELECT r.id, r.invitation_id AS "invitationId", r.round_id AS "roundId",
         r.organisation_id AS "organisationId", r.reviewer_user_id AS "reviewerUserId",
         r.status, r.overall_judgement AS "overallJudgement", r.strengths, r.improvements,
         r.submitted_at AS "submittedAt", r.version, i.lead, i.expires_at AS "expiresAt",
         i.revoked_at AS "revokedAt", i.reviewer_organisation_name AS "reviewerOrganisationName",
         ar.title AS "roundTitle", o.name AS "organisationName", u.display_name AS "reviewerName"
    FROM reviews r
    JOIN review_invitations i ON i.id = r.invitation_id
    JOIN assessment_rounds ar ON ar.id = r.round_id
    JOIN organisations o ON o.id = r.organisation_id
    JOIN users u ON u.id = r.reviewer_user_id`;

/** Every query of the reviews context: reviews, their findings and the round's leerrapport. */
@Injectable()
export class ReviewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async insertReview(
    manager: EntityManager,
    review: Pick<ReviewEntity, 'invitationId' | 'roundId' | 'organisationId' | 'reviewerUserId'>,
  ): Promise<string> {
    const repository = manager.getRepository(ReviewEntity);
    const saved = await repository.save(repository.create({ ...review, status: 'draft' }));
    return saved.id;
  }

  findByInvitation(manager: EntityManager, invitationId: string): Promise<ReviewEntity | null> {
    return manager.getRepository(ReviewEntity).findOneBy({ invitationId });
  }

  async rows(scope: ReviewScope, manager?: EntityManager): Promise<ReviewRow[]> {
    const [key, value] = Object.entries(scope)[0] as [string, string];
    const rows: ReviewRow[] = await this.manager(manager).query(
      `${REVIEW_ROWS} WHERE ${SCOPE_COLUMN[key]} = $1 ORDER BY i.lead DESC, r.created_at, r.id`,
      [value],
    );
    return rows;
  }

  async row(reviewId: string, manager?: EntityManager): Promise<ReviewRow | null> {
    return (await this.rows({ reviewId }, manager))[0] ?? null;
  }

  /** The review row locked for the rest of the transaction: writes to one review go one by one. */
  lockReview(manager: EntityManager, reviewId: string): Promise<ReviewEntity | null> {
    return manager
      .getRepository(ReviewEntity)
      .createQueryBuilder('r')
      .where('r.id = :reviewId', { reviewId })
      .setLock('pessimistic_write')
      .getOne();
  }

  async updateReview(
    manager: EntityManager,
    reviewId: string,
    patch: Partial<ReviewEntity>,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(ReviewEntity)
      .set({ ...patch, version: () => 'version + 1' })
      .where('id = :reviewId', { reviewId })
      .execute();
  }

  /**
   * Marks the review as changed without a new version: a finding has its own, and the review's
   * guards only the overall judgement and the status, so saving a finding does not make an open
   * overall form stale.
   */
  async touchReview(manager: EntityManager, reviewId: string, updatedAt: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(ReviewEntity)
      .set({ updatedAt })
      .where('id = :reviewId', { reviewId })
      .execute();
  }

  findings(reviewIds: string[], manager?: EntityManager): Promise<FindingRow[]> {
    if (reviewIds.length === 0) {
      return Promise.resolve([]);
    }
    return this.manager(manager).query(
      `SELECT f.review_id AS "reviewId", f.criterion_code AS "criterionCode", f.judgement,
              f.finding, f.questions, f.response, f.responded_by_user_id AS "respondedByUserId",
              f.responded_at AS "respondedAt", f.action_id AS "actionId",
              f.updated_at AS "updatedAt", f.version, u.display_name AS "respondedByName"
         FROM review_findings f
         LEFT JOIN users u ON u.id = f.responded_by_user_id
        WHERE f.review_id = ANY($1::uuid[])
        ORDER BY f.review_id, f.criterion_code`,
      [reviewIds],
    );
  }

  async finding(
    reviewId: string,
    criterionCode: string,
    manager?: EntityManager,
  ): Promise<FindingRow | null> {
    const rows = await this.findings([reviewId], manager);
    return rows.find((row) => row.criterionCode === criterionCode) ?? null;
  }

  async insertFinding(
    manager: EntityManager,
    finding: Pick<
      ReviewFindingEntity,
      'reviewId' | 'criterionCode' | 'judgement' | 'finding' | 'questions' | 'updatedAt'
    >,
  ): Promise<void> {
    await manager.getRepository(ReviewFindingEntity).insert({ ...finding, version: 1 });
  }

  /** Changes a finding only when it still has the version the change was based on. */
  async updateFinding(
    manager: EntityManager,
    key: { reviewId: string; criterionCode: string },
    expectedVersion: number,
    patch: Partial<ReviewFindingEntity>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ReviewFindingEntity)
      .set({ ...patch, version: () => 'version + 1' })
      .where(
        'review_id = :reviewId AND criterion_code = :criterionCode AND version = :expectedVersion',
        {
          ...key,
          expectedVersion,
        },
      )
      .execute();
    return result.affected === 1;
  }

  findLeerrapport(roundId: string, manager?: EntityManager): Promise<LeerrapportEntity | null> {
    return this.manager(manager).getRepository(LeerrapportEntity).findOneBy({ roundId });
  }

  /** Leerrapports still in hoor en wederhoor whose period ended before `today`. */
  async endedHearings(today: string): Promise<{ organisationId: string; roundId: string }[]> {
    return this.manager()
      .getRepository(LeerrapportEntity)
      .createQueryBuilder('l')
      .select(['l.organisationId', 'l.roundId'])
      .where("l.status = 'hearing'")
      .andWhere('l.hearingEndsOn < :today', { today })
      .getMany();
  }

  /** Responses share-lock it, so finalising (write lock) waits until they are written. */
  lockLeerrapport(
    manager: EntityManager,
    roundId: string,
    mode: 'pessimistic_read' | 'pessimistic_write',
  ): Promise<LeerrapportEntity | null> {
    return manager
      .getRepository(LeerrapportEntity)
      .createQueryBuilder('l')
      .where('l.roundId = :roundId', { roundId })
      .setLock(mode)
      .getOne();
  }

  async insertLeerrapport(
    manager: EntityManager,
    leerrapport: Omit<LeerrapportEntity, 'version'>,
  ): Promise<void> {
    await manager.getRepository(LeerrapportEntity).insert({ ...leerrapport, version: 1 });
  }

  async updateLeerrapport(
    manager: EntityManager,
    roundId: string,
    patch: Partial<LeerrapportEntity>,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(LeerrapportEntity)
      .set({ ...patch, version: () => 'version + 1' })
      .where('round_id = :roundId', { roundId })
      .execute();
  }

  /** Which of these invitations opened a review, and which one. */
  async reviewIdsByInvitation(invitationIds: string[]): Promise<Map<string, string>> {
    const rows =
      invitationIds.length === 0
        ? []
        : await this.dataSource.getRepository(ReviewEntity).find({
            select: { id: true, invitationId: true },
            where: { invitationId: In(invitationIds) },
          });
    return new Map(rows.map((row) => [row.invitationId, row.id]));
  }
}
