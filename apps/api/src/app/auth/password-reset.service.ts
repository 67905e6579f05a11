import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan } from 'typeorm';

import { Clock } from '../common/clock';
import { ProblemException } from '../common/problems/problem.exception';
import { Mailer } from '../mail/mailer.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { ConfirmPasswordResetDto } from './dto/password-reset.dto';
import { PasswordResetEntity } from './entities/password-reset.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { LoginLimiter } from './login-limiter.service';
import { PasswordPolicy } from './password-policy.service';
import { PasswordService } from './password.service';
import { UsersRepository } from './users.repository';

const VALID_MS = 60 * 60 * 1000;
/** A request answers no sooner than this, known address or not, so timing tells nothing. */
const REQUEST_ANSWER_MS = 400;

export const RESET_PATH = '/password-reset';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
const invalid = () =>
  new ProblemException(400, 'password-reset-invalid', {}, [
    { field: 'token', code: 'passwordResetInvalid', params: {} },
  ]);

/** "Wachtwoord vergeten": a mailed single-use link sets a new password and ends every session. */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly policy: PasswordPolicy,
    private readonly limiter: LoginLimiter,
    private readonly organisations: OrganisationsService,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  /** The same answer for every address; a known one gets the link by mail. */
  async request(email: string, ip: string | undefined): Promise<void> {
    const started = Date.now();
    await this.limiter.countRecovery(email, ip);
    const user = await this.users.findByEmail(email);
    if (user) {
      await this.issue(user);
    }
    await sleep(Math.max(0, started + REQUEST_ANSWER_MS - Date.now()));
  }

  async confirm(dto: ConfirmPasswordResetDto, ip: string | undefined): Promise<void> {
    await this.limiter.countRecovery('', ip);
    const tokenHash = sha256(dto.token);
    const reset = await this.dataSource.getRepository(PasswordResetEntity).findOne({
      where: { tokenHash, usedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
      relations: { user: true },
    });
    if (!reset?.user) {
      throw invalid();
    }
    await this.assertAcceptable(reset.user, dto.password);
    const passwordHash = await this.passwords.hash(dto.password);
    await this.dataSource.transaction(async (manager) => {
      const used = await manager
        .getRepository(PasswordResetEntity)
        .update({ id: reset.id, usedAt: IsNull() }, { usedAt: this.clock.now() });
      if (used.affected !== 1) {
        throw invalid();
      }
      await this.users.setPasswordHash(manager, reset.userId, passwordHash);
      await manager.getRepository(SessionEntity).delete({ userId: reset.userId });
      await this.mailer.send(
        'password-changed',
        reset.user?.email ?? '',
        { url: this.mailer.link('/login') },
        manager,
      );
    });
  }

  private async issue(user: UserEntity): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(PasswordResetEntity).insert({
        userId: user.id,
        tokenHash: sha256(token),
        expiresAt: new Date(this.clock.now().getTime() + VALID_MS),
        usedAt: null,
      });
      await this.mailer.send(
        'password-reset',
        user.email,
        { url: this.mailer.link(`${RESET_PATH}?token=${token}`) },
        manager,
      );
    });
  }

  private async assertAcceptable(user: UserEntity, password: string): Promise<void> {
    const memberships = await this.organisations.membershipsOf(user.id);
    this.policy.assertAcceptable(
      password,
      {
        email: user.email,
        displayName: user.displayName,
        organisationNames: memberships.map((membership) => membership.organisationName),
      },
      'password',
    );
  }
}
