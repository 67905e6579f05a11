export default {
  displayName: 'api-e2e',
  rootDir: '../..',
  testMatch: ['<rootDir>/test/api/**/*.e2e-spec.ts'],
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@labelklaar/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@labelklaar/criteria$': '<rootDir>/libs/criteria/src/index.ts',
    '^@labelklaar/criteria/rules$': '<rootDir>/libs/criteria/src/rules.ts',
    '^@labelklaar/migrations$': '<rootDir>/migrations/index.ts',
  },
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  testTimeout: 60000,
};
