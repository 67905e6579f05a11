import { IncomingMessage } from 'node:http';

type RoutedRequest = IncomingMessage & {
  route?: { path?: unknown };
  baseUrl?: string;
  originalUrl?: string;
};

/**
 * The route template a request matched (`/api/v1/rounds/:roundId`), never its raw path: ids in a
 * metric label would make a time series per round. Without a route: the web app's files and
 * pages, or a path the API does not know.
 */
export function routeOf(request: IncomingMessage): string {
  const routed = request as RoutedRequest;
  if (typeof routed.route?.path === 'string') {
    return `${routed.baseUrl ?? ''}${routed.route.path}`;
  }
  const path = (routed.originalUrl ?? request.url ?? '/').split('?')[0];
  return path.startsWith('/api/') || path === '/api' ? 'unmatched' : 'web-app';
}
