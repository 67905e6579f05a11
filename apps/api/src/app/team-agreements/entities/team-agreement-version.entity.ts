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
import { TeamAgreementEntity } from './team-agreement.entity';

/** One version of a team agreement; versions are only added, never changed. */
@Entity('team_agreement_versions')
@Unique('uq_team_agreement_versions_agreement_id_version', ['agreementId', 'version'])
export class TeamAgreementVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_team_agreement_versions' })
  id: string;

  @Column({ type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => TeamAgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'agreement_id',
    foreignKeyConstraintName: 'fk_team_agreement_versions_agreement_id',
  })
  agreement?: TeamAgreementEntity;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'text' })
  agreementText: string;

  @Column({ type: 'text' })
  rationale: string;

  @Column({ type: 'date' })
  agreedOn: string;

  @Column({ type: 'date', nullable: true })
  reviewOn: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Index('idx_team_agreement_versions_changed_by_user_id')
  @Column({ type: 'uuid', nullable: true })
  changedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'changed_by_user_id',
    foreignKeyConstraintName: 'fk_team_agreement_versions_changed_by_user_id',
  })
  changedBy?: UserEntity;

  @Column({ type: 'timestamptz' })
  changedAt: Date;
}
