import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThan, Not } from 'typeorm';

import { SessionContext } from '../common/auth/request-context';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SessionEntity } from './entities/session.entity';
import { readSessionActor } from './session-actor.read-model';

const HOUR_MS = 60 * 60 * 1000;

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
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await manager.getRepository(SessionEntity).delete({ expiresAt: LessThan(now) });
    await manager.getRepository(SessionEntity).save({
      tokenHash: hashToken(token),
      userId,
      activeOrganisationId,
      expiresAt: new Date(now.getTime() + this.ttlMs),
    });
    return token;
  }

  async resolve(token: string): Promise<SessionContext | null> {
    return readSessionActor(this.dataSource, hashToken(token), this.clock.now());
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
