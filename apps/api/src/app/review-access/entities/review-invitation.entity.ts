import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { AssessmentRoundEntity } from '../../assessments/entities/assessment-round.entity';
import { UserEntity } from '../../auth/entities/user.entity';
import { InvitationColumns } from '../../common/invitations/invitation-columns';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';

/**
 * An invitation to review one submitted round of the organisation (intercollegiale toetsing).
 * Single use: the link carries a 256-bit token, the table only its sha256. Once accepted it is
 * the reviewer's access to the round, until it expires or is revoked.
 */
@Entity('review_invitations')
@Index('idx_review_invitations_accepted_by_user_id_round_id', ['acceptedByUserId', 'roundId'])
@Index('uq_review_invitations_token_hash', ['tokenHash'], { unique: true })
export class ReviewInvitationEntity extends InvitationColumns {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_review_invitations' })
  id: string;

  /** The reviewed organisation. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_review_invitations_organisation_id',
  })
  organisation?: OrganisationEntity;

  @Index('idx_review_invitations_round_id')
  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => AssessmentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_review_invitations_round_id' })
  round?: AssessmentRoundEntity;

  /** Stored lower-cased. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  reviewerOrganisationName: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  message: string;

  @Column({ type: 'boolean' })
  lead: boolean;

  @Column({ type: 'uuid' })
  invitedByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'invited_by_user_id',
    foreignKeyConstraintName: 'fk_review_invitations_invited_by_user_id',
  })
  invitedBy?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  acceptedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'accepted_by_user_id',
    foreignKeyConstraintName: 'fk_review_invitations_accepted_by_user_id',
  })
  acceptedBy?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  revokedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'revoked_by_user_id',
    foreignKeyConstraintName: 'fk_review_invitations_revoked_by_user_id',
  })
  revokedBy?: UserEntity;

  /** The toetsingsgroep whose schedule created the invitation, if any. */
  @Column({ type: 'uuid', nullable: true })
  peerGroupId: string | null;
}
