import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { TeamEntity } from '../../teams/entities/team.entity';

/**
 * A team agreement on a recurring question ("wanneer sluiten we een traject af?"): the current
 * version; every version, this one included, is in team_agreement_versions.
 */
@Entity('team_agreements')
@Index('idx_team_agreements_organisation_id_team_id', ['organisationId', 'teamId'])
export class TeamAgreementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_team_agreements' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_team_agreements_organisation_id',
  })
  organisation?: OrganisationEntity;

  @Index('idx_team_agreements_team_id')
  @Column({ type: 'uuid' })
  teamId: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_team_agreements_team_id' })
  team?: TeamEntity;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;
}
