import { MemberRole } from '@labelklaar/domain';

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

import { UserEntity } from '../../auth/entities/user.entity';
import { OrganisationEntity } from './organisation.entity';

@Entity('memberships')
@Check(
  'ck_memberships_role',
  "role IN ('quality-officer', 'contributor', 'manager', 'professional')",
)
@Unique('uq_memberships_organisation_user', ['organisationId', 'userId'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_memberships' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_memberships_organisation_id',
  })
  organisation?: OrganisationEntity;

  @Index('idx_memberships_user_id')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_memberships_user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  role: MemberRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
