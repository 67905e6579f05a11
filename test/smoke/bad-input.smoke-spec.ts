import { ApiClient } from '../support/api-client';
import { PROBLEM_JSON } from '../support/http';
import { RunningProduct, startProduct } from '../support/product';

/**
 * Input the API refuses on Express's own path (the body parser, the router), before any handler:
 * the built product serves the web app too, and its static-file module once answered all of it
 * under /api with 404 "Niet gevonden", while the end-to-end tests (no web app) saw 400 and 413.
 */
describe('bad input to the built product (web app included)', () => {
  let product: RunningProduct;
  let client: ApiClient;

  beforeAll(async () => {
    product = await startProduct({ demo: false });
    client = await ApiClient.create(product.url);
  });

  afterAll(async () => {
    await product?.stop();
  });

  const post = (body: string, contentType = 'application/json') =>
    client.agent
      .post('/api/v1/auth/login')
      .set('X-XSRF-TOKEN', client.token)
      .set('Content-Type', contentType)
      .send(body);

  const problemOf = (response: {
    status: number;
    headers: Record<string, string>;
    body: unknown;
  }) => ({
    status: response.status,
    contentType: PROBLEM_JSON.test(response.headers['content-type'] ?? ''),
    body: response.body,
  });

  it('serves the web app and the API from one process', async () => {
    const page = await client.agent.get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<lk-root');
  });

  it('answers malformed JSON with 400 malformed-json', async () => {
    expect(problemOf(await post('{"email":'))).toEqual({
      status: 400,
      contentType: true,
      body: {
        type: '/problems/malformed-json',
        title: 'Onleesbare JSON',
        status: 400,
        detail: 'De inhoud van het verzoek is geen geldige JSON.',
        instance: '/api/v1/auth/login',
      },
    });
  });

  it('answers a 2 MB body with 413 payload-too-large', async () => {
    const payload = JSON.stringify({ email: 'x'.repeat(2 * 1024 * 1024), password: 'x' });
    expect(problemOf(await post(payload))).toEqual({
      status: 413,
      contentType: true,
      body: {
        type: '/problems/payload-too-large',
        title: 'Verzoek te groot',
        status: 413,
        detail: 'Het verzoek is groter dan de toegestane 1 MB.',
        instance: '/api/v1/auth/login',
      },
    });
  });

  it('answers JSON nested 5,000 levels deep with 400 json-too-deep', async () => {
    const deep = `{"email":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(problemOf(await post(deep))).toEqual({
      status: 400,
      contentType: true,
      body: {
        type: '/problems/json-too-deep',
        title: 'JSON te diep genest',
        status: 400,
        detail:
          'De inhoud van het verzoek is meer dan 32 lagen diep genest. Geen enkel verzoek heeft dat nodig.',
        instance: '/api/v1/auth/login',
      },
    });
  });

  it('answers JSON in another charset than UTF-8 with 415 unsupported-media-type', async () => {
    const response = await post('{}', 'application/json; charset=latin1');
    expect(problemOf(response)).toMatchObject({
      status: 415,
      contentType: true,
      body: { type: '/problems/unsupported-media-type', status: 415 },
    });
  });

  it('answers a path parameter that is not percent-decodable with 400 bad-request', async () => {
    const response = await client.get('/api/v1/rubrics/sterk-sociaal-werk/versions/%E0%A4%A');
    expect(problemOf(response)).toEqual({
      status: 400,
      contentType: true,
      body: {
        type: '/problems/bad-request',
        title: 'Ongeldig verzoek',
        status: 400,
        detail: 'Het verzoek kon niet worden verwerkt.',
        instance: '/api/v1/rubrics/sterk-sociaal-werk/versions/%E0%A4%A',
      },
    });
  });

  it('answers a lone surrogate in the e-mail address of an anonymous login with 400 naming the field', async () => {
    const response = await post('{"email":"kwaliteit\\ud800@voorbeeld.nl","password":"geheim"}');
    expect(problemOf(response)).toEqual({
      status: 400,
      contentType: true,
      body: {
        type: '/problems/validation-failed',
        title: 'Ongeldige invoer',
        status: 400,
        detail:
          'De invoer klopt niet: email bevat een teken dat niet in tekst kan staan (een nulteken of een half teken)',
        instance: '/api/v1/auth/login',
        errors: [
          {
            field: 'email',
            code: 'isWellFormedText',
            message:
              'email bevat een teken dat niet in tekst kan staan (een nulteken of een half teken)',
          },
        ],
      },
    });
  });

  it('still answers an unknown API path with 404 and an unknown page with the web app', async () => {
    const api = await client.get('/api/v1/does-not-exist');
    expect(problemOf(api)).toMatchObject({ status: 404, contentType: true });
    const page = await client.agent.get('/rounds/does-not-exist');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<lk-root');
  });
});
