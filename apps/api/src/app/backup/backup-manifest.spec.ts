import { BACKUP_FORMAT, BackupRefusedError, isMemberPath, parseManifest } from './backup-manifest';

const HASH = 'a'.repeat(64);

function manifest(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: 1,
    appVersion: '0.1.0',
    createdAt: '2026-12-06T12:00:00.000Z',
    database: { kind: 'embedded', migration: 'CreateFoundation1795546655400' },
    members: [
      { path: 'database/pgdata.tar', size: 10, sha256: HASH },
      { path: `files/aa/aa/${HASH}`, size: 3, sha256: HASH },
    ],
    ...overrides,
  });
}

describe('backup manifest', () => {
  it.each([
    ['database/pgdata.tar', true],
    [`files/aa/aa/${HASH}`, true],
    ['mail/2026-12-06T12-00-00-000Z-x.eml', true],
    ['files/../pgdata/PG_VERSION', false],
    ['mail/./x.eml', false],
    ['mail/..', false],
    ['/etc/passwd', false],
    ['pgdata/PG_VERSION', false],
    ['files', false],
    ['files//x', false],
    ['files\\..\\x', false],
  ])('judges %s as a member path: %s', (path, allowed) => {
    expect(isMemberPath(path)).toBe(allowed);
  });

  it('reads a well-formed manifest', () => {
    expect(parseManifest(manifest()).members).toHaveLength(2);
  });

  it.each([
    ['not JSON', '{', 'its manifest.json is not valid JSON'],
    [
      'another format',
      manifest({ format: 'zip' }),
      'its manifest.json does not describe a Labelklaar backup',
    ],
    [
      'a later format version',
      manifest({ formatVersion: 2 }),
      'it has format version 2; this Labelklaar reads version 1',
    ],
    [
      'no database',
      manifest({ members: [{ path: `files/aa/aa/${HASH}`, size: 3, sha256: HASH }] }),
      'its manifest.json lists members that are missing or invalid',
    ],
    [
      'an escaping path',
      manifest({
        members: [
          { path: 'database/pgdata.tar', size: 10, sha256: HASH },
          { path: 'files/../../x', size: 3, sha256: HASH },
        ],
      }),
      'its manifest.json lists members that are missing or invalid',
    ],
    [
      'a member twice',
      manifest({
        members: [
          { path: 'database/pgdata.tar', size: 10, sha256: HASH },
          { path: 'database/pgdata.tar', size: 10, sha256: HASH },
        ],
      }),
      'its manifest.json lists a member twice',
    ],
  ])('refuses %s', (_case, text, message) => {
    expect(() => parseManifest(text)).toThrow(new BackupRefusedError(message));
  });
});
