import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A rubric version being written by the label owner. Kept apart from rubric_versions, which holds
 * only frozen content: a draft may be invalid (it is saved as typed), several drafts may aim at
 * the same version number, and it carries an optimistic row version. Publishing inserts the
 * content into rubric_versions and deletes the draft in one transaction.
 */
@Entity('rubric_drafts')
@Index('idx_rubric_drafts_rubric_id', ['rubricId'])
export class RubricDraftEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_rubric_drafts' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  rubricId: string;

  /** The published version it was copied from; null for an empty draft or an import. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  baseVersion: string | null;

  /** How it started: `copy`, `empty` or `import`. */
  @Column({ type: 'varchar', length: 16 })
  origin: string;

  /** The rubric version as edited; may break rules until it is published. */
  @Column({ type: 'jsonb' })
  content: unknown;

  /** Optimistic locking: every save names the version it was based on. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  updatedByName: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
