import fc from 'fast-check';

/** The part of an OpenAPI 3 schema the fuzz reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Schema;
}

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface OpenApiOperation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Partial<Record<Method, OpenApiOperation>>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface FuzzOperation {
  method: Method;
  path: string;
  label: string;
  pathParameters: Parameter[];
  queryParameters: Parameter[];
  /** The JSON body schema, or the multipart form schema of an upload. */
  body?: { kind: 'json' | 'multipart'; schema: Schema };
}

/** One generated request: where it goes and what it carries. */
export interface FuzzCase {
  url: string;
  /** A raw JSON text (possibly broken on purpose), or multipart fields and a file. */
  body?:
    | { kind: 'json'; text: string }
    | { kind: 'multipart'; fields: Record<string, string>; file: { name: string; bytes: Buffer } };
}

/** Ids and codes that exist in the fuzzed organisation, by parameter or field name. */
export type KnownValues = Record<string, string[]>;

const METHODS: Method[] = ['get', 'post', 'put', 'patch', 'delete'];
const MAX_STRING = 40;

export function operationsOf(document: OpenApiDocument): FuzzOperation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    METHODS.filter((method) => operations[method] !== undefined).map((method) => {
      const operation = operations[method] ?? {};
      const parameters = operation.parameters ?? [];
      const content = operation.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      const multipart = content['multipart/form-data']?.schema;
      return {
        method,
        path,
        label: `${method.toUpperCase()} ${path}`,
        pathParameters: parameters.filter((parameter) => parameter.in === 'path'),
        queryParameters: parameters.filter((parameter) => parameter.in === 'query'),
        body: json
          ? { kind: 'json' as const, schema: json }
          : multipart
            ? { kind: 'multipart' as const, schema: multipart }
            : undefined,
      };
    }),
  );
}

/** Text that has broken inputs before: NUL, lone surrogates, control and direction characters. */
const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'titel\u0000met nul',
    '\ud800',
    'los \udfff einde',
    '\udbff\u0000',
    '\u202e\u200b\ufeff',
    '😀 emoji',
    '',
    ' ',
    "'; DROP TABLE users; --",
    '../../etc/passwd',
    '%00%zz%',
    '<script>alert(1)</script>',
    '__proto__',
    'x'.repeat(20_001),
  ),
  fc.string({ unit: 'binary', maxLength: MAX_STRING }),
  fc
    .tuple(fc.string({ maxLength: 10 }), fc.constantFrom('\u0000', '\ud83d', '\ude00'))
    .map(([text, bad]) => `${text}${bad}${text}`),
);

const isoDay = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z') })
  .filter((date) => !Number.isNaN(date.getTime()))
  .map((date) => date.toISOString().slice(0, 10));

function stringFor(schema: Schema, name: string, known: KnownValues): fc.Arbitrary<string> {
  const options: fc.WeightedArbitrary<string>[] = [{ weight: 2, arbitrary: nastyString }];
  const ids = known[name] ?? [];
  if (ids.length > 0) {
    options.push({ weight: 6, arbitrary: fc.constantFrom(...ids) });
  }
  if (schema.enum && schema.enum.length > 0) {
    options.push({ weight: 6, arbitrary: fc.constantFrom(...schema.enum.map(String)) });
  } else if (schema.format === 'uuid' || /Id$/.test(name)) {
    options.push({ weight: 3, arbitrary: fc.uuid() });
  } else if (schema.format === 'date') {
    options.push({ weight: 5, arbitrary: isoDay });
    options.push({ weight: 1, arbitrary: fc.constantFrom('2026-02-30', '0000-00-00', '2026-1-1') });
  } else if (/email/i.test(name)) {
    options.push({ weight: 5, arbitrary: fc.emailAddress() });
  } else {
    const maxLength = Math.min(schema.maxLength ?? MAX_STRING, MAX_STRING);
    const minLength = Math.min(schema.minLength ?? 0, maxLength);
    options.push({ weight: 6, arbitrary: fc.string({ minLength, maxLength }) });
    if (schema.maxLength !== undefined) {
      options.push({ weight: 1, arbitrary: fc.constant('y'.repeat(schema.maxLength + 1)) });
    }
  }
  return fc.oneof(...options);
}

function numberFor(schema: Schema): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: schema.minimum ?? -3, max: schema.maximum ?? 12 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, 5e-324),
    },
  );
}

/** Any JSON at all: what a careless or hostile client may put where a value belongs. */
const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  nastyString,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant({ __proto__: { polluted: true } }),
  fc.constant({ constructor: { prototype: { polluted: true } } }),
);

type Resolve = (schema: Schema) => Schema;

function valueFor(
  schema: Schema,
  name: string,
  known: KnownValues,
  resolve: Resolve,
  depth = 0,
): fc.Arbitrary<unknown> {
  const resolved = resolve(schema);
  const own = ownValueFor(resolved, name, known, resolve, depth);
  return fc.oneof(
    { weight: 10, arbitrary: own },
    { weight: 1, arbitrary: junkValue },
    ...(resolved.nullable ? [{ weight: 2, arbitrary: fc.constant(null) }] : []),
  );
}

function ownValueFor(
  schema: Schema,
  name: string,
  known: KnownValues,
  resolve: Resolve,
  depth: number,
): fc.Arbitrary<unknown> {
  const variant = schema.allOf?.[0] ?? schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (variant) {
    return valueFor(variant, name, known, resolve, depth);
  }
  switch (schema.type) {
    case 'integer':
    case 'number':
      return numberFor(schema);
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valueFor(schema.items ?? {}, name, known, resolve, depth + 1), {
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    case 'object':
      return depth > 3 ? fc.constant({}) : objectFor(schema, known, resolve, depth + 1);
    default:
      return stringFor(schema, name, known);
  }
}

function objectFor(
  schema: Schema,
  known: KnownValues,
  resolve: Resolve,
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries(schema.properties ?? {});
  const record = fc.record(
    Object.fromEntries(
      properties.map(([name, property]) => [name, valueFor(property, name, known, resolve, depth)]),
    ),
    { requiredKeys: [] },
  );
  // Mostly every required field is there, so that the request gets past validation into the service.
  const complete = fc
    .record(
      Object.fromEntries(
        properties.map(([name, property]) => [
          name,
          resolve(property).nullable || !(schema.required ?? []).includes(name)
            ? fc.option(ownValueFor(resolve(property), name, known, resolve, depth), {
                nil: undefined,
              })
            : ownValueFor(resolve(property), name, known, resolve, depth),
        ]),
      ),
    )
    .map((value) =>
      Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)),
    );
  const smuggled = fc
    .tuple(record, fc.string({ maxLength: 12 }), junkValue)
    .map(([value, key, extra]) => ({ ...value, [key]: extra }));
  return fc.oneof({ weight: 6, arbitrary: complete }, { weight: 3, arbitrary: record }, smuggled);
}

/** Deeply nested JSON text: arrays, objects and a field holding them. */
const deepJson = fc
  .tuple(fc.integer({ min: 1_000, max: 6_000 }), fc.constantFrom('array', 'object', 'field'))
  .map(([depth, shape]) => {
    if (shape === 'array') {
      return '['.repeat(depth) + ']'.repeat(depth);
    }
    const nested = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    return shape === 'object' ? nested : `{"title":${nested}}`;
  });

const brokenJson = fc.constantFrom('{"email":', '{', '[', 'nul', '"text"', '1', 'null', '{"a":1}}');

function jsonBodyFor(schema: Schema, known: KnownValues, resolve: Resolve): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: objectFor(resolve(schema), known, resolve, 0).map(stringify) },
    { weight: 1, arbitrary: junkValue.map(stringify) },
    { weight: 1, arbitrary: deepJson },
    { weight: 1, arbitrary: brokenJson },
  );
}

const stringify = (value: unknown) => JSON.stringify(value) ?? 'null';

function multipartFor(schema: Schema, known: KnownValues) {
  const fields = Object.entries(schema.properties ?? {}).filter(([name]) => name !== 'file');
  return fc.record({
    fields: fc
      .record(
        Object.fromEntries(fields.map(([name, field]) => [name, stringFor(field, name, known)])),
        { requiredKeys: [] },
      )
      .map((value) => value as Record<string, string>),
    file: fc.record({
      name: fc.oneof(fc.constantFrom('verslag.pdf', 'notities.txt', 'x.csv'), nastyString),
      bytes: fc.oneof(
        fc.constant(Buffer.from('%PDF-1.4\n%%EOF\n')),
        fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
      ),
    }),
  });
}

/**
 * A path segment or query value as a client may send it: percent-encoded UTF-8, a lone surrogate
 * as the (invalid) bytes a careless encoder produces, or raw percent junk.
 */
export function encodeSegment(value: string): string {
  return Array.from(value)
    .map((character) => {
      const code = character.codePointAt(0) ?? 0;
      if (code >= 0xd800 && code <= 0xdfff) {
        return ['%ED', 0xa0 | ((code >> 6) & 0x0f), 0x80 | (code & 0x3f)]
          .map((part) => (typeof part === 'string' ? part : `%${part.toString(16).toUpperCase()}`))
          .join('');
      }
      return encodeURIComponent(character);
    })
    .join('');
}

const rawSegment = fc.constantFrom('%', '%zz', '%00', '..', '%2e%2e', '%ED%A0%80', '%C0%AF');

function parameterValue(parameter: Parameter, known: KnownValues): fc.Arbitrary<string> {
  const schema = parameter.schema ?? {};
  const typed =
    schema.type === 'boolean'
      ? fc.constantFrom('true', 'false', 'yes', '1')
      : schema.type === 'integer' || schema.type === 'number'
        ? numberFor(schema).map(String)
        : stringFor(schema, parameter.name, known);
  return fc.oneof(
    { weight: 8, arbitrary: typed.map(encodeSegment) },
    { weight: 1, arbitrary: rawSegment },
  );
}

function queryFor(parameters: Parameter[], known: KnownValues): fc.Arbitrary<string> {
  const pairs = parameters.map((parameter) =>
    fc.option(
      parameterValue(parameter, known).map((value) => `${parameter.name}=${value}`),
      { nil: undefined },
    ),
  );
  const extra = fc.option(
    fc.oneof(
      fc.constant('unknown=1'),
      parameters.length > 0
        ? fc.constant(`${parameters[0]?.name}=a&${parameters[0]?.name}=b`)
        : fc.constant('a[b]=c'),
      rawSegment.map((value) => `q=${value}`),
    ),
    { nil: undefined },
  );
  return fc.tuple(fc.tuple(...pairs), extra).map(([given, more]) => {
    const all = [...given, more].filter((pair): pair is string => pair !== undefined);
    return all.length > 0 ? `?${all.join('&')}` : '';
  });
}

/** Arbitrary requests for one operation: path and query values and, where it takes one, a body. */
export function casesFor(
  operation: FuzzOperation,
  document: OpenApiDocument,
  known: KnownValues,
): fc.Arbitrary<FuzzCase> {
  const resolve: Resolve = (schema) =>
    schema.$ref
      ? (document.components?.schemas?.[schema.$ref.split('/').pop() ?? ''] ?? {})
      : schema;
  const path = fc
    .tuple(...operation.pathParameters.map((parameter) => parameterValue(parameter, known)))
    .map((values) =>
      operation.pathParameters.reduce(
        (url, parameter, index) => url.replace(`{${parameter.name}}`, values[index] ?? ''),
        operation.path,
      ),
    );
  const url = fc
    .tuple(path, queryFor(operation.queryParameters, known))
    .map(([base, query]) => `${base}${query}`);
  const body = operation.body;
  if (!body) {
    return url.map((value) => ({ url: value }));
  }
  if (body.kind === 'multipart') {
    return fc
      .tuple(url, multipartFor(resolve(body.schema), known))
      .map(([value, form]) => ({ url: value, body: { kind: 'multipart' as const, ...form } }));
  }
  return fc
    .tuple(url, jsonBodyFor(body.schema, known, resolve))
    .map(([value, text]) => ({ url: value, body: { kind: 'json' as const, text } }));
}
