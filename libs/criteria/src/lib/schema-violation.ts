import type { ErrorObject } from 'ajv';

import type { RuleViolation } from './rubric-validation.error';

// Apart from schema-validation.ts, which compiles schemas on load: the web app reads this one.

/** The first schema error as a violation of rule `schema`, located by a path rather than a pointer. */
export function schemaViolation(errors: ErrorObject[] | null | undefined): RuleViolation {
  const error = errors?.[0];
  if (error === undefined) {
    return { location: '', rule: 'schema', detail: 'does not match the schema' };
  }
  const location = appendProperty(pointerToPath(error.instancePath), offendingProperty(error));
  return {
    location,
    rule: 'schema',
    detail: `${error.message ?? 'is invalid'}${allowedValues(error)}`,
  };
}

/** `/domains/2/criteria/0/metLevel` → `domains[2].criteria[0].metLevel`. */
export function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (path, segment) =>
        /^\d+$/.test(segment) ? `${path}[${segment}]` : appendProperty(path, segment),
      '',
    );
}

function appendProperty(path: string, property: string | undefined): string {
  if (property === undefined) {
    return path;
  }
  return path === '' ? property : `${path}.${property}`;
}

function allowedValues(error: ErrorObject): string {
  const params: Record<string, unknown> = error.params;
  const allowed = params['allowedValues'];
  return Array.isArray(allowed) ? ` (${allowed.map(String).join(', ')})` : ` (${error.keyword})`;
}

// Required and additional-property errors point at the parent object; name the property itself.
function offendingProperty(error: ErrorObject): string | undefined {
  const params: Record<string, unknown> = error.params;
  const property = params['missingProperty'] ?? params['additionalProperty'];
  return typeof property === 'string' ? property : undefined;
}
