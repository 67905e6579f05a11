import { Request } from 'express';

import { ReviewerGrant, SessionContext } from './request-context';

/**
 * Finds the reviewer access a request may use: an accepted, unexpired, unrevoked review
 * invitation of this user that covers the round the request's path points at. Provided by the
 * reviews context; the guard asks it only for permissions the table grants to reviewers.
 */
export interface ReviewerScope {
  resolve(request: Request, session: SessionContext): Promise<ReviewerGrant | null>;
}

export const REVIEWER_SCOPE = Symbol('ReviewerScope');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The round a request's path names by `roundId`: its id, null when the path has a `roundId` that
 * is no uuid (no round: the route's own pipes answer it), undefined when the path has none.
 */
export function roundIdInPath(params: Record<string, unknown>): string | null | undefined {
  const value = params['roundId'];
  if (value === undefined) {
    return undefined;
  }
  return typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : null;
}
