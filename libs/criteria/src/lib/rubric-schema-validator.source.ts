import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone';

import rubricSchema from './rubric.schema.json';

/** The runtime helpers the generated code needs, imported instead of required. */
const RUNTIME: [RegExp, string][] = [
  [/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, 'ucs2length'],
  [/require\("ajv\/dist\/runtime\/equal"\)\.default/g, 'equal'],
  [/require\("ajv-formats\/dist\/formats"\)\.fullFormats/g, 'fullFormats'],
];

/**
 * The rubric schema compiled ahead of time (all errors, strict, date format) as a TypeScript
 * module: a browser with a Content Security Policy without 'unsafe-eval' cannot run Ajv's
 * compiler, which builds its validators with `new Function`. Written by generate-validator.ts;
 * a spec checks that the file matches the schema.
 */
export function rubricValidatorSource(): string {
  const ajv = new Ajv({ allErrors: true, strict: true, code: { source: true, esm: true } });
  addFormats(ajv, ['date']);
  const code = RUNTIME.reduce(
    (text, [pattern, name]) => text.replace(pattern, name),
    standaloneCode(ajv, ajv.compile(rubricSchema)),
  );
  return [
    '// Generated from rubric.schema.json by `npx nx run criteria:generate-validator`: do not edit.',
    '/* eslint-disable */',
    '// @ts-nocheck',
    "import equal from 'ajv/dist/runtime/equal';",
    "import ucs2length from 'ajv/dist/runtime/ucs2length';",
    "import { fullFormats } from 'ajv-formats/dist/formats';",
    code.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}
