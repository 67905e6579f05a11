import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('organisations')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_organisations' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** A manager has to establish (vaststellen) a round before it can be submitted. */
  @Column({ type: 'boolean', default: false })
  signOffRequired: boolean;

  /**
   * Set while the quality officer's request to erase the organisation runs its grace period; the
   * daily erasure job deletes it for good once `deletionDueAt` has passed. Null: not scheduled.
   */
  @Column({ type: 'timestamptz', nullable: true })
  deletionRequestedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletionDueAt: Date | null;

  /** Who asked, by id only (no foreign key: the account may be erased itself meanwhile). */
  @Column({ type: 'uuid', nullable: true })
  deletionRequestedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
