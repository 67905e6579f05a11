import { MemberRole } from '@labelklaar/domain';

import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { UserEntity } from '../../auth/entities/user.entity';
import { InvitationColumns } from '../../common/invitations/invitation-columns';
import { OrganisationEntity } from './organisation.entity';

/** A single-use invitation; the link carries the token, the table only its sha256. */
@Entity('invitations')
@Check(
  'ck_invitations_role',
  "role IN ('quality-officer', 'contributor', 'manager', 'professional')",
)
@Index('uq_invitations_token_hash', ['tokenHash'], { unique: true })
export class InvitationEntity extends InvitationColumns {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_invitations' })
  id: string;

  @Index('idx_invitations_organisation_id')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_invitations_organisation_id',
  })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 32 })
  role: MemberRole;

  @Column({ type: 'uuid', nullable: true })
  invitedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'fk_invitations_invited_by_id' })
  invitedBy?: UserEntity;
}
