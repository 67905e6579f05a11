import {
  assertReviewEditable,
  assertReviewSubmittable,
  assertRubricCriterion,
  checkReviewCompleteness,
  ReviewDetail,
  ReviewFinding,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { RoundAccessService } from '../assessments/round-access.service';
import { RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { notFound } from '../common/problems/problem.exception';
import { writeIfCurrent } from '../common/version-check';
import { SaveFindingDto, SaveOverallDto } from './dto/review-input.dto';
import { ReviewEntity } from './entities/review.entity';
import { ReviewNotifications } from './review-notifications';
import { currentFinding, findingSnapshot, mapFinding } from './review.mappers';
import { FindingRow, ReviewRow, ReviewsRepository } from './reviews.repository';
import { ReviewsService } from './reviews.service';

/**
 * What a reviewer writes: findings per criterion, the overall judgement, and submitting, which
 * locks the review. Each change is one transaction on the locked review row and one event in the
 * round's history.
 */
@Injectable()
export class ReviewWritingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ReviewsRepository,
    private readonly reviews: ReviewsService,
    private readonly access: RoundAccessService,
    private readonly events: RoundEventsService,
    private readonly clock: Clock,
    private readonly notify: ReviewNotifications,
  ) {}

  async saveFinding(
    actor: Actor,
    reviewId: string,
    criterionCode: string,
    dto: SaveFindingDto,
    outer?: EntityManager,
  ): Promise<ReviewFinding> {
    const review = await this.reviews.own(actor, reviewId, outer);
    await this.assertCriterion(review, criterionCode, outer);
    const next = {
      judgement: dto.judgement,
      finding: dto.finding.trim(),
      questions: dto.questions?.trim() ?? '',
    };
    const saved = await this.write(outer, reviewId, async (manager) => {
      const current = await this.repository.finding(reviewId, criterionCode, manager);
      if (current && sameFinding(current, next)) {
        return current;
      }
      const now = this.clock.now();
      const key = { reviewId, criterionCode };
      if (!current) {
        await this.repository.insertFinding(manager, { ...key, ...next, updatedAt: now });
      } else {
        await writeIfCurrent({
          expected: dto.version,
          actual: current.version,
          write: (version) =>
            this.repository.updateFinding(manager, key, version, { ...next, updatedAt: now }),
          current: () => Promise.resolve(currentFinding(current, review.reviewerName)),
        });
      }
      await this.repository.touchReview(manager, reviewId, now);
      await this.events.record(manager, actor, {
        roundId: review.roundId,
        criterionCode,
        subject: 'review',
        subjectId: reviewId,
        type: 'review.finding-saved',
        before: current ? findingSnapshot(current) : null,
        after: findingSnapshot(next),
      });
      return (await this.repository.finding(reviewId, criterionCode, manager)) as FindingRow;
    });
    return mapFinding(saved);
  }

  async saveOverall(
    actor: Actor,
    reviewId: string,
    dto: SaveOverallDto,
    outer?: EntityManager,
  ): Promise<ReviewDetail> {
    const review = await this.reviews.own(actor, reviewId, outer);
    const next = {
      overallJudgement: dto.judgement,
      strengths: dto.strengths.trim(),
      improvements: dto.improvements.trim(),
    };
    return this.write(outer, reviewId, async (manager, locked) => {
      // The review row is locked, so the update itself cannot lose to another.
      await writeIfCurrent({
        expected: dto.version,
        actual: locked.version,
        write: async () => {
          await this.repository.updateReview(manager, reviewId, {
            ...next,
            updatedAt: this.clock.now(),
          });
          return true;
        },
        current: async () => ({
          current: await this.reviews.detail(review, 'reviewer', manager),
          updatedBy: review.reviewerName,
          updatedAt: locked.updatedAt.toISOString(),
        }),
      });
      await this.events.record(manager, actor, {
        roundId: review.roundId,
        criterionCode: null,
        subject: 'review',
        subjectId: reviewId,
        type: 'review.overall-saved',
        before: overallSnapshot(locked),
        after: overallSnapshot(next),
      });
      return this.reloaded(reviewId, manager);
    });
  }

  /**
   * Locks the review for good, once every criterion and the overall judgement are judged; after
   * the leerrapport is issued a late review can no longer join it.
   */
  async submit(actor: Actor, reviewId: string, outer?: EntityManager): Promise<ReviewDetail> {
    const review = await this.reviews.own(actor, reviewId, outer);
    const round = await this.access.findRound(review.organisationId, review.roundId, outer);
    const rubric = await this.access.rubricOf(round, outer);
    return this.write(outer, reviewId, async (manager, locked) => {
      const issued = (await this.repository.findLeerrapport(review.roundId, manager)) !== null;
      const findings = await this.repository.findings([reviewId], manager);
      assertReviewSubmittable(
        issued,
        checkReviewCompleteness(rubric, findings, locked.overallJudgement),
      );
      const now = this.clock.now();
      await this.repository.updateReview(manager, reviewId, {
        status: 'submitted',
        submittedAt: now,
        updatedAt: now,
      });
      await this.events.record(manager, actor, {
        roundId: review.roundId,
        criterionCode: null,
        subject: 'review',
        subjectId: reviewId,
        type: 'review.submitted',
        before: { status: 'draft' },
        after: { status: 'submitted', overallJudgement: locked.overallJudgement },
      });
      await this.notify.tell(manager, review.organisationId, {
        kind: 'review-submitted',
        roundId: review.roundId,
        reviews: await this.repository.rows({ roundId: review.roundId }, manager),
        actorUserId: actor.userId,
        params: { actorName: actor.displayName, roundTitle: round.title },
      });
      return this.reloaded(reviewId, manager);
    });
  }

  /** One transaction on the locked review, refused once it is submitted. */
  private write<T>(
    outer: EntityManager | undefined,
    reviewId: string,
    work: (manager: EntityManager, locked: ReviewEntity) => Promise<T>,
  ): Promise<T> {
    const run = async (manager: EntityManager) => {
      const locked = await this.repository.lockReview(manager, reviewId);
      if (!locked) {
        throw notFound();
      }
      assertReviewEditable(locked.status);
      return work(manager, locked);
    };
    return outer ? run(outer) : this.dataSource.transaction(run);
  }

  private async reloaded(reviewId: string, manager: EntityManager): Promise<ReviewDetail> {
    const row = (await this.repository.row(reviewId, manager)) as ReviewRow;
    return this.reviews.detail(row, 'reviewer', manager);
  }

  private async assertCriterion(
    review: ReviewRow,
    criterionCode: string,
    manager?: EntityManager,
  ): Promise<void> {
    const round = await this.access.findRound(review.organisationId, review.roundId, manager);
    assertRubricCriterion(await this.access.rubricOf(round, manager), criterionCode);
  }
}

function sameFinding(
  current: Pick<FindingRow, 'judgement' | 'finding' | 'questions'>,
  next: Pick<FindingRow, 'judgement' | 'finding' | 'questions'>,
): boolean {
  return (
    current.judgement === next.judgement &&
    current.finding === next.finding &&
    current.questions === next.questions
  );
}

function overallSnapshot(
  review: Pick<ReviewEntity, 'overallJudgement' | 'strengths' | 'improvements'>,
) {
  return {
    overallJudgement: review.overallJudgement,
    strengths: review.strengths,
    improvements: review.improvements,
  };
}
