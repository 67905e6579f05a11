import { ParticipationEntry, RoundRoute, RoundStatus } from '@labelklaar/domain';

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { UserEntity } from '../../auth/entities/user.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { RubricVersionEntity } from '../../rubrics/entities/rubric-version.entity';

/** A self-assessment round, pinned to one rubric version for ever; frozen once submitted. */
@Entity('assessment_rounds')
@Check('ck_assessment_rounds_route', "route IN ('external-audit', 'peer-review', 'internal')")
@Check('ck_assessment_rounds_status', "status IN ('draft', 'submitted', 'reviewed', 'withdrawn')")
@Check('ck_assessment_rounds_withdrawn_at', "(status = 'withdrawn') = (withdrawn_at IS NOT NULL)")
@Check(
  'ck_assessment_rounds_sign_off',
  '(signed_off_at IS NULL) = (signed_off_name IS NULL) AND (signed_off_at IS NULL) = (signed_off_function IS NULL) AND (signed_off_at IS NULL) = (signed_off_on IS NULL)',
)
// Each organisation's latest submitted round (sector view) without reading the wide rows.
@Index(
  'idx_assessment_rounds_organisation_id_submitted_at',
  ['organisationId', 'submittedAt', 'id', 'rubricId', 'rubricVersion'],
  { where: "status IN ('submitted', 'reviewed') AND submitted_at IS NOT NULL" },
)
export class AssessmentRoundEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_assessment_rounds' })
  id: string;

  @Index('idx_assessment_rounds_organisation_id')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_assessment_rounds_organisation_id',
  })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 100 })
  rubricId: string;

  @Column({ type: 'varchar', length: 40 })
  rubricVersion: string;

  @ManyToOne(() => RubricVersionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn([
    {
      name: 'rubric_id',
      referencedColumnName: 'rubricId',
      foreignKeyConstraintName: 'fk_assessment_rounds_rubric_version',
    },
    {
      name: 'rubric_version',
      referencedColumnName: 'version',
      foreignKeyConstraintName: 'fk_assessment_rounds_rubric_version',
    },
  ])
  rubric?: RubricVersionEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 32 })
  route: RoundRoute;

  @Column({ type: 'date' })
  targetDate: string;

  @Column({ type: 'date' })
  selfEvaluationDeadline: string;

  @Column({ type: 'text', default: '' })
  ambitions: string;

  @Column({ type: 'text', default: '' })
  bottlenecks: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  participation: ParticipationEntry[];

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: RoundStatus;

  @Column({ type: 'uuid', nullable: true })
  previousRoundId: string | null;

  @ManyToOne(() => AssessmentRoundEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'previous_round_id',
    foreignKeyConstraintName: 'fk_assessment_rounds_previous_round_id',
  })
  previousRound?: AssessmentRoundEntity;

  @Column({ type: 'char', length: 64, nullable: true })
  contentHash: string | null;

  /** The exact canonical text that was hashed, so the hash can be checked for ever. */
  @Column({ type: 'text', nullable: true })
  submittedContent: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'submitted_by_id',
    foreignKeyConstraintName: 'fk_assessment_rounds_submitted_by_id',
  })
  submittedBy?: UserEntity;

  /** When a quality officer withdrew the round; who did is in its history. */
  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  /** The vaststelling by a manager: name and function as printed, the day, and when recorded. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  signedOffName: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  signedOffFunction: string | null;

  @Column({ type: 'date', nullable: true })
  signedOffOn: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  signedOffAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  signedOffById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'signed_off_by_id',
    foreignKeyConstraintName: 'fk_assessment_rounds_signed_off_by_id',
  })
  signedOffBy?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'created_by_id',
    foreignKeyConstraintName: 'fk_assessment_rounds_created_by_id',
  })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'updated_by_id',
    foreignKeyConstraintName: 'fk_assessment_rounds_updated_by_id',
  })
  updatedBy?: UserEntity;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
