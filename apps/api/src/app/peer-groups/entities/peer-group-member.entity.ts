import {
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
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { PeerGroupEntity } from './peer-group.entity';

/** An organisation in a toetsingsgroep; the join order drives the schedule. */
@Entity('peer_group_members')
@Unique('uq_peer_group_members_group_organisation', ['groupId', 'organisationId'])
export class PeerGroupMemberEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_peer_group_members' })
  id: string;

  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => PeerGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_peer_group_members_group_id' })
  group?: PeerGroupEntity;

  @Index('idx_peer_group_members_organisation_id')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_peer_group_members_organisation_id',
  })
  organisation?: OrganisationEntity;

  /** The quality officer who created the group or accepted the invitation for the organisation. */
  @Column({ type: 'uuid', nullable: true })
  joinedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'joined_by_id',
    foreignKeyConstraintName: 'fk_peer_group_members_joined_by_id',
  })
  joinedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt: Date;
}
