import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { AuditTrailModule } from '../audit-trail/audit-trail.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AccountErasureRepository } from './account-erasure.repository';
import { AccountErasureService } from './account-erasure.service';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { EmailChangeService } from './email-change.service';
import { InvitationAcceptanceController } from './invitation-acceptance.controller';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { InviteeAccountsService } from './invitee-accounts.service';
import { LoginLimiter } from './login-limiter.service';
import { MeController } from './me.controller';
import { PasswordChangeService } from './password-change.service';
import { PasswordPolicy } from './password-policy.service';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetService } from './password-reset.service';
import { PasswordService } from './password.service';
import { SessionAuthGuard } from './session-auth.guard';
import { SessionCookies } from './session-cookies.service';
import { SessionStateController } from './session-state.controller';
import { SessionsService } from './sessions.service';
import { ThrottleRepository } from './throttle.repository';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [AuditTrailModule, OrganisationsModule],
  controllers: [
    AccountController,
    AuthController,
    InvitationAcceptanceController,
    MeController,
    PasswordResetController,
    SessionStateController,
  ],
  providers: [
    AccountErasureRepository,
    AccountErasureService,
    AccountService,
    AuthService,
    EmailChangeService,
    InvitationAcceptanceService,
    InviteeAccountsService,
    LoginLimiter,
    PasswordChangeService,
    PasswordPolicy,
    PasswordResetService,
    PasswordService,
    SessionCookies,
    SessionsService,
    ThrottleRepository,
    UsersRepository,
    UsersService,
    { provide: APP_GUARD, useClass: SessionAuthGuard },
  ],
  exports: [
    AuthService,
    InviteeAccountsService,
    LoginLimiter,
    PasswordPolicy,
    PasswordService,
    SessionCookies,
    SessionsService,
    UsersService,
  ],
})
export class AuthModule {}
