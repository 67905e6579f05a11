import { EventSnapshot, RoundEventSubject, RoundEventType } from '@labelklaar/domain';

import {
  Check,
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { AssessmentRoundEntity } from '../../assessments/entities/assessment-round.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';

/**
 * One change to a round, append-only: a trigger (see the migration) refuses UPDATE, DELETE and
 * TRUNCATE. The foreign keys never cascade, and the actor is kept by id and name without a
 * foreign key, so no change elsewhere can ever rewrite the trail.
 */
@Entity('round_events')
@Check(
  'ck_round_events_subject',
  "subject IN ('round', 'response', 'evidence-link', 'action', 'review', 'comment')",
)
@Index('idx_round_events_round_id_sequence', ['roundId', 'sequence'])
@Index('idx_round_events_round_id_criterion_code', ['roundId', 'criterionCode'])
export class RoundEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_round_events' })
  id: string;

  /** Orders events written in one transaction, which share their timestamp. */
  @Column({ type: 'integer' })
  @Generated('increment')
  sequence: number;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_round_events_organisation_id',
  })
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => AssessmentRoundEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_round_events_round_id' })
  round?: AssessmentRoundEntity;

  @Column({ type: 'varchar', length: 20, nullable: true })
  criterionCode: string | null;

  @Column({ type: 'varchar', length: 16 })
  subject: RoundEventSubject;

  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'varchar', length: 40 })
  type: RoundEventType;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  actorName: string | null;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'jsonb', nullable: true })
  before: EventSnapshot | null;

  @Column({ type: 'jsonb', nullable: true })
  after: EventSnapshot | null;
}
