import { ActionStatus } from '@labelklaar/domain';

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { AssessmentRoundEntity } from '../../assessments/entities/assessment-round.entity';
import { UserEntity } from '../../auth/entities/user.entity';
import { MembershipEntity } from '../../organisations/entities/membership.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';

/** A verbeteractie on one criterion of one round. */
@Entity('improvement_actions')
@Check('ck_improvement_actions_status', "status IN ('open', 'in-progress', 'done', 'cancelled')")
@Index('idx_improvement_actions_organisation_id_status', ['organisationId', 'status'])
@Index('idx_improvement_actions_round_id_criterion_code', ['roundId', 'criterionCode'])
export class ImprovementActionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_improvement_actions' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_improvement_actions_organisation_id',
  })
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => AssessmentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_improvement_actions_round_id' })
  round?: AssessmentRoundEntity;

  @Column({ type: 'varchar', length: 20 })
  criterionCode: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Index('idx_improvement_actions_owner_membership_id')
  @Column({ type: 'uuid', nullable: true })
  ownerMembershipId: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'owner_membership_id',
    foreignKeyConstraintName: 'fk_improvement_actions_owner_membership_id',
  })
  owner?: MembershipEntity;

  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: ActionStatus;

  @Column({ type: 'text', nullable: true })
  reflection: string | null;

  /** The unfinished action of the previous round this one continues. */
  @Column({ type: 'uuid', nullable: true })
  carriedOverFromId: string | null;

  @ManyToOne(() => ImprovementActionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'carried_over_from_id',
    foreignKeyConstraintName: 'fk_improvement_actions_carried_over_from_id',
  })
  carriedOverFrom?: ImprovementActionEntity;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'created_by_id',
    foreignKeyConstraintName: 'fk_improvement_actions_created_by_id',
  })
  createdBy?: UserEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'updated_by_id',
    foreignKeyConstraintName: 'fk_improvement_actions_updated_by_id',
  })
  updatedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
