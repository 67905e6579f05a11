import { Check, Column, Entity, Generated, Index, PrimaryGeneratedColumn } from 'typeorm';

export const RUBRIC_HISTORY_TYPES = [
  'draft-started',
  'imported',
  'published',
  'retired',
  'bundled-file-loaded',
] as const;
export type RubricHistoryType = (typeof RUBRIC_HISTORY_TYPES)[number];

/**
 * Who did what to a rubric, append-only: a trigger (see the migration) refuses UPDATE, DELETE and
 * TRUNCATE. The actor is kept by id and name without a foreign key, so no change elsewhere can
 * rewrite it.
 */
@Entity('rubric_history')
@Check(
  'ck_rubric_history_type',
  "type IN ('draft-started', 'imported', 'published', 'retired', 'bundled-file-loaded')",
)
@Index('idx_rubric_history_rubric_id_sequence', ['rubricId', 'sequence'])
export class RubricHistoryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_rubric_history' })
  id: string;

  /** Orders entries written in one transaction, which share their timestamp. */
  @Column({ type: 'integer' })
  @Generated('increment')
  sequence: number;

  @Column({ type: 'varchar', length: 100 })
  rubricId: string;

  /** The rubric version concerned, when there is one (a draft may not have a valid one yet). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  version: string | null;

  @Column({ type: 'uuid', nullable: true })
  draftId: string | null;

  @Column({ type: 'varchar', length: 32 })
  type: RubricHistoryType;

  /** Null for the system (the bundled files loaded on start). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  actorName: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  /** What else is worth knowing: the content hash, the source file name, the base version. */
  @Column({ type: 'jsonb', nullable: true })
  detail: Record<string, string | number | boolean | null> | null;
}
