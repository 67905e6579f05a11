import { Me, SessionState } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionContext } from '../common/auth/request-context';
import { notFound, ProblemException } from '../common/problems/problem.exception';
import { isUniqueViolation } from '../common/unique-violation';
import { OrganisationsService } from '../organisations/organisations.service';
import { LoginDto, RegisterDto } from './dto/auth.dto';
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
    private readonly sessions: SessionsService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** Unknown e-mail and wrong password get the same answer, in the same time. */
  async login(dto: LoginDto): Promise<LoggedIn> {
    const user = await this.users.findByEmail(dto.email);
    const valid = await this.passwords.verify(user?.passwordHash ?? null, dto.password);
    if (!user || !valid) {
      throw new ProblemException(401, 'invalid-credentials');
    }
    const memberships = await this.organisations.membershipsOf(user.id);
    const active = memberships[0]?.organisationId ?? null;
    const token = await this.sessions.create(this.dataSource.manager, user.id, active);
    return {
      token,
      me: {
        user: { id: user.id, email: user.email, displayName: user.displayName },
        memberships,
        activeOrganisationId: active,
        platformAdmin: user.platformAdmin,
      },
    };
  }

  async register(dto: RegisterDto): Promise<LoggedIn> {
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
        });
        const organisation = await this.organisations.createWithQualityOfficer(
          manager,
          dto.organisationName.trim(),
          user.id,
        );
        return {
          token: await this.sessions.create(manager, user.id, organisation.id),
          userId: user.id,
        };
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error, 'uq_users_email')
          ? new ProblemException(409, 'email-taken')
          : error;
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
      user: { id: user.id, email: user.email, displayName: user.displayName },
      memberships,
      activeOrganisationId: active,
      platformAdmin: user.platformAdmin,
    };
  }
}
