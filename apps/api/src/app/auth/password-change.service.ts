import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionContext } from '../common/auth/request-context';
import { ProblemException } from '../common/problems/problem.exception';
import { Mailer } from '../mail/mailer.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { ChangePasswordDto } from './dto/auth.dto';
import { LoginLimiter } from './login-limiter.service';
import { PasswordPolicy } from './password-policy.service';
import { PasswordService } from './password.service';
import { SessionsService } from './sessions.service';
import { UsersRepository } from './users.repository';

@Injectable()
export class PasswordChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly policy: PasswordPolicy,
    private readonly limiter: LoginLimiter,
    private readonly sessions: SessionsService,
    private readonly organisations: OrganisationsService,
    private readonly mailer: Mailer,
  ) {}

  /**
   * Needs the current password, limited as a login is, so a session left open is no way to guess
   * it. Every other session of the user ends: whoever knew the old password is logged out.
   */
  async change(session: SessionContext, dto: ChangePasswordDto, clientIp: string | undefined) {
    const user = await this.limiter.attempt(session.email, clientIp, async () => {
      const found = await this.users.findById(session.userId);
      const valid = await this.passwords.verify(found?.passwordHash ?? null, dto.currentPassword);
      return found && valid ? found : null;
    });
    if (!user) {
      throw this.refusal('current-password-incorrect', 'currentPassword');
    }
    if (dto.newPassword === dto.currentPassword) {
      throw this.refusal('password-unchanged', 'newPassword');
    }
    const memberships = await this.organisations.membershipsOf(user.id);
    const context = {
      email: user.email,
      displayName: user.displayName,
      organisationNames: memberships.map((membership) => membership.organisationName),
    };
    this.policy.assertAcceptable(dto.newPassword, context, 'newPassword');
    const passwordHash = await this.passwords.hash(dto.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.users.setPasswordHash(manager, user.id, passwordHash);
      await this.sessions.endOthers(manager, user.id, session.sessionId);
      await this.mailer.send(
        'password-changed',
        user.email,
        { url: this.mailer.link('/login') },
        manager,
      );
    });
  }

  private refusal(code: string, field: string): ProblemException {
    const fieldCode =
      code === 'password-unchanged' ? 'passwordUnchanged' : 'currentPasswordIncorrect';
    return new ProblemException(400, code, {}, [{ field, code: fieldCode, params: {} }]);
  }
}
