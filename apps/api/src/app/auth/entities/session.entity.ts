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
import { UserEntity } from './user.entity';

/** A login: the cookie carries a random token, the table only its sha256. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_sessions' })
  id: string;

  @Index('uq_sessions_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Index('idx_sessions_user_id')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_sessions_user_id' })
  user?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  activeOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'active_organisation_id',
    foreignKeyConstraintName: 'fk_sessions_active_organisation_id',
  })
  activeOrganisation?: OrganisationEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The browser's User-Agent at login, to tell the sessions apart on the account page. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  userAgent: string | null;

  @Column({ type: 'varchar', length: 45, nullable: true })
  ipAddress: string | null;

  /** Moved on at most every few minutes, so a request does not always write. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  @Index('idx_sessions_expires_at')
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
