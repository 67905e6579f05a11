import { request as httpRequest, IncomingHttpHeaders } from 'node:http';

import { ApiClient } from '../support/api-client';
import { freePort, RunningProduct, startProduct } from '../support/product';
import { sharedServerDatabase, SharedServerDatabase } from '../support/server-database';

const DEMO_EMAIL = 'kwaliteit@voorbeeld.nl';
const DEMO_PASSWORD = 'Labelklaar-demo-2026';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request on a connection of its own (no keep-alive), as a load balancer opens them. */
function get(url: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const call = httpRequest(`${url}${path}`, { agent: false, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
      response.on('error', reject);
    });
    call.on('error', reject);
    call.end();
  });
}

const cookiesOf = (headers: IncomingHttpHeaders) =>
  (headers['set-cookie'] ?? []).map((cookie) => cookie.split(';')[0]).join('; ');

function cookieValue(cookies: string, name: string): string {
  return (
    cookies
      .split('; ')
      .find((cookie) => cookie.startsWith(`${name}=`))
      ?.slice(name.length + 1) ?? ''
  );
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`waited 30 s for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('graceful shutdown of the built product', () => {
  it('on SIGTERM refuses new connections, finishes the request in flight, and exits 0', async () => {
    const product = await startProduct({ env: { LOG_LEVEL: 'log' } });
    try {
      const first = await get(product.url, '/api/health');
      const cookies = cookiesOf(first.headers);
      const body = JSON.stringify({ email: DEMO_EMAIL, password: DEMO_PASSWORD });

      // A login whose body is held back: `Expect: 100-continue` makes the server say when it has
      // taken the request in (it is in flight from then on), before the body is sent.
      const login = httpRequest(`${product.url}/api/v1/auth/login`, {
        method: 'POST',
        agent: false,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': String(Buffer.byteLength(body)),
          Expect: '100-continue',
          Cookie: cookies,
          'X-XSRF-TOKEN': cookieValue(cookies, 'XSRF-TOKEN'),
        },
      });
      const answered = new Promise<Answer>((resolve, reject) => {
        login.on('response', (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
          );
        });
        login.on('error', reject);
      });
      const taken = new Promise<void>((resolve) => login.once('continue', () => resolve()));
      login.flushHeaders();
      await taken;

      const exit = product.terminate('SIGTERM');
      await until(
        () => product.output().includes('SIGTERM: no new connections'),
        'the product to start draining',
      );
      // No new connection while it drains: a load balancer sends the next request elsewhere.
      await expect(get(product.url, '/api/health/live')).rejects.toMatchObject({
        code: 'ECONNREFUSED',
      });

      login.end(body);
      const response = await answered;

      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toMatchObject({ user: { email: DEMO_EMAIL } });
      expect(response.headers['connection']).toBe('close');
      expect(await exit).toBe(0);
      expect(product.output()).toContain('"msg":"Stopped"');
    } finally {
      await product.stop();
    }
  });

  describe('a rolling restart of one of two instances on one database', () => {
    let database: SharedServerDatabase;
    const instances: RunningProduct[] = [];

    beforeAll(async () => {
      database = await sharedServerDatabase('lk_smoke_rolling');
    });

    afterAll(async () => {
      for (const instance of instances) {
        await instance.stop();
      }
      await database.drop();
    });

    it('loses no request the other instance could serve', async () => {
      const ports = [await freePort(), await freePort()];
      const start = (index: number) =>
        startProduct({ demo: false, databaseUrl: database.url, port: ports[index] });
      // One after the other: the first migrates the fresh database.
      instances.push(await start(0));
      instances.push(await start(1));
      const urls = instances.map((instance) => instance.url);

      const officer = await ApiClient.create(urls[1]);
      const registered = await officer.post('/api/v1/auth/register', {
        organisationName: `Welzijn Rolling ${Date.now()}`,
        displayName: 'Rolling Test',
        email: `rolling-${Date.now()}@example.nl`,
        password: 'Zonnebloem-veldwerk-Maas-7',
      });
      expect(registered.status).toBe(201);
      const session = (registered.headers['set-cookie'] as unknown as string[])
        .map((cookie) => cookie.split(';')[0])
        .join('; ');

      const tally = { served: [0, 0], refused: 0, reset: 0, failures: [] as string[] };
      let next = 0;
      /**
       * The load balancer: round robin; a refused connection goes to the other instance (so does a
       * connection cut before any answer, for these idempotent GETs, as nginx's
       * proxy_next_upstream does).
       */
      const balanced = async (path: string): Promise<void> => {
        const first = next++ % 2;
        for (const index of [first, 1 - first, first, 1 - first]) {
          try {
            const answer = await get(urls[index], path, { Cookie: session });
            if (answer.status !== 200) {
              tally.failures.push(`${path} on ${index}: ${answer.status} ${answer.body}`);
            }
            tally.served[index] += 1;
            return;
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            if (code === 'ECONNREFUSED') {
              tally.refused += 1;
            } else if (code === 'ECONNRESET') {
              tally.reset += 1;
            } else {
              tally.failures.push(`${path} on ${index}: ${String(error)}`);
              return;
            }
          }
        }
        tally.failures.push(`${path}: no instance took it`);
      };

      let running = true;
      const paths = ['/api/v1/me', '/api/health/ready', '/api/v1/rounds'];
      const workers = Array.from({ length: 6 }, async (_, worker) => {
        for (let i = worker; running; i += 1) {
          await balanced(paths[i % paths.length]);
        }
      });

      await until(() => tally.served[0] > 20 && tally.served[1] > 20, 'load on both instances');
      const exitCode = await instances[0].terminate('SIGTERM');
      const servedByOtherWhileDown = tally.served[1];
      await instances[0].stop();
      instances[0] = await start(0);
      const servedBeforeRestart = tally.served[0];
      await until(() => tally.served[0] > servedBeforeRestart + 20, 'load on the new instance');
      running = false;
      await Promise.all(workers);

      expect(exitCode).toBe(0);
      expect(tally.failures).toEqual([]);
      // The other instance took what the restarted one refused.
      expect(tally.refused).toBeGreaterThan(0);
      expect(tally.served[1]).toBeGreaterThan(servedByOtherWhileDown);
      process.stdout.write(
        `rolling restart: served ${tally.served.join(' + ')}, refused and sent on ${tally.refused}, cut before an answer and sent on ${tally.reset}\n`,
      );
    });
  });
});
