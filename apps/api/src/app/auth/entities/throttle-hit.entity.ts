import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Rate-limit counters live in PostgreSQL so that several API instances share them. */
@Entity('throttle_hits')
export class ThrottleHitEntity {
  @PrimaryColumn({ type: 'varchar', length: 300, primaryKeyConstraintName: 'pk_throttle_hits' })
  key: string;

  @Column({ type: 'integer' })
  hits: number;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;
}
