import { IncomingMessage, ServerResponse } from 'node:http';
import pino, { DestinationStream, Level, Logger } from 'pino';
import { HttpLogger, pinoHttp } from 'pino-http';

import { RequestWithContext } from '../common/auth/request-context';
import { assignRequestId } from '../common/request-id.middleware';
import { AppConfig } from '../config/app-config';
import { routeOf } from './route-of';

const PINO_LEVELS: Record<AppConfig['logLevel'], Level> = {
  error: 'error',
  warn: 'warn',
  log: 'info',
  // Nest's verbose is pino's trace: LOG_LEVEL=debug keeps showing both, as before.
  debug: 'trace',
};

/** Probes and scrapes that answer 200 come every few seconds: debug, not the request log. */
const QUIET_PATHS = new Set(['/api/health/live', '/api/health/ready', '/metrics']);

type ObservedRequest = IncomingMessage &
  RequestWithContext & { route?: { path: string }; originalUrl?: string };

const urlOf = (request: IncomingMessage) => (request as ObservedRequest).originalUrl ?? request.url;

/** The path without its query string: a query can carry a token (unsubscribe) or a search term. */
export function pathOnly(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0];
  return path || '/';
}

function prettyStream(): DestinationStream {
  // A dev dependency, loaded only when asked for (`npm run dev`), never by the built product.
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  return pretty({
    colorize: true,
    sync: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname',
  });
}

/**
 * The one logger of an application instance: JSON lines on stdout (`LABELKLAAR_LOG_FORMAT=pretty`
 * or `npm run dev`: readable lines), at LOG_LEVEL. Whatever a log call passes, headers that carry
 * credentials are censored.
 */
export function rootLogger(config: AppConfig, destination?: DestinationStream): Logger {
  const stream =
    destination ??
    (config.logFormat === 'pretty' ? prettyStream() : (process.stdout as DestinationStream));
  return pino(
    {
      level: PINO_LEVELS[config.logLevel],
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-csrf-token"]',
          'res.headers["set-cookie"]',
        ],
        censor: '[redacted]',
      },
    },
    stream,
  );
}

/**
 * One line per request when it ends: request id, method, path (no query), route template, status,
 * duration, and who asked as ids only (user, organisation) from the session the auth guard read.
 * No headers, bodies, cookies, e-mail addresses or names.
 */
export function requestLogger(logger: Logger): HttpLogger<IncomingMessage, ServerResponse> {
  return pinoHttp({
    logger,
    genReqId: (request, response) => assignRequestId(request, response),
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    serializers: {
      req: (request: { method?: string; url?: string }) => ({
        method: request.method,
        path: pathOnly(request.url),
      }),
      res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
    },
    customProps: (request) => {
      const observed = request as ObservedRequest;
      const organisationId =
        observed.tenant?.organisationId ?? observed.session?.activeOrganisationId ?? undefined;
      return {
        route: observed.route ? routeOf(observed) : undefined,
        userId: observed.session?.userId,
        organisationId,
      };
    },
    customLogLevel: (request, response, error) => {
      if (error || response.statusCode >= 500) {
        return 'error';
      }
      return response.statusCode < 400 && QUIET_PATHS.has(pathOnly(urlOf(request)))
        ? 'debug'
        : 'info';
    },
    customSuccessMessage: (request, response) =>
      `${request.method} ${routeOf(request as ObservedRequest)} ${response.statusCode}`,
    customErrorMessage: (request, response) =>
      `${request.method} ${routeOf(request as ObservedRequest)} ${response.statusCode}`,
  });
}
