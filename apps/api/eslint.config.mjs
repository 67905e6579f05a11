import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import baseConfig, { typeChecked } from '../../eslint.config.mjs';

/**
 * One folder under src/app is one bounded context; common, config and database are shared ground.
 * A context uses another context's data only through that context's exported service or through
 * a read model of its own (`*.read-model.ts`, documented as one). So outside a read model no file
 * of a context imports another context's `entities/*` or `*.repository`.
 *
 * Exceptions, where TypeORM needs the classes: the entity files themselves (`entities/*.entity.ts`
 * name the entities of their relations) and the registration of all entities in database/ (and the
 * migrations, which are outside src/app).
 */
const SHARED = new Set(['common', 'config', 'database']);
const appDir = join(import.meta.dirname, 'src', 'app');
const contexts = readdirSync(appDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !SHARED.has(entry.name))
  .map((entry) => entry.name);

const contextBoundary = (context) => ({
  // Relative to apps/api (eslint run there) and to the workspace root (nx lint api).
  files: [`src/app/${context}/**/*.ts`, `apps/api/src/app/${context}/**/*.ts`],
  ignores: ['**/*.read-model.ts', '**/entities/*.entity.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            // A relative path up and into another context's entities or repositories.
            regex: `^(\\.\\./)+(?!(${context}|${[...SHARED].join('|')})/)[a-z-]+/(entities/.*|[a-z-]+\\.repository)$`,
            message: `The ${context} context may not use another context's entities or repository: go through that context's exported service, or read in a *.read-model.ts file of ${context}.`,
          },
        ],
      },
    ],
  },
});

export default [
  ...baseConfig,
  typeChecked(import.meta.dirname, ['./tsconfig.app.json', './tsconfig.spec.json']),
  { files: ['**/*.spec.ts'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
  ...contexts.map(contextBoundary),
];
