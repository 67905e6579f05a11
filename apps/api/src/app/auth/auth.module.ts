import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { InvitationAcceptanceController } from './invitation-acceptance.controller';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { MeController } from './me.controller';
import { PasswordService } from './password.service';
import { PgThrottlerStorage } from './pg-throttler.storage';
import { SessionAuthGuard } from './session-auth.guard';
import { SessionStateController } from './session-state.controller';
import { SessionsService } from './sessions.service';
import { UsersRepository } from './users.repository';

const LOGIN_WINDOW_MS = 15 * 60 * 1000;

@Module({
  imports: [
    OrganisationsModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, getDataSourceToken()],
      useFactory: (config: AppConfig, dataSource: DataSource) => ({
        throttlers: [
          {
            name: 'login',
            ttl: LOGIN_WINDOW_MS,
            limit: config.loginRateLimit,
            blockDuration: LOGIN_WINDOW_MS,
          },
        ],
        storage: new PgThrottlerStorage(dataSource),
      }),
    }),
  ],
  controllers: [
    AuthController,
    InvitationAcceptanceController,
    MeController,
    SessionStateController,
  ],
  providers: [
    AuthService,
    InvitationAcceptanceService,
    PasswordService,
    SessionsService,
    UsersRepository,
    { provide: APP_GUARD, useClass: SessionAuthGuard },
  ],
  exports: [AuthService, PasswordService, SessionsService, UsersRepository],
})
export class AuthModule {}
