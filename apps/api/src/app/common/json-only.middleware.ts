import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';

import { ProblemException } from './problems/problem.exception';

/** A request with a body must say it is JSON; anything else is refused before it is read. */
@Injectable()
export class JsonOnlyMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    const length = Number(request.headers['content-length'] ?? 0);
    const chunked = request.headers['transfer-encoding'] !== undefined;
    if ((length > 0 || chunked) && !request.is('application/json')) {
      throw new ProblemException(415, 'unsupported-media-type');
    }
    next();
  }
}
