import { Response } from 'express';

import { SESSION_COOKIE } from '../common/auth/cookies';

export function setSessionCookie(
  response: Response,
  token: string,
  maxAgeMs: number,
  secure: boolean,
): void {
  response.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: maxAgeMs,
  });
}

export function clearSessionCookie(response: Response, secure: boolean): void {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
