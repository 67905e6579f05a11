import {
  EventSnapshot,
  FORMER_MEMBER,
  pseudonymised,
  RoundEvent,
  RoundEventSubject,
  RoundEventType,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { RoundEventEntity } from './entities/round-event.entity';
import { RoundEventsRepository } from './round-events.repository';

/** One change to record; `before` is null for a creation, `after` null for a removal. */
export interface RoundChange {
  roundId: string;
  criterionCode: string | null;
  subject: RoundEventSubject;
  subjectId: string | null;
  type: RoundEventType;
  before: EventSnapshot | null;
  after: EventSnapshot | null;
}

function mapEvent(row: RoundEventEntity): RoundEvent {
  return {
    id: row.id,
    sequence: row.sequence,
    roundId: row.roundId,
    criterionCode: row.criterionCode,
    subject: row.subject,
    subjectId: row.subjectId,
    type: row.type,
    actor: row.actorUserId ? { userId: row.actorUserId, displayName: row.actorName ?? '' } : null,
    occurredAt: row.occurredAt.toISOString(),
    before: row.before,
    after: row.after,
  };
}

/** The audit trail: other contexts record their changes here, inside their own transaction. */
@Injectable()
export class RoundEventsService {
  constructor(
    private readonly repository: RoundEventsRepository,
    private readonly clock: Clock,
  ) {}

  /** Written with the change's own manager, so the event and the change commit or fail together. */
  async record(manager: EntityManager, actor: Actor, ...changes: RoundChange[]): Promise<void> {
    const occurredAt = this.clock.now();
    await this.repository.insert(
      manager,
      changes.map((change) => ({
        ...change,
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        actorName: actor.displayName,
        occurredAt,
      })),
    );
  }

  /**
   * The event of `change` as SQL for a one-statement change (see the repository's `insertWhen`):
   * recorded only when the CTE `condition` wrote a row, in the same statement as the change.
   */
  insertWhen(actor: Actor, condition: string, change: RoundChange, params: unknown[]): string {
    return this.repository.insertWhen(
      condition,
      {
        ...change,
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        actorName: actor.displayName,
        occurredAt: this.clock.now(),
      },
      params,
    );
  }

  /** A change nobody made by hand (a period that ran out): recorded without an actor. */
  async recordBySystem(
    manager: EntityManager,
    organisationId: string,
    ...changes: RoundChange[]
  ): Promise<void> {
    const occurredAt = this.clock.now();
    await this.repository.insert(
      manager,
      changes.map((change) => ({
        ...change,
        organisationId,
        actorUserId: null,
        actorName: null,
        occurredAt,
      })),
    );
  }

  /**
   * A person deleted their account: every event keeps its row, but their name (as actor and
   * wherever a snapshot holds their name or address as a value) becomes the pseudonym.
   */
  async pseudonymise(manager: EntityManager, userId: string, identifiers: string[]): Promise<void> {
    const texts = identifiers.filter((text) => text.length > 0);
    await this.repository.openForPseudonymisation(manager, userId);
    await this.repository.renameActor(manager, userId, FORMER_MEMBER);
    for (const row of await this.repository.snapshotsMentioning(manager, texts)) {
      await this.repository.setSnapshots(manager, {
        id: row.id,
        before: row.before && pseudonymised(row.before, texts),
        after: row.after && pseudonymised(row.after, texts),
      });
    }
    await this.repository.closeForPseudonymisation(manager);
  }

  async list(
    organisationId: string,
    roundId: string,
    criterionCode: string | null,
  ): Promise<RoundEvent[]> {
    return (await this.repository.list(organisationId, roundId, criterionCode)).map(mapEvent);
  }
}
