import type { ModelPromptAnswer } from '@labelklaar/domain';

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { UserEntity } from '../../auth/entities/user.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { TeamEntity } from '../../teams/entities/team.entity';

/**
 * A decision reflection: personal work notes of one professional, shared with their team only
 * when they choose to. The texts never leave the organisation and are never in an aggregate.
 */
@Entity('reflections')
@Index('idx_reflections_organisation_id_team_id_date', ['organisationId', 'teamId', 'date'])
export class ReflectionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_reflections' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_reflections_organisation_id',
  })
  organisation?: OrganisationEntity;

  @Index('idx_reflections_team_id')
  @Column({ type: 'uuid' })
  teamId: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_reflections_team_id' })
  team?: TeamEntity;

  /** A reflection is the author's own: when their account goes, so do their notes. */
  @Index('idx_reflections_author_user_id')
  @Column({ type: 'uuid' })
  authorUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_user_id', foreignKeyConstraintName: 'fk_reflections_author_user_id' })
  author?: UserEntity;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 32 })
  decisionKind: string;

  @Column({ type: 'varchar', length: 40, array: true })
  dilemmas: string[];

  @Column({ type: 'varchar', length: 80, nullable: true })
  modelId: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  modelVersion: string | null;

  @Column({ type: 'jsonb' })
  promptAnswers: ModelPromptAnswer[];

  @Column({ type: 'varchar', length: 40, array: true })
  considerations: string[];

  @Column({ type: 'jsonb' })
  steps: string[];

  @Column({ type: 'text' })
  decision: string;

  @Column({ type: 'text' })
  insight: string;

  @Column({ type: 'boolean' })
  isShared: boolean;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
