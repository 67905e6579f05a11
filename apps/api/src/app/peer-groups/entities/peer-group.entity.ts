import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { UserEntity } from '../../auth/entities/user.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';

/**
 * A toetsingsgroep: organisations that review each other in turn. Its schedule is not stored: it
 * follows from the members in join order (libs/domain peerReviewSchedule).
 */
@Entity('peer_groups')
export class PeerGroupEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_peer_groups' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** The organisation that may remove members; passes to the longest member when it leaves. */
  @Column({ type: 'uuid', nullable: true })
  creatorOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'creator_organisation_id',
    foreignKeyConstraintName: 'fk_peer_groups_creator_organisation_id',
  })
  creatorOrganisation?: OrganisationEntity;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_peer_groups_created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
