import { accountLanguageOf, Me, SessionState, UserSummary } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionContext } from '../common/auth/request-context';
import { notFound, ProblemException } from '../common/problems/problem.exception';
import { isUniqueViolation } from '../common/unique-violation';
import { OrganisationsService } from '../organisations/organisations.service';
import { LoginDto, RegisterDto } from './dto/auth.dto';
import { UserEntity } from './entities/user.entity';
import { LoginLimiter } from './login-limiter.service';
import { PasswordPolicy } from './password-policy.service';
import { PasswordService } from './password.service';
import { SessionsService } from './sessions.service';
import { UsersRepository } from './users.repository';

export interface LoggedIn {
  token: string;
  me: Me;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly policy: PasswordPolicy,
    private readonly limiter: LoginLimiter,
    private readonly sessions: SessionsService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** Unknown e-mail and wrong password get the same answer, in the same time. */
  async login(dto: LoginDto, clientIp: string | undefined, userAgent?: string): Promise<LoggedIn> {
    const user = await this.limiter.attempt(dto.email, clientIp, async () => {
      const found = await this.users.findByEmail(dto.email);
      const valid = await this.passwords.verify(found?.passwordHash ?? null, dto.password);
      return found && valid ? found : null;
    });
    if (!user) {
      throw new ProblemException(401, 'invalid-credentials');
    }
    const memberships = await this.organisations.membershipsOf(user.id);
    const active = memberships[0]?.organisationId ?? null;
    const token = await this.sessions.create(this.dataSource.manager, user.id, active, {
      userAgent,
      ip: clientIp,
    });
    return {
      token,
      me: {
        user: userSummary(user),
        memberships,
        activeOrganisationId: active,
        platformAdmin: user.platformAdmin,
      },
    };
  }

  /**
   * A taken address still answers 409 email-taken: without mail there is no other way to tell the
   * person. It counts as a failure of the client address, so addresses cannot be probed in bulk.
   */
  async register(
    dto: RegisterDto,
    clientIp: string | undefined,
    userAgent?: string,
  ): Promise<LoggedIn> {
    await this.limiter.refuseBlockedAddress(clientIp);
    this.policy.assertAcceptable(dto.password, {
      email: dto.email,
      displayName: dto.displayName,
      organisationNames: [dto.organisationName],
    });
    const passwordHash = await this.passwords.hash(dto.password);
    const { token, userId } = await this.dataSource
      .transaction(async (manager) => {
        // Checked first for a clear answer; the unique index catches a registration racing this one.
        if (await this.users.findByEmail(dto.email, manager)) {
          throw new ProblemException(409, 'email-taken');
        }
        const user = await this.users.create(manager, {
          email: dto.email,
          displayName: dto.displayName.trim(),
          passwordHash,
          language: dto.language ?? 'nl',
        });
        const organisation = await this.organisations.createWithQualityOfficer(
          manager,
          dto.organisationName.trim(),
          user.id,
        );
        return {
          token: await this.sessions.create(manager, user.id, organisation.id, {
            userAgent,
            ip: clientIp,
          }),
          userId: user.id,
        };
      })
      .catch(async (error: unknown) => {
        const taken =
          (error instanceof ProblemException && error.code === 'email-taken') ||
          isUniqueViolation(error, 'uq_users_email');
        if (!taken) {
          throw error;
        }
        await this.limiter.recordAddressFailure(clientIp);
        throw new ProblemException(409, 'email-taken');
      });
    return { token, me: await this.meOf(userId, null) };
  }

  async logout(session: SessionContext | undefined): Promise<void> {
    if (session) {
      await this.sessions.end(session.sessionId);
    }
  }

  me(session: SessionContext): Promise<Me> {
    return this.meOf(session.userId, session);
  }

  /** GET /auth/session answers anonymous visitors too, so a browser logs no 401 on the login page. */
  async sessionState(session: SessionContext | undefined): Promise<SessionState> {
    return session
      ? { authenticated: true, me: await this.me(session) }
      : { authenticated: false, me: null };
  }

  async setActiveOrganisation(session: SessionContext, organisationId: string): Promise<Me> {
    const membership = await this.organisations.findMembership(organisationId, session.userId);
    if (!membership) {
      throw notFound();
    }
    await this.sessions.setActiveOrganisation(session.sessionId, organisationId);
    return this.meOf(session.userId, { ...session, activeOrganisationId: organisationId });
  }

  /** Builds Me; a session whose active organisation is gone falls back to the first membership. */
  async meOf(userId: string, session: SessionContext | null): Promise<Me> {
    const user = await this.users.findById(userId);
    if (!user) {
      throw new ProblemException(401, 'not-authenticated');
    }
    const memberships = await this.organisations.membershipsOf(userId);
    const stillMember = memberships.some((m) => m.organisationId === session?.activeOrganisationId);
    const active = stillMember
      ? (session?.activeOrganisationId ?? null)
      : (memberships[0]?.organisationId ?? null);
    if (session && active !== session.activeOrganisationId) {
      await this.sessions.setActiveOrganisation(session.sessionId, active);
    }
    return {
      user: userSummary(user),
      memberships,
      activeOrganisationId: active,
      platformAdmin: user.platformAdmin,
    };
  }
}

function userSummary(user: UserEntity): UserSummary {
  const { id, email, displayName } = user;
  return { id, email, displayName, language: accountLanguageOf(user.language) };
}
