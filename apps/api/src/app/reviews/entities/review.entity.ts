import { PeerJudgement, ReviewStatus } from '@labelklaar/domain';

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

import { AssessmentRoundEntity } from '../../assessments/entities/assessment-round.entity';
import { UserEntity } from '../../auth/entities/user.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { ReviewInvitationEntity } from '../../review-access/entities/review-invitation.entity';

/**
 * One reviewer's review of one submitted round, opened when they accept their invitation (one
 * review per invitation). A draft only its reviewer sees; submitting locks it for good.
 */
@Entity('reviews')
@Check('ck_reviews_status', "status IN ('draft', 'submitted')")
@Check(
  'ck_reviews_overall_judgement',
  "overall_judgement IN ('meets', 'partly-meets', 'does-not-meet', 'not-assessed')",
)
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_reviews' })
  id: string;

  @Index('uq_reviews_invitation_id', { unique: true })
  @Column({ type: 'uuid' })
  invitationId: string;

  @ManyToOne(() => ReviewInvitationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'invitation_id',
    foreignKeyConstraintName: 'fk_reviews_invitation_id',
  })
  invitation?: ReviewInvitationEntity;

  @Index('idx_reviews_round_id')
  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => AssessmentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_reviews_round_id' })
  round?: AssessmentRoundEntity;

  /** The reviewed organisation. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_reviews_organisation_id' })
  organisation?: OrganisationEntity;

  @Index('idx_reviews_reviewer_user_id')
  @Column({ type: 'uuid' })
  reviewerUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'reviewer_user_id',
    foreignKeyConstraintName: 'fk_reviews_reviewer_user_id',
  })
  reviewer?: UserEntity;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: ReviewStatus;

  @Column({ type: 'varchar', length: 16, nullable: true })
  overallJudgement: PeerJudgement | null;

  @Column({ type: 'text', default: '' })
  strengths: string;

  @Column({ type: 'text', default: '' })
  improvements: string;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  /** Bumped by every change to the review or its findings (optimistic locking). */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
