import { readdirSync, readFileSync } from 'node:fs';
import { get, IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { ApiClient } from '../support/api-client';
import { RunningProduct, startProduct } from '../support/product';

const WEB_DIR = join(__dirname, '..', '..', 'dist', 'apps', 'web', 'browser');

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as they came over the wire, still compressed. */
  body: Buffer;
}

/** A GET that leaves the answer as sent: fetch() would decompress it and hide its size. */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    }).on('error', reject);
  });
}

function decoded(answer: RawAnswer): Buffer {
  switch (answer.headers['content-encoding']) {
    case 'br':
      return brotliDecompressSync(answer.body);
    case 'gzip':
      return gunzipSync(answer.body);
    default:
      return answer.body;
  }
}

describe('the built product delivers its pages compressed and cached right', () => {
  let product: RunningProduct;
  let mainBundle: string;

  beforeAll(async () => {
    product = await startProduct({ demo: false });
    const login = await rawGet(`${product.url}/login`);
    mainBundle = /<script src="(main-[^"]+\.js)"/.exec(login.body.toString())?.[1] ?? '';
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('serves the login page as index.html, revalidated on every visit', async () => {
    const page = await rawGet(`${product.url}/login`, { 'Accept-Encoding': 'br, gzip' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(decoded(page).toString()).toBe(readFileSync(join(WEB_DIR, 'index.html'), 'utf8'));
    expect(mainBundle).not.toBe('');
  });

  it.each([
    ['br', 'br, gzip, deflate'],
    ['gzip', 'gzip, deflate'],
  ])(
    'sends the main bundle %s-compressed to a browser that accepts it',
    async (encoding, accept) => {
      const raw = readFileSync(join(WEB_DIR, mainBundle));
      const bundle = await rawGet(`${product.url}/${mainBundle}`, { 'Accept-Encoding': accept });
      expect(bundle.status).toBe(200);
      expect(bundle.headers['content-encoding']).toBe(encoding);
      expect(bundle.headers['content-type']).toMatch(/^(text|application)\/javascript/);
      expect(bundle.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(Number(bundle.headers['content-length'])).toBe(bundle.body.length);
      // Angular's output compresses to about a quarter; a third leaves room for other code.
      expect(bundle.body.length).toBeLessThan(raw.length / 3);
      expect(decoded(bundle).equals(raw)).toBe(true);
    },
  );

  it('sends the bundle as it is to a client that accepts no compression', async () => {
    const bundle = await rawGet(`${product.url}/${mainBundle}`);
    expect(bundle.headers['content-encoding']).toBeUndefined();
    expect(bundle.body.equals(readFileSync(join(WEB_DIR, mainBundle)))).toBe(true);
  });

  it('lets browsers keep every hashed script for ever and revalidate the icon', async () => {
    const scripts = readdirSync(WEB_DIR).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1);
    for (const script of scripts) {
      const answer = await rawGet(`${product.url}/${script}`, { 'Accept-Encoding': 'br' });
      expect([script, answer.headers['cache-control']]).toEqual([
        script,
        'public, max-age=31536000, immutable',
      ]);
    }
    const icon = await rawGet(`${product.url}/favicon.svg`);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('sends the translations compressed and revalidates them', async () => {
    const translations = await rawGet(`${product.url}/i18n/nl.json`, { 'Accept-Encoding': 'br' });
    expect(translations.headers['content-encoding']).toBe('br');
    expect(translations.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(decoded(translations).toString())).toHaveProperty('auth');
  });

  it('compresses a JSON answer of the API and keeps it out of caches', async () => {
    const client = await ApiClient.create(product.url);
    const registered = await client.post('/api/v1/auth/register', {
      organisationName: 'Welzijn Compressie',
      displayName: 'Kwaliteit Compressie',
      email: 'kwaliteit@compressie.example.nl',
      password: 'Compressie-smoke-2026',
    });
    expect(registered.status).toBe(201);
    const cookie = [registered.headers['set-cookie']].flat().map((c) => String(c).split(';')[0]);
    const path = '/api/v1/rubrics/sterk-sociaal-werk/versions/1.0.0';
    for (const encoding of ['br', 'gzip']) {
      const answer = await rawGet(`${product.url}${path}`, {
        'Accept-Encoding': encoding,
        Cookie: cookie.join('; '),
      });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe(encoding);
      expect(answer.headers['cache-control']).toBe('no-store');
      const json = decoded(answer);
      expect(answer.body.length).toBeLessThan(json.length / 3);
      expect(JSON.parse(json.toString()).domains).toHaveLength(4);
    }
  });

  it('answers a deep link with the app and an unknown API path with a problem', async () => {
    const deepLink = await rawGet(`${product.url}/rounds/8d3f0e1c-0000-4000-8000-000000000000`);
    expect(deepLink.status).toBe(200);
    expect(deepLink.headers['content-type']).toMatch(/^text\/html/);
    expect(deepLink.headers['cache-control']).toBe('no-cache');
    const missing = await rawGet(`${product.url}/api/v1/nothing-here`);
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
