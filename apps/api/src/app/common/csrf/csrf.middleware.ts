import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';

import { APP_CONFIG, AppConfig } from '../config/app-config';
import { XSRF_COOKIE, XSRF_HEADER } from './auth/cookies';
import { ProblemException } from './problems/problem.exception';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Double-submit CSRF protection the Angular way: a readable XSRF-TOKEN cookie that the app
 * echoes in X-XSRF-TOKEN on every unsafe request; another site can send the cookie but not read it.
 */
@Injectable()
export class CsrfMiddleware implements NestMiddleware {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const cookies = request.cookies as Record<string, string | undefined>;
    const cookieToken = cookies[XSRF_COOKIE];
    if (!cookieToken) {
      response.cookie(XSRF_COOKIE, randomBytes(32).toString('base64url'), {
        httpOnly: false,
        sameSite: 'lax',
        secure: this.config.secureCookies,
        path: '/',
      });
    }
    if (SAFE_METHODS.has(request.method)) {
      next();
      return;
    }
    const headerToken = request.headers[XSRF_HEADER];
    if (!cookieToken || typeof headerToken !== 'string' || !sameToken(cookieToken, headerToken)) {
      throw new ProblemException(403, 'csrf-token-invalid');
    }
    next();
  }
}
