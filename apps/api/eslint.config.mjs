import baseConfig, { typeChecked } from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  typeChecked(import.meta.dirname, ['./tsconfig.app.json', './tsconfig.spec.json']),
  { files: ['**/*.spec.ts'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
];
