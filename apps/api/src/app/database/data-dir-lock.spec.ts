import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { dataDirHolder, DataDirInUseError, LOCK_FILE, lockDataDir } from './data-dir-lock';

describe('data folder lock', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'backup-lock-'));
  });

  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes the pid while held and removes the lock when released', () => {
    const release = lockDataDir(dataDir);
    expect(readFileSync(join(dataDir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    release();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('refuses a folder another live process holds', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(join(dataDir, LOCK_FILE), `${other.pid}\n`);
      expect(dataDirHolder(dataDir)).toBe(other.pid);
      expect(() => lockDataDir(dataDir)).toThrow(DataDirInUseError);
      expect(readFileSync(join(dataDir, LOCK_FILE), 'utf8')).toBe(`${other.pid}\n`);
    } finally {
      other.kill();
      await new Promise((resolve) => other.once('exit', resolve));
    }
  });

  it('takes over the lock of a process that is gone', () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    writeFileSync(join(dataDir, LOCK_FILE), `${gone.stdout.toString()}\n`);
    expect(dataDirHolder(dataDir)).toBeNull();
    const release = lockDataDir(dataDir);
    expect(readFileSync(join(dataDir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    release();
  });

  it('keeps the lock until the last holder in this process lets go', () => {
    const first = lockDataDir(dataDir);
    const second = lockDataDir(dataDir);
    first();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);
    second();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });
});
