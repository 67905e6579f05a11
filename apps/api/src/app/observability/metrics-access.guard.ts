import { timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Request, Response } from 'express';

import { notFound, ProblemException } from '../common/problems/problem.exception';
import { APP_CONFIG, AppConfig } from '../config/app-config';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * `GET /metrics` for the operator's Prometheus only: from this host itself (a direct connection
 * from loopback, not one a local reverse proxy forwards) or with the bearer token of
 * LABELKLAAR_METRICS_TOKEN. Without a token configured the endpoint does not exist for anyone
 * else (404); with one, a wrong or missing token is 401 so a misconfigured scraper is told so.
 */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  private readonly token: Buffer | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.token = config.metricsToken ? Buffer.from(config.metricsToken, 'utf8') : null;
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (this.isDirectFromLoopback(request)) {
      return true;
    }
    if (!this.token) {
      throw notFound();
    }
    if (this.hasToken(request.headers.authorization)) {
      return true;
    }
    context
      .switchToHttp()
      .getResponse<Response>()
      .setHeader('WWW-Authenticate', 'Bearer realm="labelklaar-metrics"');
    throw new ProblemException(401, 'metrics-token-required');
  }

  /** The socket's own peer; a forwarded request (X-Forwarded-For, Forwarded) comes from elsewhere. */
  private isDirectFromLoopback(request: Request): boolean {
    const forwarded = request.headers['x-forwarded-for'] ?? request.headers['forwarded'];
    return !forwarded && LOOPBACK.test(request.socket.remoteAddress ?? '');
  }

  private hasToken(authorization: string | undefined): boolean {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match || !this.token) {
      return false;
    }
    const given = Buffer.from(match[1], 'utf8');
    // timingSafeEqual needs equal lengths; comparing against itself keeps the time the same.
    const same = given.length === this.token.length;
    return timingSafeEqual(same ? given : this.token, this.token) && same;
  }
}
