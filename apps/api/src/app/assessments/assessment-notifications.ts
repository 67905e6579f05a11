import { Member, MemberRole } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Actor } from '../common/auth/current-actor.decorator';
import { People } from '../common/people';
import { NotificationsService, NotifyInput } from '../notifications/notifications.service';

interface RoundRef {
  id: string;
  title: string;
}

interface ResponseRef {
  criterionCode: string;
  ownerMembershipId: string | null;
}

const criterionLink = (roundId: string, code: string) =>
  `/rounds/${roundId}/criteria/${encodeURIComponent(code)}`;

/**
 * Who the self-assessment's events tell, at once and in the same transaction as the change.
 * The person who did it is never told about their own act.
 */
@Injectable()
export class AssessmentNotifications {
  constructor(private readonly notifications: NotificationsService) {}

  async assigned(
    manager: EntityManager,
    actor: Actor,
    round: RoundRef,
    codes: readonly string[],
    owner: Member | null,
  ): Promise<void> {
    if (!owner || owner.userId === actor.userId) {
      return;
    }
    await this.notifications.notifyMany(
      codes.map((code) => ({
        ...this.base(actor, owner.userId, criterionLink(round.id, code)),
        category: 'criterion-assigned',
        kind: 'criterion-assigned',
        params: { actorName: actor.displayName, roundTitle: round.title, criterionCode: code },
      })),
      manager,
    );
  }

  /** `comment` is set only when the answer was sent back (an accepted one tells nobody). */
  async sentBack(
    manager: EntityManager,
    actor: Actor,
    { round, row, people }: { round: RoundRef; row: ResponseRef; people: People },
    comment: string | null | undefined,
  ): Promise<void> {
    const owner = row.ownerMembershipId ? people.byMembership.get(row.ownerMembershipId) : null;
    const code = row.criterionCode;
    if (!comment || !owner || owner.userId === actor.userId) {
      return;
    }
    await this.notifications.notify(
      {
        ...this.base(actor, owner.userId, criterionLink(round.id, code)),
        category: 'answer-sent-back',
        kind: 'answer-sent-back',
        params: {
          actorName: actor.displayName,
          roundTitle: round.title,
          criterionCode: code,
          comment,
        },
      },
      manager,
    );
  }

  /** Without `manager`, in a transaction of its own: the save it follows is one statement. */
  async ready(
    manager: EntityManager | undefined,
    actor: Actor,
    round: RoundRef,
    code: string,
    people: People,
  ): Promise<void> {
    await this.notifications.notifyMany(
      this.toRole(people, 'quality-officer', actor).map((userId) => ({
        ...this.base(actor, userId, criterionLink(round.id, code)),
        category: 'answer-ready',
        kind: 'answer-ready',
        params: { actorName: actor.displayName, roundTitle: round.title, criterionCode: code },
      })),
      manager,
    );
  }

  async submitted(
    manager: EntityManager,
    actor: Actor,
    round: RoundRef,
    people: People,
  ): Promise<void> {
    await this.notifications.notifyMany(
      this.toRole(people, 'manager', actor).map((userId) => ({
        ...this.base(actor, userId, `/rounds/${round.id}`),
        category: 'round-submitted',
        kind: 'round-submitted',
        params: { actorName: actor.displayName, roundTitle: round.title },
        dedupeKey: `round-submitted:${round.id}`,
      })),
      manager,
    );
  }

  private toRole(people: People, role: MemberRole, actor: Actor): string[] {
    return [...people.byMembership.values()]
      .filter((member) => member.role === role && member.userId !== actor.userId)
      .map((member) => member.userId);
  }

  private base(
    actor: Actor,
    userId: string,
    link: string,
  ): Pick<NotifyInput, 'userId' | 'organisationId' | 'link'> {
    return { userId, organisationId: actor.organisationId, link };
  }
}
