import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';

import { XSRF_HEADER } from '../auth/cookies';
import { ProblemException } from '../problems/problem.exception';
import { CsrfTokens } from './csrf-tokens.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * Posted by mail clients without any cookie (RFC 8058 one-click unsubscribe); it reads no session
 * and acts only on what its signed token names, so a forged request can do no more than the token.
 */
const TOKEN_ROUTES = new Set(['POST /api/v1/unsubscribe']);

/**
 * CSRF protection the Angular way: the app echoes the readable XSRF-TOKEN cookie in X-XSRF-TOKEN
 * on every unsafe request. The token is bound to the session (or pre-session) the browser's
 * cookies name, so only that token counts, not whatever the cookie holds. `CsrfTokens.issuer()`
 * hands the cookies out, on every response.
 */
@Injectable()
export class CsrfMiddleware implements NestMiddleware {
  constructor(private readonly tokens: CsrfTokens) {}

  use(request: Request, _response: Response, next: NextFunction): void {
    const route = `${request.method} ${request.originalUrl.split('?')[0]}`;
    if (SAFE_METHODS.has(request.method) || TOKEN_ROUTES.has(route)) {
      next();
      return;
    }
    const binding = this.tokens.bindingOf(request.cookies as Record<string, string | undefined>);
    const header = request.headers[XSRF_HEADER];
    if (!binding || typeof header !== 'string' || !this.tokens.matches(binding, header)) {
      throw new ProblemException(403, 'csrf-token-invalid');
    }
    next();
  }
}
