import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { RoundEventsService } from '../audit-trail/round-events.service';
import { SessionContext } from '../common/auth/request-context';
import { Clock } from '../common/clock';
import { ProblemException } from '../common/problems/problem.exception';
import { OrganisationsService } from '../organisations/organisations.service';
import { AccountErasureRepository } from './account-erasure.repository';
import { DeleteAccountDto } from './dto/delete-account.dto';
import { LoginLimiter } from './login-limiter.service';
import { PasswordService } from './password.service';
import { UsersRepository } from './users.repository';

@Injectable()
export class AccountErasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AccountErasureRepository,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly limiter: LoginLimiter,
    private readonly organisations: OrganisationsService,
    private readonly events: RoundEventsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Deletes the logged-in person's account: the password is asked again (limited as a login is),
   * then in one transaction every membership ends (refused while they are an organisation's last
   * quality officer), every session and personal row goes, and their name and address become
   * "voormalig lid" everywhere, the append-only round history included (rows kept).
   */
  async erase(session: SessionContext, dto: DeleteAccountDto, clientIp: string | undefined) {
    const user = await this.limiter.attempt(session.email, clientIp, async () => {
      const found = await this.users.findById(session.userId);
      const valid = await this.passwords.verify(found?.passwordHash ?? null, dto.password);
      return found && valid ? found : null;
    });
    if (!user) {
      throw new ProblemException(400, 'account-password-incorrect', {}, [
        { field: 'password', code: 'currentPasswordIncorrect', params: {} },
      ]);
    }
    await this.dataSource.transaction(async (manager) => {
      await this.organisations.endMembershipsOf(manager, session.userId);
      await this.events.pseudonymise(manager, session.userId, [session.displayName, session.email]);
      await this.repository.pseudonymiseNamesElsewhere(manager, session.userId, session.email);
      await this.repository.removePersonalRows(manager, session.userId);
      await this.repository.pseudonymiseUser(manager, session.userId, this.clock.now());
    });
  }
}
