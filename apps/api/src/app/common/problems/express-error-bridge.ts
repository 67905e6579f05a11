import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ErrorRequestHandler } from 'express';

import { ProblemDetailsFilter } from './problem-details.filter';

/**
 * Errors raised on Express's own path, outside Nest's handlers (the JSON body parser, the router
 * failing to decode a path parameter), travel down Express's error handlers. In the built product
 * the first of those is ServeStaticModule's, which answers every error under /api with a 404 "not
 * found"; without the web app it is Nest's, which answers differently again. This handler comes
 * first, so both answer the same problem+json: it is registered in onModuleInit, after Nest's
 * routes and before ServeStaticModule registers its own in its onModuleInit (Nest initialises
 * global modules, such as CommonModule, before all others).
 */
@Injectable()
export class ExpressErrorBridge implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const filter = new ProblemDetailsFilter();
    // Four parameters make it an error handler; an answer already under way is Express's to end.
    const handler: ErrorRequestHandler = (error: unknown, request, response, next) => {
      if (response.headersSent) {
        next(error);
        return;
      }
      filter.respond(error, request, response);
    };
    this.adapterHost.httpAdapter.use('/api', handler);
  }
}
