/** Smoke tests: the built product (`dist`, web app included) as `npm start` serves it. */
export default {
  displayName: 'smoke',
  rootDir: '../..',
  testMatch: ['<rootDir>/test/smoke/**/*.smoke-spec.ts'],
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@labelklaar/domain$': '<rootDir>/libs/domain/src/index.ts',
  },
  testTimeout: 180000,
};
