import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { UserEntity } from '../../auth/entities/user.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';

/**
 * A decision model written in the product: a draft (any content, checked on publish) or a
 * published version (frozen). `organisationId` null means the label owner's library; the bundled
 * models (libs/criteria/decision-models) are not stored here. `ownerKey` is 'label' or the
 * organisation id, so one unique index covers both kinds of owner.
 */
@Entity('decision_models')
@Check('ck_decision_models_status', "status IN ('draft', 'published')")
@Index('uq_decision_models_published', ['ownerKey', 'modelId', 'version'], {
  unique: true,
  where: "status = 'published'",
})
export class DecisionModelEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_decision_models' })
  id: string;

  @Index('idx_decision_models_organisation_id')
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_decision_models_organisation_id',
  })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 40 })
  ownerKey: string;

  /** The id the content names (null while a draft names none). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  modelId: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  version: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: 'draft' | 'published';

  @Column({ type: 'jsonb' })
  content: unknown;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'created_by_id',
    foreignKeyConstraintName: 'fk_decision_models_created_by_id',
  })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
