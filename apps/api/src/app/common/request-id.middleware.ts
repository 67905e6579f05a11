import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';

const REQUEST_ID = /^[\w-]{1,64}$/;

/**
 * The request's id: the caller's X-Request-Id when it is a plain token (a load balancer's or a
 * client's), else a new UUID; set on the request and echoed in the response. Idempotent, so the
 * request log (which runs first) and this middleware agree on one id.
 */
export function assignRequestId(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  request.headers['x-request-id'] = id;
  if (!response.headersSent) {
    response.setHeader('X-Request-Id', id);
  }
  return id;
}

/** Every request carries an id, echoed back, so a 500 in the log can be matched to a report. */
@Injectable()
export class RequestIdMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    assignRequestId(request, response);
    next();
  }
}
