import { PeerJudgement } from '@labelklaar/domain';

import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { ImprovementActionEntity } from '../../actions/entities/improvement-action.entity';
import { UserEntity } from '../../auth/entities/user.entity';
import { ReviewEntity } from './review.entity';

/**
 * A reviewer's judgement and finding on one criterion, and the reviewed organisation's response
 * to it (hoor en wederhoor); a finding can become a verbeteractie.
 */
@Entity('review_findings')
@Check(
  'ck_review_findings_judgement',
  "judgement IN ('meets', 'partly-meets', 'does-not-meet', 'not-assessed')",
)
export class ReviewFindingEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_review_findings' })
  reviewId: string;

  @ManyToOne(() => ReviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id', foreignKeyConstraintName: 'fk_review_findings_review_id' })
  review?: ReviewEntity;

  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: 'pk_review_findings' })
  criterionCode: string;

  @Column({ type: 'varchar', length: 16 })
  judgement: PeerJudgement;

  @Column({ type: 'text', default: '' })
  finding: string;

  @Column({ type: 'text', default: '' })
  questions: string;

  @Column({ type: 'text', nullable: true })
  response: string | null;

  @Column({ type: 'uuid', nullable: true })
  respondedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'responded_by_user_id',
    foreignKeyConstraintName: 'fk_review_findings_responded_by_user_id',
  })
  respondedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  actionId: string | null;

  @ManyToOne(() => ImprovementActionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'fk_review_findings_action_id' })
  action?: ImprovementActionEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  /** Bumped by the reviewer's edits and by the organisation's response (optimistic locking). */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
