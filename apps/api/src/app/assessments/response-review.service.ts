import {
  assertKnownCriteria,
  assertOwner,
  assertReviewable,
  assertSendBackComment,
  canOwnCriterion,
  CriterionResponse,
  DomainCode,
  ResponseCheckStatus,
  reviewOutcome,
  ReviewQueueItem,
  whoDoesWhat,
  WhoDoesWhat,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { ActionsService } from '../actions/actions.service';
import { RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { memberRef, userRef } from '../common/people';
import { notFound } from '../common/problems/problem.exception';
import { inTransaction } from '../common/transaction';
import { versionConflict, writeIfCurrent } from '../common/version-check';
import { AssessmentNotifications } from './assessment-notifications';
import { AssessmentsRepository } from './assessments.repository';
import { RoundAccessService } from './round-access.service';
import { RoundDetailsService } from './round-details.service';

/**
 * "Klaar voor controle": the quality officer's queue of answers marked ready, accepting one or
 * sending it back with a comment (both recorded in the round's history), and assigning one owner
 * to several criteria at once.
 */
@Injectable()
export class ResponseReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AssessmentsRepository,
    private readonly access: RoundAccessService,
    private readonly details: RoundDetailsService,
    private readonly events: RoundEventsService,
    private readonly clock: Clock,
    private readonly actions: ActionsService,
    private readonly notify: AssessmentNotifications,
  ) {}

  /**
   * "Wie doet wat" for one round: every member who may own a criterion (and anyone who owns
   * something or has an action in it), with their criteria and actions.
   */
  async assignments(actor: Actor, roundId: string): Promise<WhoDoesWhat> {
    const round = await this.access.findRound(actor.organisationId, roundId);
    const [rubric, responses, actions, people] = await Promise.all([
      this.access.rubricOf(round),
      this.repository.responsesOfRounds([round.id]),
      this.actions.listOfRound(actor.organisationId, round.id),
      this.details.people(actor.organisationId),
    ]);
    const involved = new Set([
      ...responses.map((row) => row.ownerMembershipId),
      ...actions.map((action) => action.owner?.memberId ?? null),
    ]);
    const members = [...people.byMembership.values()]
      .filter((member) => canOwnCriterion(member.role) || involved.has(member.id))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'))
      .map((member) => ({
        memberId: member.id,
        displayName: member.displayName,
        role: member.role,
      }));
    return whoDoesWhat({
      roundId: round.id,
      rubric,
      members,
      responses: responses.map((row) => ({ ...row, ownerMemberId: row.ownerMembershipId })),
      actions: actions.map((action) => ({
        ...action,
        ownerMemberId: action.owner?.memberId ?? null,
      })),
      today: this.details.today(),
    });
  }

  /** Answers marked ready in the organisation's open rounds, not yet accepted; oldest first. */
  async queue(actor: Actor): Promise<ReviewQueueItem[]> {
    const [rows, people] = await Promise.all([
      this.repository.awaitingReview(actor.organisationId),
      this.details.people(actor.organisationId),
    ]);
    const titles = new Map<string, Map<string, { title: string; domainCode: DomainCode }>>();
    for (const row of rows) {
      const key = `${row.round?.rubricId}@${row.round?.rubricVersion}`;
      if (row.round && !titles.has(key)) {
        const rubric = await this.access.rubricOf(row.round);
        titles.set(
          key,
          new Map(
            rubric.domains.flatMap((domain) =>
              domain.criteria.map(
                (c) => [c.code, { title: c.title, domainCode: domain.code }] as const,
              ),
            ),
          ),
        );
      }
    }
    const counts = await this.repository.linkCounts(rows.map((row) => row.id));
    return rows.flatMap((row) => {
      const round = row.round;
      const criterion = round
        ? titles.get(`${round.rubricId}@${round.rubricVersion}`)?.get(row.criterionCode)
        : undefined;
      if (!round || !criterion) {
        return [];
      }
      return [
        {
          roundId: round.id,
          roundTitle: round.title,
          criterionCode: row.criterionCode,
          criterionTitle: criterion.title,
          domainCode: criterion.domainCode,
          level: row.level,
          notApplicable: row.notApplicable,
          rationale: row.rationale,
          owner: memberRef(people, row.ownerMembershipId),
          version: row.version,
          updatedAt: row.updatedAt.toISOString(),
          updatedBy: userRef(people, row.updatedById),
          evidenceCount: counts.get(row.id) ?? 0,
        },
      ];
    });
  }

  accept(
    actor: Actor,
    roundId: string,
    criterionCode: string,
    version: number,
  ): Promise<CriterionResponse> {
    return this.review(actor, roundId, criterionCode, version, 'accepted', null);
  }

  sendBack(
    actor: Actor,
    roundId: string,
    criterionCode: string,
    version: number,
    comment: string,
  ): Promise<CriterionResponse> {
    const text = assertSendBackComment(comment);
    return this.review(actor, roundId, criterionCode, version, 'sent-back', text);
  }

  private async review(
    actor: Actor,
    roundId: string,
    criterionCode: string,
    expectedVersion: number,
    outcome: ResponseCheckStatus,
    comment: string | null,
  ): Promise<CriterionResponse> {
    const people = await this.details.people(actor.organisationId);
    return inTransaction(this.dataSource, undefined, async (manager) => {
      const round = await this.access.lockWritable(manager, actor.organisationId, roundId);
      const row = await this.repository.findResponse(round.id, criterionCode, manager);
      if (!row) {
        throw notFound();
      }
      const current = async () => {
        const response = await this.details.response(round, row, people, manager);
        const { updatedBy, updatedAt } = response;
        return { current: response, updatedBy: updatedBy?.displayName, updatedAt };
      };
      if (row.version !== expectedVersion) {
        // A stale version first: what the officer saw is no longer what is there.
        throw versionConflict(await current());
      }
      assertReviewable(row, outcome);
      const now = this.clock.now();
      const patch = {
        ...reviewOutcome(outcome, comment),
        reviewedAt: now,
        reviewedById: actor.userId,
      };
      await writeIfCurrent({
        expected: expectedVersion,
        actual: row.version,
        write: (version) => this.repository.reviewResponse(manager, row, version, patch),
        current,
      });
      await this.events.record(manager, actor, {
        roundId,
        criterionCode,
        subject: 'response',
        subjectId: row.id,
        type: outcome === 'accepted' ? 'response.accepted' : 'response.sent-back',
        before: { state: row.state, reviewStatus: row.reviewStatus },
        after: {
          state: patch.state,
          reviewStatus: patch.reviewStatus,
          ...(patch.reviewComment ? { reviewComment: patch.reviewComment } : {}),
        },
      });
      await this.notify.sentBack(manager, actor, { round, row, people }, patch.reviewComment);
      return this.details.response(
        round,
        { ...row, ...patch, version: row.version + 1 },
        people,
        manager,
      );
    });
  }

  /**
   * One owner for several criteria of an open round, in one transaction: every code must be a
   * criterion of the round and the owner a member who may own one; each change is recorded.
   */
  async assignOwners(
    actor: Actor,
    roundId: string,
    codes: readonly string[],
    memberId: string | null,
  ): Promise<CriterionResponse[]> {
    const people = await this.details.people(actor.organisationId);
    const member = assertOwner(memberId === null ? null : people.byMembership.get(memberId));
    const ownerMembershipId = member?.id ?? null;
    await inTransaction(this.dataSource, undefined, async (manager) => {
      const round = await this.access.lockWritable(manager, actor.organisationId, roundId);
      const rows = await this.repository.responsesOfRounds([round.id], manager);
      assertKnownCriteria(codes, new Set(rows.map((row) => row.criterionCode)));
      const wanted = new Set(codes);
      const changing = rows.filter(
        (row) => wanted.has(row.criterionCode) && row.ownerMembershipId !== ownerMembershipId,
      );
      if (changing.length === 0) {
        return;
      }
      await this.repository.setOwners(
        manager,
        round.id,
        changing.map((row) => row.criterionCode),
        ownerMembershipId,
      );
      await this.events.record(
        manager,
        actor,
        ...changing.map((row) => ({
          roundId,
          criterionCode: row.criterionCode,
          subject: 'response' as const,
          subjectId: row.id,
          type: 'response.owner-changed' as const,
          before: { ownerMemberId: row.ownerMembershipId },
          after: { ownerMemberId: ownerMembershipId, ownerName: member?.displayName ?? null },
        })),
      );
      await this.notify.assigned(
        manager,
        actor,
        round,
        changing.map((row) => row.criterionCode),
        member ?? null,
      );
    });
    const round = await this.access.findRound(actor.organisationId, roundId);
    const detail = await this.details.detail(round, undefined, people);
    const wanted = new Set(codes);
    return detail.responses.filter((response) => wanted.has(response.criterionCode));
  }
}
