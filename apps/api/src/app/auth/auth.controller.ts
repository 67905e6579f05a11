import { Body, Controller, HttpCode, Inject, Post, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { Response } from 'express';

import { CurrentSession, Public } from '../common/auth/auth.decorators';
import { SessionContext } from '../common/auth/request-context';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuthService, LoggedIn } from './auth.service';
import { LoginDto, RegisterDto } from './dto/auth.dto';
import { MeResponseDto } from './dto/me-response.dto';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller({ path: 'auth', version: '1' })
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(LoginThrottlerGuard)
  @Throttle({ login: {} })
  @ApiOperation({ summary: 'Log in with e-mail and password; sets the session cookie' })
  async login(
    @Body() body: LoginDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MeResponseDto> {
    return this.startSession(await this.auth.login(body), response);
  }

  @Post('register')
  @Public()
  @ApiOperation({ summary: 'Register an organisation; the new user becomes its quality officer' })
  async register(
    @Body() body: RegisterDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MeResponseDto> {
    return this.startSession(await this.auth.register(body), response);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session' })
  async logout(
    @CurrentSession() session: SessionContext | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logout(session);
    clearSessionCookie(response, this.config.secureCookies);
  }

  private startSession(loggedIn: LoggedIn, response: Response): MeResponseDto {
    setSessionCookie(response, loggedIn.token, this.sessions.ttlMs, this.config.secureCookies);
    return loggedIn.me;
  }
}
