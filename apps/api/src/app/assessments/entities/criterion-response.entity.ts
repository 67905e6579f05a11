import { ResponseCheckStatus, ResponseState } from '@labelklaar/domain';

import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

import { UserEntity } from '../../auth/entities/user.entity';
import { MembershipEntity } from '../../organisations/entities/membership.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { AssessmentRoundEntity } from './assessment-round.entity';

/** The answer to one criterion in one round; every criterion of the rubric has a row from the start. */
@Entity('criterion_responses')
@Unique('uq_criterion_responses_round_criterion', ['roundId', 'criterionCode'])
@Check('ck_criterion_responses_state', "state IN ('draft', 'ready-for-review')")
@Check(
  'ck_criterion_responses_review_status',
  "review_status IS NULL OR review_status IN ('accepted', 'sent-back')",
)
@Check(
  'ck_criterion_responses_review_comment',
  "review_comment IS NULL OR review_status = 'sent-back'",
)
@Check('ck_criterion_responses_reviewed_at', 'review_status IS NULL OR reviewed_at IS NOT NULL')
@Index('idx_criterion_responses_ready', ['roundId'], { where: "state = 'ready-for-review'" })
// Covers the figures of many rounds at once (trend, sector view) as an index-only scan.
@Index('idx_criterion_responses_round_id_criterion_code_level', [
  'roundId',
  'criterionCode',
  'level',
  'targetLevel',
  'notApplicable',
])
export class CriterionResponseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_criterion_responses' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_criterion_responses_organisation_id',
  })
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => AssessmentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_criterion_responses_round_id' })
  round?: AssessmentRoundEntity;

  @Column({ type: 'varchar', length: 20 })
  criterionCode: string;

  @Column({ type: 'smallint', nullable: true })
  level: number | null;

  @Column({ type: 'smallint', nullable: true })
  targetLevel: number | null;

  @Column({ type: 'text', default: '' })
  rationale: string;

  @Column({ type: 'boolean', default: false })
  notApplicable: boolean;

  @Column({ type: 'text', nullable: true })
  notApplicableReason: string | null;

  @Column({ type: 'varchar', length: 24, default: 'draft' })
  state: ResponseState;

  @Index('idx_criterion_responses_owner_membership_id')
  @Column({ type: 'uuid', nullable: true })
  ownerMembershipId: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'owner_membership_id',
    foreignKeyConstraintName: 'fk_criterion_responses_owner_membership_id',
  })
  owner?: MembershipEntity;

  @Column({ type: 'boolean', default: false })
  isCarriedOver: boolean;

  /** The quality officer's check of an answer marked ready: accepted or sent back. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  reviewStatus: ResponseCheckStatus | null;

  /** Why it was sent back; only with a sent-back answer. */
  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'reviewed_by_id',
    foreignKeyConstraintName: 'fk_criterion_responses_reviewed_by_id',
  })
  reviewedBy?: UserEntity;

  /** Optimistic lock: a save names the version it started from. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'updated_by_id',
    foreignKeyConstraintName: 'fk_criterion_responses_updated_by_id',
  })
  updatedBy?: UserEntity;
}

/** What an answer holds (what a save replaces, what the history snapshots, what an upgrade moves). */
export type ResponseAnswerFields = Pick<
  CriterionResponseEntity,
  | 'level'
  | 'targetLevel'
  | 'rationale'
  | 'notApplicable'
  | 'notApplicableReason'
  | 'state'
  | 'isCarriedOver'
>;
