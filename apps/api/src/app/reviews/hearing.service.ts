import {
  assertActionRound,
  assertDueDateNotPast,
  assertFindingWithoutAction,
  ImprovementAction,
  isoDayIn,
  ReviewFinding,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { ActionsService } from '../actions/actions.service';
import { RoundAccessService } from '../assessments/round-access.service';
import { RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { notFound } from '../common/problems/problem.exception';
import { inTransaction } from '../common/transaction';
import { writeIfCurrent } from '../common/version-check';
import { FindingActionDto, RespondToFindingDto } from './dto/review-input.dto';
import { LeerrapportService } from './leerrapport.service';
import { currentFinding, mapFinding } from './review.mappers';
import { FindingRow, ReviewsRepository } from './reviews.repository';
import { ReviewsService } from './reviews.service';

/**
 * Hoor en wederhoor, the reviewed organisation's side: its quality officer responds to each
 * finding while the hearing is open, and can turn a finding into a verbeteractie in one step.
 */
@Injectable()
export class HearingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ReviewsRepository,
    private readonly reviews: ReviewsService,
    private readonly leerrapports: LeerrapportService,
    private readonly access: RoundAccessService,
    private readonly actions: ActionsService,
    private readonly events: RoundEventsService,
    private readonly clock: Clock,
  ) {}

  async respond(
    actor: Actor,
    reviewId: string,
    criterionCode: string,
    dto: RespondToFindingDto,
    outer?: EntityManager,
  ): Promise<ReviewFinding> {
    const { row: review } = await this.reviews.visible(actor, reviewId, outer);
    await this.leerrapports.openHearing(actor.organisationId, review.roundId, reviewId, outer);
    const text = dto.text.trim();
    const saved = await inTransaction(this.dataSource, outer, async (manager) => {
      await this.leerrapports.lockOpenHearing(manager, review.roundId);
      const current = await this.repository.finding(reviewId, criterionCode, manager);
      if (!current) {
        throw notFound();
      }
      const now = this.clock.now();
      await writeIfCurrent({
        expected: dto.version,
        actual: current.version,
        write: (version) =>
          this.repository.updateFinding(manager, { reviewId, criterionCode }, version, {
            response: text,
            respondedByUserId: actor.userId,
            respondedAt: now,
            updatedAt: now,
          }),
        current: () =>
          Promise.resolve(currentFinding(current, current.respondedByName ?? review.reviewerName)),
      });
      await this.events.record(manager, actor, {
        roundId: review.roundId,
        criterionCode,
        subject: 'review',
        subjectId: reviewId,
        type: 'finding.responded',
        before: { response: current.response },
        after: { response: text },
      });
      return (await this.repository.finding(reviewId, criterionCode, manager)) as FindingRow;
    });
    return mapFinding(saved);
  }

  /**
   * Plans a verbeteractie from a finding and links the two. A submitted round never changes, so
   * the action goes into the organisation's open round (the newest, unless one is named), on
   * the same criterion; without an open round there is nowhere to plan it.
   */
  async createAction(
    actor: Actor,
    reviewId: string,
    criterionCode: string,
    dto: FindingActionDto,
    outer?: EntityManager,
  ): Promise<ImprovementAction> {
    const { row: review } = await this.reviews.visible(actor, reviewId, outer);
    assertDueDateNotPast(dto.dueDate, isoDayIn(this.clock.now()));
    const target = assertActionRound(
      dto.roundId
        ? await this.access.findRound(actor.organisationId, dto.roundId, outer)
        : await this.access.newestOpenRound(actor.organisationId),
    );
    return inTransaction(this.dataSource, outer, async (manager) => {
      await this.repository.lockReview(manager, reviewId);
      const current = await this.repository.finding(reviewId, criterionCode, manager);
      if (!current) {
        throw notFound();
      }
      assertFindingWithoutAction(current);
      const action = await this.actions.create(
        actor,
        target.id,
        {
          criterionCode,
          title: dto.title,
          description: dto.description,
          ownerId: dto.ownerMemberId,
          dueDate: dto.dueDate,
        },
        manager,
      );
      await this.repository.updateFinding(manager, { reviewId, criterionCode }, current.version, {
        actionId: action.id,
        updatedAt: this.clock.now(),
      });
      await this.events.record(manager, actor, {
        roundId: review.roundId,
        criterionCode,
        subject: 'review',
        subjectId: reviewId,
        type: 'finding.action-created',
        before: null,
        after: { actionId: action.id, actionRoundId: target.id, title: action.title },
      });
      return action;
    });
  }
}
