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
