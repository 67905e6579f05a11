import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { UserEntity } from '../../auth/entities/user.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { TeamEntity } from '../../teams/entities/team.entity';

/** A casuïstiekbespreking, intervisie, moreel beraad, leerkring or inhoudelijk teamoverleg. */
@Entity('team_sessions')
@Index('idx_team_sessions_organisation_id_team_id_date', ['organisationId', 'teamId', 'date'])
export class TeamSessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_team_sessions' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_team_sessions_organisation_id',
  })
  organisation?: OrganisationEntity;

  @Index('idx_team_sessions_team_id')
  @Column({ type: 'uuid' })
  teamId: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_team_sessions_team_id' })
  team?: TeamEntity;

  @Column({ type: 'varchar', length: 32 })
  sessionType: string;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'integer' })
  presentCount: number;

  /** Shared reflections discussed: ids only, so a reflection removed later simply drops out. */
  @Column({ type: 'uuid', array: true })
  reflectionIds: string[];

  @Column({ type: 'varchar', length: 80, nullable: true })
  modelId: string | null;

  @Column({ type: 'text' })
  stoodOut: string;

  @Column({ type: 'text' })
  similaritiesAndDifferences: string;

  @Column({ type: 'text' })
  insights: string;

  @Column({ type: 'text' })
  agreementsMade: string;

  @Index('idx_team_sessions_recorded_by_user_id')
  @Column({ type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'recorded_by_user_id',
    foreignKeyConstraintName: 'fk_team_sessions_recorded_by_user_id',
  })
  recordedBy?: UserEntity;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
