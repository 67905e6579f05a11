import { IncomingMessage, ServerResponse } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import { NextFunction, RequestHandler } from 'express';
import { HttpLogger } from 'pino-http';

import { MetricsService } from './metrics.service';
import { routeOf } from './route-of';

export const HTTP_LOGGER = Symbol('HTTP_LOGGER');

/**
 * What watches every request, from its first byte (before the web app's files and the API):
 * the request log line and the request duration histogram. createApp mounts these first.
 */
@Injectable()
export class RequestObservers {
  constructor(
    @Inject(HTTP_LOGGER) private readonly httpLogger: HttpLogger,
    private readonly metrics: MetricsService,
  ) {}

  handlers(): RequestHandler[] {
    const timing = (request: IncomingMessage, response: ServerResponse, next: NextFunction) => {
      const started = process.hrtime.bigint();
      response.once('finish', () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        this.metrics.observeRequest(
          request.method ?? 'GET',
          routeOf(request),
          response.statusCode,
          seconds,
        );
      });
      next();
    };
    return [this.httpLogger as unknown as RequestHandler, timing as unknown as RequestHandler];
  }
}
