import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { lockNewPublishedRubrics } from './lock-writer';
import { loadRubricCatalog, loadRubricEntries } from './rubric-catalog';
import { readRubricLock, RUBRIC_LOCK_FILE } from './rubric-lock';
import { RubricValidationError } from './rubric-validation.error';

const dataDir = resolve(__dirname, '..', '..', 'data');
const fixtureDir = join(__dirname, '..', 'test-fixtures', 'catalog');

describe('rubrics.lock.json of the shipped data', () => {
  const entries = loadRubricEntries(dataDir);
  const lock = readRubricLock(dataDir);

  it('has an entry for every published or retired version', () => {
    const locked = entries.filter(({ rubric }) => rubric.status !== 'draft');
    expect(locked.length).toBeGreaterThan(0);
    for (const { rubric } of locked) {
      expect(Object.keys(lock)).toContain(`${rubric.id}@${rubric.version}`);
    }
  });

  it('matches the current content of every locked version', () => {
    for (const { rubric, contentHash } of entries.filter(
      (entry) => entry.rubric.status !== 'draft',
    )) {
      expect({ key: `${rubric.id}@${rubric.version}`, hash: contentHash }).toEqual({
        key: `${rubric.id}@${rubric.version}`,
        hash: lock[`${rubric.id}@${rubric.version}`],
      });
    }
  });

  it('has no entry without a published or retired version', () => {
    const keys = entries
      .filter(({ rubric }) => rubric.status !== 'draft')
      .map(({ rubric }) => `${rubric.id}@${rubric.version}`);
    expect(Object.keys(lock).sort()).toEqual(keys.sort());
  });
});

describe('lock checks on a copied catalog', () => {
  let dir: string;
  const published = (): string => join(dir, 'fixture-rubric', '1.0.0.yaml');
  const lockFile = (): string => join(dir, RUBRIC_LOCK_FILE);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'labelklaar-rubrics-'));
    cpSync(fixtureDir, dir, { recursive: true });
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function catalogError(): RubricValidationError {
    try {
      loadRubricCatalog(dir);
    } catch (error: unknown) {
      if (error instanceof RubricValidationError) {
        return error;
      }
      throw error;
    }
    throw new Error('catalog loaded without error');
  }

  function editPublished(from: string, to: string): void {
    const text = readFileSync(published(), 'utf8');
    expect(text).toContain(from);
    writeFileSync(published(), text.replace(from, to));
  }

  it('refuses a published file whose content no longer matches its lock entry', () => {
    editPublished('title: Opdracht helder', 'title: Opdracht helder en gedeeld');
    const error = catalogError();
    expect(error).toMatchObject({ file: published(), rule: 'lock-hash-mismatch' });
    expect(error.message).toContain('fixture-rubric@1.0.0');
  });

  it('accepts reformatting that keeps the content: comments, quoting, key order', () => {
    editPublished("effectiveDate: '2026-01-01'", '# re-quoted\neffectiveDate: "2026-01-01"');
    editPublished('id: fixture-rubric\nversion: 1.0.0', 'version: 1.0.0\nid: fixture-rubric');
    expect(loadRubricCatalog(dir)).toHaveLength(2);
  });

  it('accepts retiring a published version without a new lock entry', () => {
    editPublished('status: published', 'status: retired');
    expect(loadRubricCatalog(dir)[0].rubric.status).toBe('retired');
  });

  it('refuses a published file without a lock entry', () => {
    writeFileSync(lockFile(), '{}\n');
    expect(catalogError()).toMatchObject({
      file: published(),
      location: '',
      rule: 'lock-entry-missing',
    });
  });

  it('refuses a lock entry whose version went back to draft', () => {
    editPublished('status: published', 'status: draft');
    expect(catalogError()).toMatchObject({
      file: lockFile(),
      location: 'fixture-rubric@1.0.0',
      rule: 'lock-entry-without-rubric',
    });
  });

  it('refuses a lock file that is not a map of sha256 hashes', () => {
    writeFileSync(lockFile(), '{ "fixture-rubric@1.0.0": "abc" }');
    expect(catalogError()).toMatchObject({ file: lockFile(), rule: 'lock-file-invalid' });
    writeFileSync(lockFile(), 'not json');
    expect(catalogError()).toMatchObject({ file: lockFile(), rule: 'lock-file-invalid' });
  });

  describe('lockNewPublishedRubrics', () => {
    it('adds entries only for newly published versions', () => {
      const before = readRubricLock(dir);
      const draft = join(dir, 'fixture-rubric', '1.1.0.yaml');
      const text = readFileSync(draft, 'utf8');
      expect(text).toContain('status: draft');
      writeFileSync(draft, text.replace('status: draft', 'status: published'));
      expect(lockNewPublishedRubrics(dir)).toEqual(['fixture-rubric@1.1.0']);
      const after = readRubricLock(dir);
      expect(after['fixture-rubric@1.0.0']).toBe(before['fixture-rubric@1.0.0']);
      expect(Object.keys(after)).toEqual(['fixture-rubric@1.0.0', 'fixture-rubric@1.1.0']);
      expect(loadRubricCatalog(dir)).toHaveLength(2);
    });

    it('writes nothing when every published version is locked', () => {
      const before = readFileSync(lockFile(), 'utf8');
      expect(lockNewPublishedRubrics(dir)).toEqual([]);
      expect(readFileSync(lockFile(), 'utf8')).toBe(before);
    });

    it('never rewrites an existing entry: a changed published file makes it throw', () => {
      const before = readFileSync(lockFile(), 'utf8');
      editPublished('title: Opdracht helder', 'title: Iets anders');
      expect(() => lockNewPublishedRubrics(dir)).toThrow(RubricValidationError);
      expect(readFileSync(lockFile(), 'utf8')).toBe(before);
    });

    it('creates the lock file when there is none', () => {
      rmSync(lockFile());
      expect(lockNewPublishedRubrics(dir)).toEqual(['fixture-rubric@1.0.0']);
      expect(loadRubricCatalog(dir)).toHaveLength(2);
    });
  });
});
