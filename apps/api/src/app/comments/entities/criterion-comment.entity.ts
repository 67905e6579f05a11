import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { AssessmentRoundEntity } from '../../assessments/entities/assessment-round.entity';
import { UserEntity } from '../../auth/entities/user.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';

/**
 * One comment in the thread (overleg) on a criterion of a round: internal to the organisation,
 * never exported. Mentions are membership ids, so a rename changes nothing here.
 */
@Entity('criterion_comments')
@Index('idx_criterion_comments_round_id_criterion_code_created_at', [
  'roundId',
  'criterionCode',
  'createdAt',
])
export class CriterionCommentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_criterion_comments' })
  id: string;

  @Index('idx_criterion_comments_organisation_id')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_criterion_comments_organisation_id',
  })
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => AssessmentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_criterion_comments_round_id' })
  round?: AssessmentRoundEntity;

  @Column({ type: 'varchar', length: 20 })
  criterionCode: string;

  /** Null once the author's account is gone; the comment stays for the others. */
  @Index('idx_criterion_comments_author_user_id')
  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'author_user_id',
    foreignKeyConstraintName: 'fk_criterion_comments_author_user_id',
  })
  author?: UserEntity;

  @Column({ type: 'text' })
  body: string;

  /** Membership ids of the people mentioned, in the order the author picked them. */
  @Column({ type: 'uuid', array: true })
  mentions: string[];

  @Column({ type: 'timestamptz' })
  createdAt: Date;
}
