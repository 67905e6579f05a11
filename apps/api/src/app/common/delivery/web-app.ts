import { existsSync } from 'node:fs';
import { ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import { NextFunction, Request, RequestHandler, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

import { AppConfig } from '../../config/app-config';
import { isApiPath } from './api-no-store';

/**
 * Angular's output names carry a content hash (`main-RRPZKHSI.js`, or `chunk-B0jJ-GIr.js` from
 * its chunk optimiser); such a file never changes.
 */
const HASHED = /-[\w-]{8}\.[a-z0-9]+$/;

/** The built web app sits next to the API bundle: dist/apps/api/main.js → dist/apps/web/browser. */
export function webRoot(config: AppConfig): string | null {
  const root = config.webDir ?? join(__dirname, '..', 'web', 'browser');
  return existsSync(join(root, 'index.html')) ? root : null;
}

/** Hashed bundles may be cached for ever; index.html, translations and the icon are revalidated. */
function setCacheControl(response: ServerResponse, path: string): void {
  const name = basename(path).replace(/\.(?:br|gz)$/, '');
  response.setHeader(
    'Cache-Control',
    HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

/**
 * The web app's files, each as the .br or .gz copy made at build time when the browser accepts
 * it; every other page path outside /api gets index.html, so the app's router can show it.
 */
export function webApp(root: string): RequestHandler {
  const files = expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    serveStatic: { setHeaders: setCacheControl },
  }) as RequestHandler;
  return (request: Request, response: Response, next: NextFunction) => {
    if (isApiPath(request.path)) {
      next();
      return;
    }
    files(request, response, (error?: unknown) => {
      if (error || (request.method !== 'GET' && request.method !== 'HEAD')) {
        next(error);
        return;
      }
      request.url = '/index.html';
      void files(request, response, next);
    });
  };
}
