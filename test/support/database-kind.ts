/** Which database the tests run on; no import of the application (the smoke tests use it too). */
export const testDatabaseKind = (): 'embedded' | 'postgres' =>
  process.env['LABELKLAAR_TEST_DATABASE'] === 'postgres' ? 'postgres' : 'embedded';
