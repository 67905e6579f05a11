import { Me } from '@labelklaar/domain';

import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A browser-like client: keeps cookies and echoes the XSRF-TOKEN cookie as the Angular app does. */
export class ApiClient {
  private constructor(
    readonly agent: TestAgent,
    private xsrfToken: string,
  ) {}

  /** On an in-process app, or on a running product at its base URL (the smoke tests). */
  static async create(target: INestApplication | string): Promise<ApiClient> {
    const agent = request.agent(typeof target === 'string' ? target : target.getHttpServer());
    const response = await agent.get('/api/health');
    const cookie = ([] as string[])
      .concat(response.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('XSRF-TOKEN='));
    if (!cookie) {
      throw new Error('the API did not set an XSRF-TOKEN cookie');
    }
    return new ApiClient(agent, cookie.split(';')[0].slice('XSRF-TOKEN='.length));
  }

  get token(): string {
    return this.xsrfToken;
  }

  send(method: Method, path: string, body?: unknown) {
    const call = this.agent[method](path).set('X-XSRF-TOKEN', this.xsrfToken);
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

  delete(path: string) {
    return this.send('delete', path);
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
