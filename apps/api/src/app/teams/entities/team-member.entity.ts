import { TeamRole } from '@labelklaar/domain';

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

import { MembershipEntity } from '../../organisations/entities/membership.entity';
import { TeamEntity } from './team.entity';

/**
 * A member of the organisation in a team, as member or lead. It hangs on the membership, so
 * leaving the organisation takes someone out of its teams too.
 */
@Entity('team_members')
@Check('ck_team_members_team_role', "team_role IN ('member', 'lead')")
@Unique('uq_team_members_team_id_membership_id', ['teamId', 'membershipId'])
export class TeamMemberEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_team_members' })
  id: string;

  @Column({ type: 'uuid' })
  teamId: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_team_members_team_id' })
  team?: TeamEntity;

  @Index('idx_team_members_membership_id')
  @Column({ type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'membership_id',
    foreignKeyConstraintName: 'fk_team_members_membership_id',
  })
  membership?: MembershipEntity;

  @Column({ type: 'varchar', length: 16 })
  teamRole: TeamRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
