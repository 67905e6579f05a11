import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Secrets every API instance must share (the key that signs CSRF tokens): kept in the database,
 * so instances behind a load balancer accept each other's tokens without any configuration.
 */
@Entity('server_secrets')
export class ServerSecretEntity {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_server_secrets' })
  name: string;

  /** base64url of random bytes. */
  @Column({ type: 'varchar', length: 128 })
  value: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
