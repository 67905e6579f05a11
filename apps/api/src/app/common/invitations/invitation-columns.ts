import { Column, CreateDateColumn } from 'typeorm';

/**
 * The columns every invitation link shares (member, review and peer-group invitations): the
 * sha256 of its 256-bit token (the link carries the token, the table never), when it was made,
 * until when it works, and when it was used or revoked. An entity extends this class and names
 * the unique index on `tokenHash` itself, e.g.
 * `@Index('uq_invitations_token_hash', ['tokenHash'], { unique: true })`.
 */
export abstract class InvitationColumns {
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
