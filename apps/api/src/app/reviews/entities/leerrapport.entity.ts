import { LeerrapportStatus, PeerJudgement } from '@labelklaar/domain';

import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { AssessmentRoundEntity } from '../../assessments/entities/assessment-round.entity';
import { UserEntity } from '../../auth/entities/user.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { ReviewEntity } from './review.entity';

/** What the lead reviewer merged: the reviews taken in and the judgements that came out. */
export interface MergedJudgements {
  reviewIds: string[];
  criteria: Record<string, PeerJudgement>;
  overall: PeerJudgement;
}

/**
 * The round's leerrapport, once the lead reviewer has issued it: the hearing (hoor en wederhoor)
 * runs until `hearingEndsOn`, then it is final and keeps the exact text its hash was taken of.
 */
@Entity('leerrapports')
@Check('ck_leerrapports_status', "status IN ('draft', 'hearing', 'final')")
export class LeerrapportEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_leerrapports' })
  roundId: string;

  @ManyToOne(() => AssessmentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_leerrapports_round_id' })
  round?: AssessmentRoundEntity;

  @Index('idx_leerrapports_organisation_id')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_leerrapports_organisation_id',
  })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 16 })
  status: LeerrapportStatus;

  @Column({ type: 'jsonb' })
  merged: MergedJudgements;

  @Column({ type: 'uuid' })
  leadReviewId: string;

  @ManyToOne(() => ReviewEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'lead_review_id',
    foreignKeyConstraintName: 'fk_leerrapports_lead_review_id',
  })
  leadReview?: ReviewEntity;

  @Column({ type: 'uuid' })
  issuedByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'issued_by_user_id',
    foreignKeyConstraintName: 'fk_leerrapports_issued_by_user_id',
  })
  issuedBy?: UserEntity;

  @Column({ type: 'timestamptz' })
  issuedAt: Date;

  /** The last day on which the organisation can respond (inclusive). */
  @Column({ type: 'date' })
  hearingEndsOn: string;

  @Column({ type: 'timestamptz', nullable: true })
  finalisedAt: Date | null;

  /** Null when the hearing period simply ended. */
  @Column({ type: 'uuid', nullable: true })
  finalisedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'finalised_by_user_id',
    foreignKeyConstraintName: 'fk_leerrapports_finalised_by_user_id',
  })
  finalisedBy?: UserEntity;

  /** The canonical text of the final leerrapport; `contentHash` is its sha256. */
  @Column({ type: 'text', nullable: true })
  finalContent: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  contentHash: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
