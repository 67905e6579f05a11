import { RubricStatus, RubricVersion } from '@labelklaar/domain';

import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A rubric version as loaded from libs/criteria; published rows never change. */
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

  @Column({ type: 'timestamptz', default: () => 'now()' })
  loadedAt: Date;
}
