import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { UserEntity } from '../../auth/entities/user.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { TeamEntity } from '../../teams/entities/team.entity';

/** What was asked of clients or learned with another organisation, and what came of it. */
@Entity('learning_records')
@Index('idx_learning_records_organisation_id_date', ['organisationId', 'date'])
export class LearningRecordEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_learning_records' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_learning_records_organisation_id',
  })
  organisation?: OrganisationEntity;

  /** Null: the organisation as a whole. */
  @Index('idx_learning_records_team_id')
  @Column({ type: 'uuid', nullable: true })
  teamId: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_learning_records_team_id' })
  team?: TeamEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 200 })
  counterpart: string;

  @Column({ type: 'text' })
  asked: string;

  @Column({ type: 'text' })
  learned: string;

  @Column({ type: 'text' })
  outcome: string;

  @Index('idx_learning_records_recorded_by_user_id')
  @Column({ type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'recorded_by_user_id',
    foreignKeyConstraintName: 'fk_learning_records_recorded_by_user_id',
  })
  recordedBy?: UserEntity;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
