import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
@Check('ck_users_language', "language IN ('nl', 'en')")
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_users' })
  id: string;

  /** Stored lower-cased, so one address is one account whatever its spelling. */
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 120 })
  displayName: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  /** Staff of the label owner: they see anonymised sector figures, never one organisation's data. */
  @Column({ type: 'boolean', default: false })
  platformAdmin: boolean;

  /** The language of the mail the account receives: 'nl' or 'en'. */
  @Column({ type: 'varchar', length: 2, default: 'nl' })
  language: string;

  /**
   * Set when the person deleted their account: name and e-mail address are replaced by the
   * pseudonym and no password works any more; the row stays for the history that refers to it.
   */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
