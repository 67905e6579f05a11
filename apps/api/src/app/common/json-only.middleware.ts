import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';

import { ProblemException } from './problems/problem.exception';

/** The routes that take a file: their interceptors read the multipart body. */
const MULTIPART_ROUTES = new Set(['POST /api/v1/evidence', 'POST /api/v1/rubrics/imports']);
/** Routes with an id that take a file: a new revision of an evidence item. */
const MULTIPART_PATTERNS = [/^POST \/api\/v1\/evidence\/[^/]+\/revisions$/];

/** RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` as a form. */
const FORM_ROUTES = new Set(['POST /api/v1/unsubscribe']);

/** A request with a body must say it is JSON; anything else is refused before it is read. */
@Injectable()
export class JsonOnlyMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    const length = Number(request.headers['content-length'] ?? 0);
    const chunked = request.headers['transfer-encoding'] !== undefined;
    const route = `${request.method} ${request.originalUrl.split('?')[0]}`;
    const isUpload =
      (MULTIPART_ROUTES.has(route) || MULTIPART_PATTERNS.some((pattern) => pattern.test(route))) &&
      request.is('multipart/form-data') !== false;
    const isForm =
      FORM_ROUTES.has(route) && request.is('application/x-www-form-urlencoded') !== false;
    if ((length > 0 || chunked) && !isUpload && !isForm && !request.is('application/json')) {
      throw new ProblemException(415, 'unsupported-media-type');
    }
    next();
  }
}
