import {
  assertCommentBody,
  assertMayRemoveComment,
  assertMentions,
  CriterionComment,
  mentionRecipients,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { RoundAccessService } from '../assessments/round-access.service';
import { RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { People, peopleOf } from '../common/people';
import { notFound } from '../common/problems/problem.exception';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { mapComment } from './comment.mappers';
import { CommentsRepository } from './comments.repository';
import { CreateCommentDto } from './dto/create-comment.dto';
import { CriterionCommentEntity } from './entities/criterion-comment.entity';

/**
 * Overleg on a criterion. Comments stay possible once a round is submitted: the team keeps
 * talking about what it learns while the round is reviewed, and nothing of the round changes.
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CommentsRepository,
    private readonly access: RoundAccessService,
    private readonly organisations: OrganisationsService,
    private readonly events: RoundEventsService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async list(
    organisationId: string,
    roundId: string,
    criterionCode: string,
  ): Promise<CriterionComment[]> {
    await this.criterionOf(organisationId, roundId, criterionCode);
    const [rows, people] = await Promise.all([
      this.repository.list(organisationId, roundId, criterionCode),
      this.people(organisationId),
    ]);
    return rows.map((row) => mapComment(row, people));
  }

  async add(
    actor: Actor,
    roundId: string,
    criterionCode: string,
    dto: CreateCommentDto,
  ): Promise<CriterionComment> {
    const round = await this.criterionOf(actor.organisationId, roundId, criterionCode);
    const people = await this.people(actor.organisationId);
    const body = assertCommentBody(dto.body);
    const mentions = assertMentions(dto.mentions ?? [], new Set(people.byMembership.keys()));
    const row = await this.dataSource.transaction(async (manager) => {
      const created = await this.repository.insert(manager, {
        organisationId: actor.organisationId,
        roundId,
        criterionCode,
        authorUserId: actor.userId,
        body,
        mentions,
        createdAt: this.clock.now(),
      });
      // The text stays in the thread; the history says who spoke and how many were mentioned.
      await this.events.record(manager, actor, {
        roundId,
        criterionCode,
        subject: 'comment',
        subjectId: created.id,
        type: 'comment.added',
        before: null,
        after: { mentionCount: mentions.length },
      });
      await this.notifyMentioned(manager, actor, round.title, people, created);
      return created;
    });
    return mapComment(row, people);
  }

  /** The author takes their comment back shortly after posting; the history keeps that they did. */
  async remove(
    actor: Actor,
    roundId: string,
    criterionCode: string,
    commentId: string,
  ): Promise<void> {
    await this.criterionOf(actor.organisationId, roundId, criterionCode);
    await this.dataSource.transaction(async (manager) => {
      const row = await this.repository.find(
        manager,
        actor.organisationId,
        roundId,
        criterionCode,
        commentId,
      );
      if (!row) {
        throw notFound();
      }
      assertMayRemoveComment(
        {
          author: row.authorUserId ? { userId: row.authorUserId, displayName: '' } : null,
          createdAt: row.createdAt.toISOString(),
        },
        actor.userId,
        this.clock.now(),
      );
      await this.repository.remove(manager, row.id);
      await this.events.record(manager, actor, {
        roundId,
        criterionCode,
        subject: 'comment',
        subjectId: row.id,
        type: 'comment.removed',
        before: { mentionCount: row.mentions.length },
        after: null,
      });
    });
  }

  /** Everyone mentioned but the author hears of it, in the same transaction as the comment. */
  private async notifyMentioned(
    manager: EntityManager,
    actor: Actor,
    roundTitle: string,
    people: People,
    comment: CriterionCommentEntity,
  ): Promise<void> {
    const recipients = mentionRecipients(comment.mentions, actor.membershipId).flatMap(
      (membershipId) => people.byMembership.get(membershipId) ?? [],
    );
    await this.notifications.notifyMany(
      recipients.map((member) => ({
        userId: member.userId,
        organisationId: actor.organisationId,
        category: 'mention',
        kind: 'mention',
        params: { roundTitle, criterionCode: comment.criterionCode, actorName: actor.displayName },
        link: `/rounds/${comment.roundId}/criteria/${comment.criterionCode}#comments`,
        dedupeKey: `comment:${comment.id}`,
      })),
      manager,
    );
  }

  /** The round of the organisation (else 404) with this criterion in its rubric (else 404). */
  private async criterionOf(
    organisationId: string,
    roundId: string,
    criterionCode: string,
  ): Promise<{ title: string }> {
    const round = await this.access.findRound(organisationId, roundId);
    const rubric = await this.access.rubricOf(round);
    if (!this.access.criterionOf(rubric, criterionCode)) {
      throw notFound();
    }
    return round;
  }

  private async people(organisationId: string): Promise<People> {
    return peopleOf(await this.organisations.listMembers(organisationId));
  }
}
