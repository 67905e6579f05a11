import { RubricStatus, RubricVersion } from '@labelklaar/domain';

import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A rubric version as loaded from libs/criteria or published in the product. A trigger (see the
 * migration) refuses changing a published or retired row, except retiring it (status and
 * retiredAt), and deleting it.
 */
@Entity('rubric_versions')
@Unique('uq_rubric_versions_rubric_version', ['rubricId', 'version'])
export class RubricVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_rubric_versions' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  rubricId: string;

  @Column({ type: 'varchar', length: 40 })
  version: string;

  @Column({ type: 'varchar', length: 16 })
  status: RubricStatus;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'date' })
  effectiveDate: string;

  @Column({ type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'jsonb' })
  content: RubricVersion;

  /** When it was loaded from a bundled file or published in the product. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  loadedAt: Date;

  /** Set once, with status, when a published version is retired. */
  @Column({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
