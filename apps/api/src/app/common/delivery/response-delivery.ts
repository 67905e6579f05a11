import { RequestHandler } from 'express';

import { AppConfig } from '../../config/app-config';
import { apiNoStore } from './api-no-store';
import { responseCompression } from './response-compression';
import { webApp, webRoot } from './web-app';

/**
 * How answers leave the process, before any route: compressed, with their caching rules, and the
 * built web app (when there is one) for every path outside /api.
 */
export function responseDelivery(config: AppConfig): RequestHandler[] {
  const root = webRoot(config);
  return [responseCompression(), apiNoStore(), ...(root ? [webApp(root)] : [])];
}
