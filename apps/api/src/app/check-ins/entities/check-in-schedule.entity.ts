import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { TeamEntity } from '../../teams/entities/team.entity';

/** A team's cadence for the five prikkelende vragen; a team without a row has none yet. */
@Entity('check_in_schedules')
export class CheckInScheduleEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_check_in_schedules' })
  teamId: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_check_in_schedules_team_id' })
  team?: TeamEntity;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'varchar', length: 16 })
  cadence: string;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
