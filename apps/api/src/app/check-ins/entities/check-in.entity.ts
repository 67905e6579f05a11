import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

import { UserEntity } from '../../auth/entities/user.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { TeamEntity } from '../../teams/entities/team.entity';

export interface CheckInActionLink {
  question: string;
  actionId: string;
}

/** One member's answers to the five questions for one period of their team. */
@Entity('check_ins')
@Unique('uq_check_ins_team_id_author_user_id_period_key', ['teamId', 'authorUserId', 'periodKey'])
@Index('idx_check_ins_organisation_id_team_id_period_key', [
  'organisationId',
  'teamId',
  'periodKey',
])
export class CheckInEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_check_ins' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_check_ins_organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  teamId: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_check_ins_team_id' })
  team?: TeamEntity;

  @Index('idx_check_ins_author_user_id')
  @Column({ type: 'uuid' })
  authorUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_user_id', foreignKeyConstraintName: 'fk_check_ins_author_user_id' })
  author?: UserEntity;

  @Column({ type: 'varchar', length: 10 })
  periodKey: string;

  @Column({ type: 'jsonb' })
  answers: Record<string, string>;

  /** Improvement actions answers became, per question. */
  @Column({ type: 'jsonb' })
  actionLinks: CheckInActionLink[];

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
