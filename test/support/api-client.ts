import { Me } from '@labelklaar/domain';

import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { CookieAccessInfo } from 'cookiejar';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ApiClientOptions {
  /**
   * The client's address, as a proxy on the loopback names it in X-Forwarded-For. By default each
   * client is a person of its own, in a /64 of the documentation range: one test's failed logins
   * never count against another's, even on a server database that keeps its counters.
   */
  clientAddress?: string;
}

const ownAddress = () =>
  `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::1`;

/**
 * A browser-like client: keeps cookies and echoes the XSRF-TOKEN cookie as the Angular app does,
 * reading the cookie afresh for every request (the token changes at login and logout).
 */
export class ApiClient {
  private constructor(
    readonly agent: TestAgent,
    private readonly options: ApiClientOptions,
  ) {}

  /** On an in-process app, or on a running product at its base URL (the smoke tests). */
  static async create(
    target: INestApplication | string,
    options: ApiClientOptions = {},
  ): Promise<ApiClient> {
    const agent = request.agent(typeof target === 'string' ? target : target.getHttpServer());
    const client = new ApiClient(agent, { clientAddress: ownAddress(), ...options });
    await client.get('/api/health');
    if (!client.token) {
      throw new Error('the API did not set an XSRF-TOKEN cookie');
    }
    return client;
  }

  /** The XSRF-TOKEN cookie as the client holds it now. */
  get token(): string {
    return this.agent.jar.getCookie('XSRF-TOKEN', CookieAccessInfo.All)?.value ?? '';
  }

  send(method: Method, path: string, body?: unknown) {
    const call = this.agent[method](path).set('X-XSRF-TOKEN', this.token);
    if (this.options.clientAddress) {
      call.set('X-Forwarded-For', this.options.clientAddress);
    }
    return body === undefined ? call : call.send(body as object);
  }

  get(path: string) {
    return this.send('get', path);
  }

  post(path: string, body?: unknown) {
    return this.send('post', path, body);
  }

  put(path: string, body?: unknown) {
    return this.send('put', path, body);
  }

  patch(path: string, body?: unknown) {
    return this.send('patch', path, body);
  }

  delete(path: string, body?: unknown) {
    return this.send('delete', path, body);
  }

  async login(email: string, password: string): Promise<Me> {
    const response = await this.post('/api/v1/auth/login', { email, password });
    if (response.status !== 200) {
      throw new Error(
        `login of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`,
      );
    }
    return response.body as Me;
  }
}
