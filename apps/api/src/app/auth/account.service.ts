import { accountLanguageOf, AccountProfile, AccountSession } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan } from 'typeorm';

import { SessionContext } from '../common/auth/request-context';
import { Clock } from '../common/clock';
import { notFound, ProblemException } from '../common/problems/problem.exception';
import { UpdateAccountProfileDto } from './dto/account.dto';
import { EmailChangeEntity } from './entities/email-change.entity';
import { SessionEntity } from './entities/session.entity';
import { SessionsService } from './sessions.service';
import { UsersRepository } from './users.repository';

export function mapSession(session: SessionEntity, currentId: string): AccountSession {
  return {
    id: session.id,
    userAgent: session.userAgent,
    ipAddress: session.ipAddress,
    createdAt: session.createdAt.toISOString(),
    lastSeenAt: session.lastSeenAt.toISOString(),
    current: session.id === currentId,
  };
}

/** "Mijn account": name, language and the sessions of the person logged in. */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly clock: Clock,
  ) {}

  async profile(session: SessionContext): Promise<AccountProfile> {
    const user = await this.users.findById(session.userId);
    if (!user) {
      throw new ProblemException(401, 'not-authenticated');
    }
    const pending = await this.dataSource.getRepository(EmailChangeEntity).findOne({
      where: { userId: user.id, usedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
      order: { createdAt: 'DESC' },
    });
    return {
      email: user.email,
      displayName: user.displayName,
      language: accountLanguageOf(user.language),
      pendingEmail: pending?.newEmail ?? null,
    };
  }

  async updateProfile(
    session: SessionContext,
    dto: UpdateAccountProfileDto,
  ): Promise<AccountProfile> {
    await this.users.setProfile(session.userId, {
      displayName: dto.displayName,
      language: dto.language,
    });
    return this.profile(session);
  }

  async sessionsOf(session: SessionContext): Promise<AccountSession[]> {
    const sessions = await this.sessions.listOf(session.userId);
    return sessions.map((row) => mapSession(row, session.sessionId));
  }

  /** Another person's session, or one that does not exist, answers 404 alike. */
  async endSession(session: SessionContext, sessionId: string): Promise<void> {
    if (!(await this.sessions.endOwn(session.userId, sessionId))) {
      throw notFound();
    }
  }

  async endOtherSessions(session: SessionContext): Promise<void> {
    await this.sessions.endOthers(this.dataSource.manager, session.userId, session.sessionId);
  }
}
