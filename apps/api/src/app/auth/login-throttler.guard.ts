import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { Request, Response } from 'express';

import { ProblemException } from '../common/problems/problem.exception';

/** Limits login attempts per client address and e-mail address together. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override getTracker(request: Record<string, unknown>): Promise<string> {
    const req = request as unknown as Request;
    const body = req.body as { email?: unknown } | undefined;
    const email =
      typeof body?.email === 'string' ? body.email.trim().toLowerCase().slice(0, 254) : '';
    return Promise.resolve(`login:${req.ip ?? 'unknown'}:${email}`);
  }

  protected override throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(detail.timeToBlockExpire, 1);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(seconds));
    throw new ProblemException(429, 'too-many-requests', { minutes: Math.ceil(seconds / 60) });
  }
}
