import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CookieOptions, NextFunction, Request, RequestHandler, Response } from 'express';
import { DataSource } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { PRE_SESSION_COOKIE, SESSION_COOKIE, XSRF_COOKIE } from '../auth/cookies';

const SECRET_NAME = 'csrf-token-key';

type Cookies = Record<string, string | undefined>;

/**
 * CSRF tokens bound to who the browser is: an HMAC, with a key all instances share, of the
 * session cookie, or before login of a random pre-session cookie. Both cookies are httpOnly, so
 * another site can neither read nor compute the token, and a token planted in a cookie is of no
 * use: only the one derived from the request's own cookies counts.
 */
@Injectable()
export class CsrfTokens implements OnModuleInit {
  private key: Buffer | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The first instance to start writes the key; every later one reads that same key. */
  async onModuleInit(): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      [SECRET_NAME, randomBytes(32).toString('base64url')],
    );
    const rows: { value: string }[] = await this.dataSource.query(
      'SELECT value FROM server_secrets WHERE name = $1',
      [SECRET_NAME],
    );
    this.key = Buffer.from(rows[0].value, 'base64url');
  }

  /** What the request's token is bound to; null for a browser that has neither cookie yet. */
  bindingOf(cookies: Cookies): string | null {
    const session = cookies[SESSION_COOKIE];
    if (session) {
      return `session:${createHash('sha256').update(session).digest('base64url')}`;
    }
    const preSession = cookies[PRE_SESSION_COOKIE];
    return preSession ? `pre-session:${preSession}` : null;
  }

  tokenFor(binding: string): string {
    if (!this.key) {
      throw new Error('CsrfTokens used before the module was initialised');
    }
    return createHmac('sha256', this.key).update(binding).digest('base64url');
  }

  matches(binding: string, candidate: string): boolean {
    const expected = Buffer.from(this.tokenFor(binding));
    const given = Buffer.from(candidate);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /**
   * Express middleware for every response, the web app's index.html included: the first page a
   * browser loads already brings its pre-session and token, so no two later requests race to mint
   * different ones.
   */
  issuer(): RequestHandler {
    return (request: Request, response: Response, next: NextFunction) => {
      this.offer(request, response, this.ensureBinding(request, response));
      next();
    };
  }

  /** A browser without cookies gets its pre-session; answers the binding to use. */
  ensureBinding(request: Request, response: Response): string {
    return this.bindingOf(request.cookies as Cookies) ?? this.newPreSession(response);
  }

  /** Sets the readable XSRF-TOKEN cookie for `binding`, unless the browser holds it already. */
  offer(request: Request, response: Response, binding: string): void {
    const token = this.tokenFor(binding);
    if ((request.cookies as Cookies)[XSRF_COOKIE] !== token) {
      this.replaceCookie(response, XSRF_COOKIE, token, { httpOnly: false });
    }
  }

  /** After login: the token of the new session, in the same response that sets its cookie. */
  issueForSession(response: Response, sessionToken: string): void {
    const binding = this.bindingOf({ [SESSION_COOKIE]: sessionToken }) ?? '';
    this.replaceCookie(response, XSRF_COOKIE, this.tokenFor(binding), { httpOnly: false });
  }

  /** After logout: back to the pre-session's token, with a new pre-session if there was none. */
  issueForAnonymous(request: Request, response: Response): void {
    const preSession = (request.cookies as Cookies)[PRE_SESSION_COOKIE];
    const binding = preSession ? `pre-session:${preSession}` : this.newPreSession(response);
    this.replaceCookie(response, XSRF_COOKIE, this.tokenFor(binding), { httpOnly: false });
  }

  private newPreSession(response: Response): string {
    const preSession = randomBytes(32).toString('base64url');
    this.replaceCookie(response, PRE_SESSION_COOKIE, preSession, { httpOnly: true });
    return `pre-session:${preSession}`;
  }

  /** One Set-Cookie per name: a later decision in the same response replaces an earlier one. */
  private replaceCookie(
    response: Response,
    name: string,
    value: string,
    options: Pick<CookieOptions, 'httpOnly'>,
  ): void {
    const current = response.getHeader('Set-Cookie');
    const others = ([] as string[])
      .concat(typeof current === 'number' ? [] : (current ?? []))
      .filter((cookie) => !cookie.startsWith(`${name}=`));
    response.setHeader('Set-Cookie', others);
    response.cookie(name, value, {
      ...options,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
    });
  }
}
