import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { OrganisationEntity } from '../../organisations/entities/organisation.entity';

/** A team of an organisation (a wijkteam, jongerenwerk). Names are unique per organisation, case aside. */
@Entity('teams')
@Index('uq_teams_organisation_id_name_key', ['organisationId', 'nameKey'], { unique: true })
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_teams' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_teams_organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  /** The name in lower case with single spaces: what makes two names the same. */
  @Column({ type: 'varchar', length: 80 })
  nameKey: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  description: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
