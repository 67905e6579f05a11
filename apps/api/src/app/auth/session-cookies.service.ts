import { Inject, Injectable } from '@nestjs/common';
import { Request, Response } from 'express';

import { SESSION_COOKIE } from '../common/auth/cookies';
import { CsrfTokens } from '../common/csrf/csrf-tokens.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SessionsService } from './sessions.service';

/** The session cookie, and with it the CSRF token bound to it, set and cleared together. */
@Injectable()
export class SessionCookies {
  constructor(
    private readonly sessions: SessionsService,
    private readonly csrf: CsrfTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  start(response: Response, token: string): void {
    response.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
      maxAge: this.sessions.ttlMs,
    });
    this.csrf.issueForSession(response, token);
  }

  end(request: Request, response: Response): void {
    response.clearCookie(SESSION_COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
    });
    this.csrf.issueForAnonymous(request, response);
  }
}
