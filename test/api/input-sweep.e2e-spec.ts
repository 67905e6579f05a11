import { isAllowed, Permission } from '@labelklaar/domain';

import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import request, { Response } from 'supertest';

import { ApiClient } from '../support/api-client';
import {
  Actor,
  addMember,
  createPlatformAdmin,
  registerOrganisation,
  TEST_PASSWORD,
} from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { addReviewer, submittedRound } from '../support/reviews';
import { createTestApp } from '../support/test-app';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface PropertySchema {
  type?: string;
  enum?: string[];
  format?: string;
  minLength?: number;
}

interface BodySchema {
  properties?: Record<string, PropertySchema>;
  required?: string[];
}

interface Operation {
  label: string;
  method: Method;
  path: string;
  /** Any request body (JSON or an upload); the JSON schema only when it is JSON. */
  hasBody: boolean;
  /** The media types the document says the body may have. */
  contentTypes: string[];
  /** The names of its query parameters. */
  query: string[];
  body?: BodySchema;
  /** The permission the operation needs, as the document states it; none for open operations. */
  permission?: Permission;
}

interface OpenApiOperation {
  parameters?: { name: string; in: string }[];
  'x-labelklaar-permission'?: Permission;
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, BodySchema> };
}

/** Every operation the API documents today; the sweep must find at least these. */
const KNOWN_OPERATIONS = [
  'GET /api/health',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/register',
  'POST /api/v1/auth/logout',
  'POST /api/v1/invitations/preview',
  'POST /api/v1/invitations/accept',
  'GET /api/v1/me',
  'PUT /api/v1/me/active-organisation',
  'GET /api/v1/organisation',
  'GET /api/v1/organisation/members',
  'PATCH /api/v1/organisation/members/{memberId}',
  'DELETE /api/v1/organisation/members/{memberId}',
  'GET /api/v1/organisation/invitations',
  'POST /api/v1/organisation/invitations',
  'DELETE /api/v1/organisation/invitations/{invitationId}',
  'GET /api/v1/rubrics',
  'GET /api/v1/rubrics/{rubricId}/versions/{version}',
  'GET /api/v1/learning-report',
  'POST /api/v1/rounds/{roundId}/learning-evidence',
  'GET /api/v1/learning-records',
  'POST /api/v1/learning-records',
  'GET /api/v1/learning-records/{recordId}',
  'PUT /api/v1/learning-records/{recordId}',
  'DELETE /api/v1/learning-records/{recordId}',
];
const KNOWN_OPERATIONS_WITH_BODY = 7;
const METHODS = new Set<string>(['get', 'post', 'put', 'patch', 'delete']);
const PATH_PARAMETER = /\{([^}]+)\}/g;
/** Path parameters that are not ids get a well-formed value, so the body is what the API judges. */
const SAMPLE_PATH_VALUES: Record<string, string> = {
  criterionCode: 'VAK-03',
  rubricId: 'sterk-sociaal-werk',
  version: '9.9.9',
  revision: '1',
};

function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method]) => METHODS.has(method))
      .map(([method, operation]) => {
        const ref = operation.requestBody?.content?.['application/json']?.schema?.$ref;
        const body = ref ? document.components.schemas[ref.split('/').pop() ?? ''] : undefined;
        const hasBody = operation.requestBody !== undefined;
        return {
          label: `${method.toUpperCase()} ${path}`,
          method: method as Method,
          path,
          hasBody,
          contentTypes: Object.keys(operation.requestBody?.content ?? {}),
          body,
          query: (operation.parameters ?? [])
            .filter((parameter) => parameter.in === 'query')
            .map((parameter) => parameter.name),
          permission: operation['x-labelklaar-permission'],
        };
      }),
  );
}

/** Every parameter replaced by the same value: the random uuid and not-a-uuid probes. */
const withParameters = (path: string, value: string) => path.replace(PATH_PARAMETER, value);
const hasParameters = (path: string) => path.match(PATH_PARAMETER) !== null;

/** Well-formed parameters (ids that do not exist); an unknown kind of parameter fails the sweep loudly. */
function withWellFormedParameters(path: string): string {
  return path.replace(PATH_PARAMETER, (_match, name: string) => {
    const sample = SAMPLE_PATH_VALUES[name];
    if (sample === undefined && /Id$/.test(name)) {
      return randomUUID();
    }
    if (sample === undefined) {
      throw new Error(
        `the input sweep has no sample value for path parameter {${name}}: add one to SAMPLE_PATH_VALUES`,
      );
    }
    return sample;
  });
}

const propertiesOf = (schema: BodySchema) => Object.entries(schema.properties ?? {});
const textFieldsOf = (operation: Operation) =>
  propertiesOf(operation.body ?? {})
    .filter(([, property]) => property.type === 'string')
    .map(([name]) => name);
/** 5,000 levels in 10 KB: enough to exhaust the stack of anything that walks it recursively. */
const DEEP_ARRAY = `${'['.repeat(5000)}${']'.repeat(5000)}`;

/** A plausible body for the schema, so that the path parameter rather than the body is what the API judges. */
function plausibleValue(property: PropertySchema): unknown {
  if (property.enum) {
    return property.enum[0];
  }
  if (property.type === 'integer' || property.type === 'number') {
    return 1;
  }
  if (property.type === 'boolean') {
    return false;
  }
  if (property.format === 'uuid') {
    return randomUUID();
  }
  return property.format === 'date'
    ? '2026-01-01'
    : 'x'.repeat(Math.max(property.minLength ?? 1, 1));
}

const plausibleBody = (schema: BodySchema) =>
  Object.fromEntries(
    propertiesOf(schema).map(([name, property]) => [name, plausibleValue(property)]),
  );

/** An object where none belongs; a free-form object field (a draft's content) gets a number. */
const nestedBody = (schema: BodySchema) =>
  Object.fromEntries(
    propertiesOf(schema).map(([name, property]) => [
      name,
      property.type === 'object' ? 12345 : { nested: [1] },
    ]),
  );
const numberBody = (schema: BodySchema) =>
  Object.fromEntries(
    propertiesOf(schema).map(([name, property]) => [
      name,
      property.type === 'string' ? 12345 : 'text',
    ]),
  );

/** What a sweep request answered, in a shape whose diff names the operation. */
interface Answer {
  label: string;
  status: number;
  type: string | null;
}

const answerOf = (label: string, response: Response): Answer => ({
  label,
  status: response.status,
  type: PROBLEM_JSON.test(response.headers['content-type'] ?? '')
    ? (response.body.type as string)
    : null,
});

describe('input sweep over every documented operation', () => {
  let app: NestExpressApplication;
  let operations: Operation[];
  let withBody: Operation[];
  let withJsonBody: Operation[];
  let officer: Actor;
  let admin: ApiClient;
  let manager: ApiClient;
  let professional: ApiClient;
  const officers = new WeakSet<ApiClient>();

  const loggedIn = async (): Promise<ApiClient> => {
    const client = await ApiClient.create(app);
    await client.login(officer.email, TEST_PASSWORD);
    officers.add(client);
    return client;
  };

  /**
   * The guard refuses anyone the permission table does not allow before a body is read: an
   * operation for the platform admin alone (authoring the norm set) is swept as the admin, one
   * for managers alone (establishing a round) as a manager, one for the people doing the work
   * (a decision reflection) as a professional, every other one as the officer.
   */
  const as = (client: ApiClient, operation: Operation): ApiClient => {
    const permission = operation.permission;
    if (
      !officers.has(client) ||
      permission === undefined ||
      isAllowed('quality-officer', permission)
    ) {
      return client;
    }
    if (isAllowed('platform-admin', permission)) {
      return admin;
    }
    if (isAllowed('manager', permission)) {
      return manager;
    }
    return isAllowed('professional', permission) ? professional : client;
  };

  /** Sends a raw body with a content type to a path with well-formed parameters. */
  const sendRaw = (
    client: ApiClient,
    operation: Operation,
    contentType: string,
    payload: string,
  ) => {
    const sender = as(client, operation);
    return sender.agent[operation.method](withWellFormedParameters(operation.path))
      .set('X-XSRF-TOKEN', sender.token)
      .set('Content-Type', contentType)
      .send(payload);
  };

  const expectNoServerErrors = (answers: Answer[]) =>
    expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);

  beforeAll(async () => {
    // Hundreds of refused logins from one address would trip the login limit, which is tested in auth.
    app = await createTestApp({ loginRateLimit: 1000 });
    const document = (await request(app.getHttpServer()).get('/api/docs-json').expect(200))
      .body as OpenApiDocument;
    operations = operationsOf(document);
    withBody = operations.filter((operation) => operation.hasBody);
    withJsonBody = operations.filter((operation) => operation.body !== undefined);
    officer = await registerOrganisation(app);
    admin = (await createPlatformAdmin(app)).client;
    manager = (await addMember(app, officer, 'manager')).client;
    professional = (await addMember(app, officer, 'professional')).client;
    // Writing a review is for its reviewer only (the guard answers anyone else before the body is
    // read): the officer also reviews a round of another organisation, whose ids the sweep uses.
    const reviewed = await registerOrganisation(app);
    const round = await submittedRound(reviewed);
    const reviewer = await addReviewer(app, reviewed, round.id, { as: officer });
    SAMPLE_PATH_VALUES['roundId'] = round.id;
    SAMPLE_PATH_VALUES['reviewId'] = reviewer.acceptance.reviewId ?? '';
  });

  afterAll(async () => {
    await app.close();
  });

  it('finds every known operation in the OpenAPI document', () => {
    expect(operations.map((operation) => operation.label)).toEqual(
      expect.arrayContaining(KNOWN_OPERATIONS),
    );
    expect(withJsonBody.length).toBeGreaterThanOrEqual(KNOWN_OPERATIONS_WITH_BODY);
    withJsonBody.forEach((operation) =>
      expect(propertiesOf(operation.body ?? {}).length).toBeGreaterThan(0),
    );
    operations.forEach((operation) =>
      expect(() => withWellFormedParameters(operation.path)).not.toThrow(),
    );
  });

  it('answers malformed JSON with 400 malformed-json', async () => {
    const client = await loggedIn();
    const answers: Answer[] = [];
    for (const operation of withBody) {
      answers.push(
        answerOf(operation.label, await sendRaw(client, operation, 'application/json', '{"a":')),
      );
    }

    expectNoServerErrors(answers);
    expect(answers).toEqual(
      withBody.map(({ label }) => ({ label, status: 400, type: '/problems/malformed-json' })),
    );
  });

  it.each([
    ['an object', nestedBody],
    ['a number or text of the wrong type', numberBody],
  ])(
    'answers a body with every field set to %s with 400 validation-failed naming every field',
    async (_kind, makeBody) => {
      const client = await loggedIn();
      const answers: (Answer & { unnamedFields: string[] })[] = [];
      for (const operation of withJsonBody) {
        const schema = operation.body ?? {};
        const response = await as(client, operation).send(
          operation.method,
          withWellFormedParameters(operation.path),
          makeBody(schema),
        );
        const named = ((response.body.errors ?? []) as { field: string }[]).map(
          (error) => error.field,
        );
        const isNamed = (name: string) =>
          named.some((field) => field === name || field.startsWith(`${name}.`));
        const unnamedFields = propertiesOf(schema)
          .map(([name]) => name)
          .filter((name) => !isNamed(name));
        answers.push({ ...answerOf(operation.label, response), unnamedFields });
      }

      expectNoServerErrors(answers);
      expect(answers).toEqual(
        withJsonBody.map(({ label }) => ({
          label,
          status: 400,
          type: '/problems/validation-failed',
          unnamedFields: [],
        })),
      );
    },
  );

  it('answers an unknown field with 400 whitelistValidation naming that field', async () => {
    const client = await loggedIn();
    const answers: (Answer & { error: unknown })[] = [];
    for (const operation of withJsonBody) {
      const response = await as(client, operation).send(
        operation.method,
        withWellFormedParameters(operation.path),
        { smuggled: true },
      );
      const error =
        ((response.body.errors ?? []) as { field: string }[]).find((e) => e.field === 'smuggled') ??
        null;
      answers.push({ ...answerOf(operation.label, response), error });
    }

    expectNoServerErrors(answers);
    expect(answers).toEqual(
      withJsonBody.map(({ label }) => ({
        label,
        status: 400,
        type: '/problems/validation-failed',
        error: {
          field: 'smuggled',
          code: 'whitelistValidation',
          message: 'smuggled hoort hier niet bij: laat het veld weg',
        },
      })),
    );
  });

  it('answers a body over 1 MB with 413 payload-too-large', async () => {
    const client = await loggedIn();
    const payload = JSON.stringify({ padding: 'x'.repeat(1024 * 1024) });
    const answers: Answer[] = [];
    for (const operation of withBody) {
      answers.push(
        answerOf(operation.label, await sendRaw(client, operation, 'application/json', payload)),
      );
    }

    expectNoServerErrors(answers);
    expect(answers).toEqual(
      withBody.map(({ label }) => ({ label, status: 413, type: '/problems/payload-too-large' })),
    );
  });

  describe.each([
    ['an anonymous client', false],
    ['a quality officer', true],
  ])('JSON nested 5,000 levels deep (10 KB), as %s', (_who, asOfficer) => {
    it.each([
      ['an array', DEEP_ARRAY],
      ['a field', `{"title":${DEEP_ARRAY}}`],
    ])(
      'answers %s nested that deep with 400 json-too-deep on every operation with a body',
      async (_shape, payload) => {
        const client = asOfficer ? await loggedIn() : await ApiClient.create(app);
        const answers: Answer[] = [];
        for (const operation of withBody) {
          answers.push(
            answerOf(
              operation.label,
              await sendRaw(client, operation, 'application/json', payload),
            ),
          );
        }

        expectNoServerErrors(answers);
        expect(answers).toEqual(
          withBody.map(({ label }) => ({ label, status: 400, type: '/problems/json-too-deep' })),
        );
      },
    );
  });

  it.each([
    ['a NUL character', 'voor\u0000na'],
    ['a lone surrogate', 'voor\ud800na'],
  ])(
    'answers %s in any text field with 400 validation-failed naming every such field',
    async (_kind, text) => {
      const client = await loggedIn();
      const withText = withJsonBody.filter((operation) => textFieldsOf(operation).length > 0);
      const answers: (Answer & { named: string[] })[] = [];
      for (const operation of withText) {
        const body = {
          ...plausibleBody(operation.body ?? {}),
          ...Object.fromEntries(textFieldsOf(operation).map((name) => [name, text])),
        };
        const response = await as(client, operation).send(
          operation.method,
          withWellFormedParameters(operation.path),
          body,
        );
        const named = ((response.body.errors ?? []) as { field: string; code: string }[])
          .filter((error) => error.code === 'isWellFormedText')
          .map((error) => error.field)
          .sort();
        answers.push({ ...answerOf(operation.label, response), named });
      }

      expectNoServerErrors(answers);
      expect(withText.length).toBeGreaterThanOrEqual(KNOWN_OPERATIONS_WITH_BODY);
      expect(answers).toEqual(
        withText.map((operation) => ({
          label: operation.label,
          status: 400,
          type: '/problems/validation-failed',
          named: textFieldsOf(operation).sort(),
        })),
      );
    },
  );

  it('answers a NUL character in a path or query parameter with 400 validation-failed naming it', async () => {
    const client = await loggedIn();
    const answers: { label: string; outcome: string }[] = [];
    for (const operation of operations) {
      const pathNames = [...operation.path.matchAll(PATH_PARAMETER)].map((match) => match[1]);
      const probes = [
        ...pathNames.map((name) => ({
          name,
          url: operation.path
            .replace(`{${name}}`, 'a%00b')
            .replace(PATH_PARAMETER, (_match, other: string) =>
              withWellFormedParameters(`{${other}}`),
            ),
        })),
        ...operation.query.map((name) => ({
          name,
          url: `${withWellFormedParameters(operation.path)}?${name}=a%00b`,
        })),
      ];
      for (const probe of probes) {
        const response = await as(client, operation).send(operation.method, probe.url);
        const named = ((response.body.errors ?? []) as { field: string; code: string }[]).map(
          (error) => `${error.field} ${error.code}`,
        );
        const { status, type } = answerOf(operation.label, response);
        // A guard that looks at the parameter itself (the reviewer's scope, the platform admin's
        // sector view) refuses the officer before any pipe reads it: no less safe.
        const outcome =
          status === 400 && named.join() === `${probe.name} isWellFormedText`
            ? 'named'
            : status === 403 && type === '/problems/forbidden'
              ? 'refused by a guard'
              : `${status} ${type} ${named.join()}`;
        answers.push({ label: `${operation.label} with NUL in ${probe.name}`, outcome });
      }
    }

    expect(
      answers.filter(({ outcome }) => outcome !== 'named' && outcome !== 'refused by a guard'),
    ).toEqual([]);
    expect(answers.filter(({ outcome }) => outcome === 'named').length).toBeGreaterThanOrEqual(40);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/xml'])(
    'answers a body sent as %s with 415 unsupported-media-type',
    async (contentType) => {
      const client = await loggedIn();
      const answers: Answer[] = [];
      for (const operation of withBody) {
        answers.push(
          answerOf(
            operation.label,
            await sendRaw(client, operation, contentType, 'email=a%40b.nl'),
          ),
        );
      }

      expectNoServerErrors(answers);
      // An operation that documents the type (the RFC 8058 one-click unsubscribe takes a form)
      // reads the body and judges it; every other one refuses the type.
      expect(answers).toEqual(
        withBody.map(({ label, contentTypes }) =>
          contentTypes.includes(contentType)
            ? { label, status: 400, type: '/problems/validation-failed' }
            : { label, status: 415, type: '/problems/unsupported-media-type' },
        ),
      );
    },
  );

  describe.each([
    ['an anonymous client', false],
    ['a quality officer', true],
  ])('path parameters, as %s', (_who, asOfficer) => {
    it('answers a random uuid and not-a-uuid with a 4xx problem, and success only where no parameter was involved', async () => {
      const answers: (Answer & { json: boolean })[] = [];
      let client = asOfficer ? await loggedIn() : await ApiClient.create(app);
      for (const operation of operations) {
        const values = hasParameters(operation.path) ? [randomUUID(), 'not-a-uuid'] : [''];
        for (const value of values) {
          // Logout (or anything else that ends the session) must not turn the next probes into plain 401s.
          if (asOfficer && (await client.get('/api/v1/me')).status !== 200) {
            client = await loggedIn();
          }
          const body =
            operation.body && hasParameters(operation.path)
              ? plausibleBody(operation.body)
              : undefined;
          const response = await client.send(
            operation.method,
            withParameters(operation.path, value),
            body,
          );
          // A download (the empty rubric workbook, the organisation's export) answers with its own file type.
          const json =
            /^application\/(problem\+)?json|^application\/vnd\.openxmlformats|^application\/zip/.test(
              response.headers['content-type'] ?? '',
            );
          answers.push({
            ...answerOf(`${operation.label} with ${value || 'no parameter'}`, response),
            json,
          });
        }
      }

      expectNoServerErrors(answers);
      const unexpected = answers.filter(({ label, status, type, json }) => {
        const parameterised = !label.endsWith('with no parameter');
        if (status >= 400) {
          return type === null || !type.startsWith('/problems/');
        }
        return parameterised || (status !== 204 && !json);
      });
      expect(unexpected).toEqual([]);
      expect(answers.length).toBeGreaterThanOrEqual(KNOWN_OPERATIONS.length + 4);
    });
  });
});
