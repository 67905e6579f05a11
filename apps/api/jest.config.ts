export default {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  coverageDirectory: '../../coverage/apps/api',
  globalSetup: '<rootDir>/../../test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/../../test/support/global-teardown.mjs',
};
