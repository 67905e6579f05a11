import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import { Clock } from '../clock';
import { notFound } from '../problems/problem.exception';
import { inTransaction } from '../transaction';
import { InvitationColumns } from './invitation-columns';

const DAY_MS = 24 * 60 * 60 * 1000;

export type InvitationRow = InvitationColumns & { id: string };

/** A new link's secret: the token goes into the link once, only its hash into the table. */
export interface IssuedInvitationToken {
  token: string;
  tokenHash: string;
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function issueInvitationToken(): IssuedInvitationToken {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

export function daysFrom(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY_MS);
}

export interface InvitationLinksOptions {
  /** Relations loaded with an open invitation (for previews and acceptance). */
  relations?: string[];
}

/**
 * The one life of an invitation link, shared by member, review and peer-group invitations: issue
 * a token (sha256 in the table), find an open one by its token (an unknown, used, revoked or
 * expired token all answer the same 404, so a dead link reveals nothing), preview it, accept it
 * in one transaction (the row locked, marked used at most once) and revoke it. Each context's
 * service holds one instance for its own entity and adds what is its own (who may invite, what
 * accepting grants).
 */
export class InvitationLinks<E extends InvitationRow> {
  constructor(
    private readonly entity: EntityTarget<E>,
    private readonly clock: Clock,
    private readonly options: InvitationLinksOptions = {},
  ) {}

  issue(): IssuedInvitationToken {
    return issueInvitationToken();
  }

  /**
   * The open invitation of the token, else 404. Inside a transaction the row is locked (`FOR
   * UPDATE` of the invitation only), so a link is used once however often it is posted.
   */
  async findOpen(token: string, manager: EntityManager, lock = false): Promise<E> {
    const query = manager
      .getRepository(this.entity)
      .createQueryBuilder('i')
      .where('i.tokenHash = :tokenHash', { tokenHash: hashInvitationToken(token) })
      .andWhere('i.acceptedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > :now', {
        now: this.clock.now(),
      });
    for (const relation of this.options.relations ?? []) {
      query.leftJoinAndSelect(`i.${relation}`, relation);
    }
    if (lock) {
      query.setLock('pessimistic_write', undefined, ['i']);
    }
    const invitation = await query.getOne();
    if (!invitation) {
      throw notFound();
    }
    return invitation;
  }

  /** What the link is for, before accepting; the link stays usable. */
  async preview<R>(
    token: string,
    manager: EntityManager,
    describe: (invitation: E) => Promise<R> | R,
  ): Promise<R> {
    return describe(await this.findOpen(token, manager));
  }

  /**
   * Accepts in one transaction (the caller's, when given): the open invitation is locked, `work`
   * does what accepting grants and returns what to mark on the row besides `acceptedAt` (who
   * accepted), and the row is marked used; a second acceptance finds nothing open (404).
   */
  accept<R>(
    dataSource: DataSource,
    token: string,
    work: (
      manager: EntityManager,
      invitation: E,
    ) => Promise<{ result: R; accepted?: QueryDeepPartialEntity<E> }>,
    outer?: EntityManager,
  ): Promise<R> {
    return inTransaction(dataSource, outer, async (manager) => {
      const invitation = await this.findOpen(token, manager, true);
      const { result, accepted } = await work(manager, invitation);
      await this.markAccepted(manager, invitation.id, accepted ?? {});
      return result;
    });
  }

  /** Single use: only the first acceptance of an open invitation changes the row, else 404. */
  async markAccepted(
    manager: EntityManager,
    invitationId: string,
    accepted: QueryDeepPartialEntity<E>,
  ): Promise<void> {
    const now = this.clock.now();
    const result = await manager
      .createQueryBuilder()
      .update(this.entity)
      .set({ ...accepted, acceptedAt: now } as QueryDeepPartialEntity<E>)
      .where('id = :invitationId', { invitationId })
      .andWhere('accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :now', { now })
      .execute();
    if (result.affected !== 1) {
      throw notFound();
    }
  }

  /**
   * Revokes once (true when this call did): a joining link only while unused, an access grant
   * (`evenIfAccepted`) also after use, which ends the access it gave.
   */
  async revoke(
    manager: EntityManager,
    invitationId: string,
    revoked: QueryDeepPartialEntity<E> = {},
    { evenIfAccepted = false }: { evenIfAccepted?: boolean } = {},
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(this.entity)
      .set({ ...revoked, revokedAt: this.clock.now() } as QueryDeepPartialEntity<E>)
      .where('id = :invitationId', { invitationId })
      .andWhere(
        evenIfAccepted ? 'revoked_at IS NULL' : 'accepted_at IS NULL AND revoked_at IS NULL',
      )
      .execute();
    return result.affected === 1;
  }
}
