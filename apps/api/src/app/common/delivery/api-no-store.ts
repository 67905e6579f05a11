import { NextFunction, Request, RequestHandler, Response } from 'express';

/** The OpenAPI UI and document: the same for everybody, so caches may keep them. */
const PUBLIC_PREFIX = '/api/docs';

/** Everything the API answers lives under /api; every other path belongs to the web app. */
export const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

/**
 * No browser or proxy keeps an API answer: they carry an organisation's data or a session's state.
 * A handler may still set its own Cache-Control (the downloads say `private, no-store`).
 */
export function apiNoStore(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    if (isApiPath(request.path) && !request.path.startsWith(PUBLIC_PREFIX)) {
      response.setHeader('Cache-Control', 'no-store');
    }
    next();
  };
}
