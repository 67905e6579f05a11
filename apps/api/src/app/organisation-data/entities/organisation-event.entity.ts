import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ORGANISATION_EVENT_TYPES = [
  'deletion-requested',
  'deletion-undone',
  'erased',
  'exported',
] as const;
export type OrganisationEventType = (typeof ORGANISATION_EVENT_TYPES)[number];

/**
 * The history of the organisation's own data: exports, erasure requests, their undoing and the
 * erasure itself. Ids and times only, no foreign keys: the row of an erased organisation stays as
 * the proof that it was erased, and says nothing about it or anyone in it.
 */
@Entity('organisation_events')
@Check(
  'ck_organisation_events_type',
  "type IN ('deletion-requested', 'deletion-undone', 'erased', 'exported')",
)
@Index('idx_organisation_events_organisation_id_occurred_at', ['organisationId', 'occurredAt'])
export class OrganisationEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_organisation_events' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'varchar', length: 32 })
  type: OrganisationEventType;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;
}
