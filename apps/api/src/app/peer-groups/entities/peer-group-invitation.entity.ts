import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { UserEntity } from '../../auth/entities/user.entity';
import { InvitationColumns } from '../../common/invitations/invitation-columns';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { PeerGroupEntity } from './peer-group.entity';

/**
 * A single-use link for another organisation to join a group, sent to its quality officer; the
 * link carries a 256-bit token, the table only its sha256.
 */
@Entity('peer_group_invitations')
@Index('uq_peer_group_invitations_token_hash', ['tokenHash'], { unique: true })
export class PeerGroupInvitationEntity extends InvitationColumns {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_peer_group_invitations' })
  id: string;

  @Index('idx_peer_group_invitations_group_id')
  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => PeerGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_peer_group_invitations_group_id' })
  group?: PeerGroupEntity;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'uuid', nullable: true })
  invitedByOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'invited_by_organisation_id',
    foreignKeyConstraintName: 'fk_peer_group_invitations_invited_by_organisation_id',
  })
  invitedByOrganisation?: OrganisationEntity;

  @Column({ type: 'uuid', nullable: true })
  invitedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'invited_by_id',
    foreignKeyConstraintName: 'fk_peer_group_invitations_invited_by_id',
  })
  invitedBy?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  acceptedByOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'accepted_by_organisation_id',
    foreignKeyConstraintName: 'fk_peer_group_invitations_accepted_by_organisation_id',
  })
  acceptedByOrganisation?: OrganisationEntity;

  @Column({ type: 'uuid', nullable: true })
  acceptedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'accepted_by_id',
    foreignKeyConstraintName: 'fk_peer_group_invitations_accepted_by_id',
  })
  acceptedBy?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  revokedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'revoked_by_id',
    foreignKeyConstraintName: 'fk_peer_group_invitations_revoked_by_id',
  })
  revokedBy?: UserEntity;
}
