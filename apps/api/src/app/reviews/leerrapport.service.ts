import {
  assertHearingOpen,
  assertHearingStarted,
  assertLeerrapportFinalisable,
  assertLeerrapportNotIssued,
  assertMayIssueLeerrapport,
  DEFAULT_HEARING_DAYS,
  effectiveLeerrapportStatus,
  hearingEndsOn,
  isHearingOpen,
  isoDayIn,
  Leerrapport,
  leerrapportContentHashInput,
  leerrapportContentOf,
  leerrapportIssued,
  MergedLeerrapport,
  mergeLeerrapport,
  reviewAccessOf,
  RubricVersionDetail,
} from '@labelklaar/domain';

import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { RoundAccessService } from '../assessments/round-access.service';
import { RoundChange, RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { notFound, ProblemException } from '../common/problems/problem.exception';
import { inTransaction } from '../common/transaction';
import { isUniqueViolation } from '../common/unique-violation';
import { IssueLeerrapportDto } from './dto/review-input.dto';
import { LeerrapportEntity } from './entities/leerrapport.entity';
import { ReviewNotifications } from './review-notifications';
import { reviewForMerge } from './review.mappers';
import { ReviewRow, ReviewsRepository } from './reviews.repository';

/** Everything a leerrapport is shown from: the row (once issued), its reviews and their merge. */
export interface LeerrapportData {
  row: LeerrapportEntity | null;
  reviews: ReviewRow[];
  rubric: RubricVersionDetail;
  merged: MergedLeerrapport;
  leerrapport: Leerrapport;
}

/** What issuing writes: the merge of the submitted reviews and the hearing period. */
interface Issue {
  roundId: string;
  lead: ReviewRow;
  reviewIds: string[];
  merged: MergedLeerrapport;
  now: Date;
  endsOn: string;
}

const leerrapportNotFound = () => new ProblemException(404, 'leerrapport-not-found');

/**
 * The round's leerrapport: the lead reviewer issues it (merging the submitted reviews and opening
 * hoor en wederhoor); it becomes final when the quality officer closes the hearing or, lazily,
 * on the first request after the period ended. Final records the content and its sha256, and
 * the round becomes 'reviewed'.
 */
@Injectable()
export class LeerrapportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ReviewsRepository,
    private readonly access: RoundAccessService,
    private readonly events: RoundEventsService,
    private readonly clock: Clock,
    private readonly notify: ReviewNotifications,
  ) {}

  today(): string {
    return isoDayIn(this.clock.now());
  }

  async get(actor: Actor, roundId: string): Promise<Leerrapport> {
    return (await this.load(actor.organisationId, roundId)).leerrapport;
  }

  /**
   * The leerrapport as it is today; before it is issued, a draft preview of the submitted reviews.
   * 404 while there is nothing to show (no leerrapport and no submitted review).
   */
  async load(
    organisationId: string,
    roundId: string,
    manager?: EntityManager,
  ): Promise<LeerrapportData> {
    const round = await this.access.findRound(organisationId, roundId, manager);
    const row = await this.settle(organisationId, roundId, manager);
    const rubric = await this.access.rubricOf(round, manager);
    const all = await this.repository.rows({ roundId }, manager);
    const reviews = row
      ? all.filter((review) => row.merged.reviewIds.includes(review.id))
      : all.filter((review) => review.status === 'submitted');
    if (!row && reviews.length === 0) {
      throw leerrapportNotFound();
    }
    const findings = await this.repository.findings(
      reviews.map((review) => review.id),
      manager,
    );
    const merged = mergeLeerrapport(
      rubric,
      reviews.map((review) => reviewForMerge(review, findings)),
    );
    const status = row?.status ?? 'draft';
    const leerrapport: Leerrapport = {
      roundId,
      roundTitle: round.title,
      organisationName: reviews[0]?.organisationName ?? all[0]?.organisationName ?? '',
      status,
      leadReviewId: row?.leadReviewId ?? null,
      issuedAt: row?.issuedAt.toISOString() ?? null,
      hearingEndsOn: row?.hearingEndsOn ?? null,
      hearingOpen: isHearingOpen(status, row?.hearingEndsOn ?? null, this.today()),
      finalisedAt: row?.finalisedAt?.toISOString() ?? null,
      contentHash: row?.contentHash ?? null,
      criteria: merged.criteria,
      overall: merged.overall,
    };
    return { row, reviews, rubric, merged, leerrapport };
  }

  /** The lead reviewer merges the submitted reviews and starts the hearing period. */
  async issue(
    actor: Actor,
    roundId: string,
    dto: IssueLeerrapportDto,
    outer?: EntityManager,
  ): Promise<Leerrapport> {
    const reviews = await this.repository.rows({ roundId }, outer);
    const now = this.clock.now();
    const lead = this.leadReviewOf(actor, reviews, now);
    const { merged } = await this.load(actor.organisationId, roundId, outer);
    const issue: Issue = {
      roundId,
      lead,
      reviewIds: reviews.filter((r) => r.status === 'submitted').map((r) => r.id),
      merged,
      now,
      endsOn: hearingEndsOn(isoDayIn(now), dto.hearingDays ?? DEFAULT_HEARING_DAYS),
    };
    try {
      await inTransaction(this.dataSource, outer, (manager) =>
        this.insertIssued(manager, actor, issue),
      );
    } catch (error) {
      throw isUniqueViolation(error, 'pk_leerrapports') ? leerrapportIssued() : error;
    }
    return (await this.load(actor.organisationId, roundId, outer)).leerrapport;
  }

  private async insertIssued(manager: EntityManager, actor: Actor, issue: Issue): Promise<void> {
    const { roundId, lead, reviewIds, merged, now, endsOn } = issue;
    assertLeerrapportNotIssued(await this.repository.findLeerrapport(roundId, manager));
    await this.repository.insertLeerrapport(manager, {
      roundId,
      organisationId: actor.organisationId,
      status: 'hearing',
      merged: {
        reviewIds,
        criteria: Object.fromEntries(
          merged.criteria.map((c) => [c.criterionCode, c.mergedJudgement]),
        ),
        overall: merged.overall.mergedJudgement,
      },
      leadReviewId: lead.id,
      issuedByUserId: actor.userId,
      issuedAt: now,
      hearingEndsOn: endsOn,
      finalisedAt: null,
      finalisedByUserId: null,
      finalContent: null,
      contentHash: null,
    });
    await this.events.record(manager, actor, {
      ...this.change(roundId, lead.id, 'leerrapport.issued'),
      before: null,
      after: {
        status: 'hearing',
        hearingEndsOn: endsOn,
        reviewIds,
        overallJudgement: merged.overall.mergedJudgement,
      },
    });
    await this.notify.tell(manager, actor.organisationId, {
      kind: 'leerrapport-issued',
      roundId,
      reviews: [lead],
      actorUserId: actor.userId,
      params: { roundTitle: lead.roundTitle, hearingEndsOn: endsOn },
    });
  }

  /**
   * Only the lead reviewer issues, with their own review submitted, and not while another
   * reviewer with an active invitation is still writing (expired or revoked drafts are left out).
   */
  private leadReviewOf(actor: Actor, reviews: ReviewRow[], now: Date): ReviewRow {
    const own = reviews.find((review) => review.invitationId === actor.review?.invitationId);
    if (!own || own.organisationId !== actor.organisationId) {
      throw notFound();
    }
    assertMayIssueLeerrapport(
      own,
      reviews.map((review) => ({ ...review, access: reviewAccessOf(review, now) })),
    );
    return own;
  }

  /** The quality officer closes the hearing before its period ends. */
  async finalise(actor: Actor, roundId: string, outer?: EntityManager): Promise<Leerrapport> {
    await this.access.findRound(actor.organisationId, roundId, outer);
    await this.settle(actor.organisationId, roundId, outer);
    await inTransaction(this.dataSource, outer, async (manager) => {
      const locked = await this.repository.lockLeerrapport(manager, roundId, 'pessimistic_write');
      const row = assertLeerrapportFinalisable(
        locked?.organisationId === actor.organisationId ? locked : null,
      );
      await this.finaliseIn(manager, row, actor);
    });
    return (await this.load(actor.organisationId, roundId, outer)).leerrapport;
  }

  /**
   * The leerrapport row with its status brought up to date: a hearing whose period has ended is
   * made final here, by nobody in particular, before anything is shown or answered.
   */
  async settle(
    organisationId: string,
    roundId: string,
    manager?: EntityManager,
  ): Promise<LeerrapportEntity | null> {
    const row = await this.repository.findLeerrapport(roundId, manager);
    if (!row || row.organisationId !== organisationId) {
      return null;
    }
    if (effectiveLeerrapportStatus(row.status, row.hearingEndsOn, this.today()) === row.status) {
      return row;
    }
    const finalise = async (inner: EntityManager) => {
      const locked = await this.repository.lockLeerrapport(inner, roundId, 'pessimistic_write');
      if (locked && locked.status === 'hearing') {
        await this.finaliseIn(inner, locked, null);
      }
      return this.repository.findLeerrapport(roundId, inner);
    };
    return manager ? finalise(manager) : this.dataSource.transaction(finalise);
  }

  private async finaliseIn(
    manager: EntityManager,
    row: LeerrapportEntity,
    actor: Actor | null,
  ): Promise<void> {
    const now = this.clock.now();
    const round = await this.access.findRound(row.organisationId, row.roundId, manager);
    const rubric = await this.access.rubricOf(round, manager);
    const reviews = (await this.repository.rows({ roundId: row.roundId }, manager)).filter(
      (review) => row.merged.reviewIds.includes(review.id),
    );
    const findings = await this.repository.findings(
      reviews.map((review) => review.id),
      manager,
    );
    const merged = mergeLeerrapport(
      rubric,
      reviews.map((review) => reviewForMerge(review, findings)),
    );
    const content = leerrapportContentOf(
      {
        organisation: { id: row.organisationId, name: reviews[0]?.organisationName ?? '' },
        round: { id: round.id, title: round.title, contentHash: round.contentHash },
        issuedAt: row.issuedAt.toISOString(),
        hearingEndsOn: row.hearingEndsOn,
        finalisedAt: now.toISOString(),
      },
      merged,
    );
    const text = leerrapportContentHashInput(content);
    const contentHash = createHash('sha256').update(text, 'utf8').digest('hex');
    await this.repository.updateLeerrapport(manager, row.roundId, {
      status: 'final',
      finalisedAt: now,
      finalisedByUserId: actor?.userId ?? null,
      finalContent: text,
      contentHash,
    });
    await this.access.markReviewed(manager, row.organisationId, row.roundId, now);
    const change: RoundChange = {
      ...this.change(row.roundId, row.leadReviewId, 'leerrapport.finalised'),
      before: { status: 'hearing', hearingEndsOn: row.hearingEndsOn },
      after: { status: 'final', contentHash, closedEarly: actor !== null, roundStatus: 'reviewed' },
    };
    await (actor
      ? this.events.record(manager, actor, change)
      : this.events.recordBySystem(manager, row.organisationId, change));
    await this.notify.tell(manager, row.organisationId, {
      kind: 'leerrapport-final',
      roundId: row.roundId,
      reviews,
      actorUserId: actor?.userId ?? null,
      params: { roundTitle: round.title },
    });
  }

  private change(
    roundId: string,
    reviewId: string,
    type: 'leerrapport.issued' | 'leerrapport.finalised',
  ): Omit<RoundChange, 'before' | 'after'> {
    return { roundId, criterionCode: null, subject: 'review', subjectId: reviewId, type };
  }

  /** For the hearing: the issued leerrapport, or why responses are not possible now. */
  async openHearing(
    organisationId: string,
    roundId: string,
    reviewId: string,
    manager?: EntityManager,
  ): Promise<void> {
    const row = assertHearingStarted(await this.settle(organisationId, roundId, manager));
    if (!row.merged.reviewIds.includes(reviewId)) {
      throw notFound();
    }
    assertHearingOpen(row, this.today());
  }

  /** Inside a response's transaction: holds the hearing open until the response is written. */
  async lockOpenHearing(manager: EntityManager, roundId: string): Promise<void> {
    const row = await this.repository.lockLeerrapport(manager, roundId, 'pessimistic_read');
    assertHearingOpen(row, this.today());
  }
}
