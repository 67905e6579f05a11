import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThan, MoreThan, Not } from 'typeorm';

import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SessionEntity } from './entities/session.entity';
import { readSessionActor, SessionActor } from './session-actor.read-model';

const HOUR_MS = 60 * 60 * 1000;
/** How stale "last active" may get before a request writes it again. */
const LAST_SEEN_STEP_MS = 5 * 60 * 1000;

/** The browser a session starts in, as the account page shows it. */
export interface SessionDevice {
  userAgent?: string;
  ip?: string;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Sessions live in PostgreSQL, so any API instance can serve any request. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  get ttlMs(): number {
    return this.config.sessionTtlHours * HOUR_MS;
  }

  async create(
    manager: EntityManager,
    userId: string,
    activeOrganisationId: string | null,
    device: SessionDevice = {},
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await manager.getRepository(SessionEntity).delete({ expiresAt: LessThan(now) });
    await manager.getRepository(SessionEntity).save({
      tokenHash: hashToken(token),
      userId,
      activeOrganisationId,
      expiresAt: new Date(now.getTime() + this.ttlMs),
      userAgent: device.userAgent?.slice(0, 500) ?? null,
      ipAddress: device.ip?.slice(0, 45) ?? null,
      lastSeenAt: now,
    });
    return token;
  }

  /**
   * The session of a cookie, with its active membership and, when `reviewRoundId` is given, the
   * user's review grant for that round: one query, so a guarded request costs one lookup.
   */
  async resolve(
    token: string,
    reviewRoundId: string | null = null,
  ): Promise<Omit<SessionActor, 'lastSeenAt'> | null> {
    const now = this.clock.now();
    const actor = await readSessionActor(this.dataSource, hashToken(token), now, reviewRoundId);
    if (!actor) {
      return null;
    }
    const { lastSeenAt, ...resolved } = actor;
    if (now.getTime() - lastSeenAt.getTime() > LAST_SEEN_STEP_MS) {
      await this.dataSource
        .getRepository(SessionEntity)
        .update({ id: resolved.session.sessionId }, { lastSeenAt: now });
    }
    return resolved;
  }

  /** The user's sessions that have not expired, most recently active first. */
  listOf(userId: string): Promise<SessionEntity[]> {
    return this.dataSource.getRepository(SessionEntity).find({
      where: { userId, expiresAt: MoreThan(this.clock.now()) },
      order: { lastSeenAt: 'DESC', createdAt: 'DESC' },
    });
  }

  /** Ends one session of the user; false when they have no such session. */
  async endOwn(userId: string, sessionId: string): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(SessionEntity)
      .delete({ id: sessionId, userId });
    return (result.affected ?? 0) > 0;
  }

  async setActiveOrganisation(sessionId: string, organisationId: string | null): Promise<void> {
    await this.dataSource
      .getRepository(SessionEntity)
      .update({ id: sessionId }, { activeOrganisationId: organisationId });
  }

  /** Ends every session of the user but `keptSessionId`: the other browsers must log in again. */
  async endOthers(manager: EntityManager, userId: string, keptSessionId: string): Promise<void> {
    await manager.getRepository(SessionEntity).delete({ userId, id: Not(keptSessionId) });
  }

  async end(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ id: sessionId });
  }
}
