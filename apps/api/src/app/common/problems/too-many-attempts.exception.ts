import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { Response } from 'express';

import { ProblemDetailsFilter } from './problem-details.filter';
import { ProblemException } from './problem.exception';

/** A 429 that says when to try again, in the message and in Retry-After. */
export class TooManyAttemptsException extends ProblemException {
  constructor(
    code: 'too-many-requests' | 'login-slowed-down',
    readonly retryAfterSeconds: number,
  ) {
    super(429, code, { minutes: Math.ceil(retryAfterSeconds / 60), seconds: retryAfterSeconds });
  }
}

/** Adds Retry-After, then answers as the global problem filter does. */
@Catch(TooManyAttemptsException)
export class RetryAfterFilter implements ExceptionFilter {
  private readonly problems = new ProblemDetailsFilter();

  catch(exception: TooManyAttemptsException, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .setHeader('Retry-After', String(exception.retryAfterSeconds));
    this.problems.catch(exception, host);
  }
}
