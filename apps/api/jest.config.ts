export default {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  coverageDirectory: '../../coverage/apps/api',
  // The service specs (*.service.spec.ts) run on a real PostgreSQL: the embedded one started
  // here, or the server of DATABASE_URL.
  globalSetup: '<rootDir>/../../test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/../../test/support/global-teardown.mjs',
  // The first spec migrates an empty database.
  testTimeout: 60000,
};
