import { AccountLanguage } from '@labelklaar/domain';

import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan } from 'typeorm';

import { SessionContext } from '../common/auth/request-context';
import { Clock } from '../common/clock';
import { ProblemException } from '../common/problems/problem.exception';
import { isUniqueViolation } from '../common/unique-violation';
import { Mailer } from '../mail/mailer.service';
import { ChangeEmailDto, ConfirmEmailChangeDto } from './dto/account.dto';
import { EmailChangeEntity } from './entities/email-change.entity';
import { UserEntity } from './entities/user.entity';
import { LoginLimiter } from './login-limiter.service';
import { PasswordService } from './password.service';
import { UsersRepository } from './users.repository';

const VALID_MS = 24 * 60 * 60 * 1000;
export const EMAIL_CONFIRM_PATH = '/account/email/confirm';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
const languageOf = (user: UserEntity): AccountLanguage => (user.language === 'en' ? 'en' : 'nl');

function refusal(status: number, code: string, field: string): ProblemException {
  const fieldCode = code.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());
  return new ProblemException(status, code, {}, [{ field, code: fieldCode, params: {} }]);
}

/**
 * A new address only counts once its owner proves to read it: the link goes to the new address,
 * and only confirming it changes the account. The old address is told afterwards.
 */
@Injectable()
export class EmailChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly limiter: LoginLimiter,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  /** Needs the current password, limited as a login is, so an open session cannot take over. */
  async request(session: SessionContext, dto: ChangeEmailDto, ip: string | undefined) {
    const user = await this.limiter.attempt(session.email, ip, async () => {
      const found = await this.users.findById(session.userId);
      const valid = await this.passwords.verify(found?.passwordHash ?? null, dto.currentPassword);
      return found && valid ? found : null;
    });
    if (!user) {
      throw refusal(400, 'current-password-incorrect', 'currentPassword');
    }
    const newEmail = dto.email.trim().toLowerCase();
    if (newEmail === user.email) {
      throw refusal(400, 'email-unchanged', 'email');
    }
    if (await this.users.findByEmail(newEmail)) {
      throw refusal(409, 'email-in-use', 'email');
    }
    const token = randomBytes(32).toString('base64url');
    await this.dataSource.transaction(async (manager) => {
      const changes = manager.getRepository(EmailChangeEntity);
      // One pending change at a time: an earlier link stops working.
      await changes.delete({ userId: user.id, usedAt: IsNull() });
      await changes.insert({
        userId: user.id,
        newEmail,
        tokenHash: sha256(token),
        expiresAt: new Date(this.clock.now().getTime() + VALID_MS),
        usedAt: null,
      });
      const url = this.mailer.link(`${EMAIL_CONFIRM_PATH}?token=${token}`);
      await this.mailer.send(
        'email-change-confirm',
        newEmail,
        { email: newEmail, url },
        manager,
        languageOf(user),
      );
    });
  }

  /** The token alone proves the new address: the link may open in a browser without a session. */
  async confirm(dto: ConfirmEmailChangeDto, ip: string | undefined): Promise<void> {
    await this.limiter.countRecovery('', ip);
    const change = await this.dataSource.getRepository(EmailChangeEntity).findOne({
      where: {
        tokenHash: sha256(dto.token),
        usedAt: IsNull(),
        expiresAt: MoreThan(this.clock.now()),
      },
      relations: { user: true },
    });
    const user = change?.user;
    if (!change || !user) {
      throw refusal(400, 'email-change-invalid', 'token');
    }
    await this.dataSource
      .transaction(async (manager) => {
        const used = await manager
          .getRepository(EmailChangeEntity)
          .update({ id: change.id, usedAt: IsNull() }, { usedAt: this.clock.now() });
        if (used.affected !== 1) {
          throw refusal(400, 'email-change-invalid', 'token');
        }
        await this.users.setEmail(manager, user.id, change.newEmail);
        const params = { newEmail: change.newEmail, url: this.mailer.link('/account') };
        await this.mailer.send('email-changed', user.email, params, manager, languageOf(user));
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error, 'uq_users_email')
          ? refusal(409, 'email-in-use', 'token')
          : error;
      });
  }
}
