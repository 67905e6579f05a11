import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { defaultRubricDataDir, findRubricDataDir } from './data-dir';

const workspaceRoot = resolve(__dirname, '..', '..', '..', '..');
const sourceDataDir = resolve(__dirname, '..', '..', 'data');

describe('findRubricDataDir', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'labelklaar-data-dir-'));
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function dataDirAt(...segments: string[]): string {
    const dir = join(root, ...segments);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'evidence-kinds.yaml'), 'evidenceKinds: []\n');
    return dir;
  }

  it('prefers the rubrics folder copied next to the API bundle', () => {
    const bundleDir = join(root, 'dist', 'apps', 'api');
    const copied = dataDirAt('dist', 'apps', 'api', 'rubrics');
    expect(findRubricDataDir(bundleDir, workspaceRoot)).toBe(copied);
  });

  it('uses the data folder relative to the source file when run from ts source', () => {
    expect(findRubricDataDir(__dirname, root)).toBe(sourceDataDir);
  });

  it('falls back to libs/criteria/data under the working directory', () => {
    const bundleDir = join(root, 'dist', 'apps', 'api');
    expect(findRubricDataDir(bundleDir, workspaceRoot)).toBe(sourceDataDir);
  });

  it('names every place it looked when none holds the data', () => {
    expect(() => findRubricDataDir(join(root, 'a', 'b'), root)).toThrow(
      join(root, 'a', 'b', 'rubrics'),
    );
  });

  it('resolves to libs/criteria/data in jest', () => {
    expect(defaultRubricDataDir()).toBe(sourceDataDir);
  });
});
