/** How long a client should wait before it tries again while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Socket errors of a connection that could not be made or was cut. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is going away or not there yet: class 08 (connection exception),
 * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or in
 * recovery) and 53300 too_many_connections.
 */
const UNAVAILABLE_STATES = /^(08\w{3}|57P0[123]|53300)$/;

/** What node-postgres and its pool say, without a code, when a connection ends or never comes. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not queryable|Cannot use a pool after calling end|Client was closed/i;

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** The error and what it wraps: TypeORM's driverError, a cause, an AggregateError's errors. */
function* chainOf(error: unknown, depth = 0): Generator<ErrorLike> {
  if (depth > 5 || typeof error !== 'object' || error === null) {
    return;
  }
  const candidate = error as ErrorLike;
  yield candidate;
  yield* chainOf(candidate.driverError, depth + 1);
  yield* chainOf(candidate.cause, depth + 1);
  if (Array.isArray(candidate.errors)) {
    for (const inner of candidate.errors) {
      yield* chainOf(inner, depth + 1);
    }
  }
}

/**
 * True when an error says the database cannot be reached right now (refused, cut, shutting down,
 * starting up), rather than that a query or the data was wrong: the request may succeed later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const link of chainOf(error)) {
    const code = typeof link.code === 'string' ? link.code : '';
    const message = typeof link.message === 'string' ? link.message : '';
    if (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.test(code)) {
      return true;
    }
    if (UNAVAILABLE_MESSAGES.test(message)) {
      return true;
    }
  }
  return false;
}
