import { createReadStream } from 'node:fs';
import { chmod, mkdir, opendir, rename, stat, unlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import { ByteRange, FileStorage, StoredBlob } from './file-storage';

const SHA256 = /^[0-9a-f]{64}$/;

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT';
}

/**
 * Blobs in a local folder as `ab/cd/<sha256>`; two levels keep every directory small. Files are
 * made read-only once stored: a stored blob is never rewritten, only added or removed.
 */
export class LocalFileStorage extends FileStorage {
  constructor(private readonly root: string) {
    super();
  }

  async putFromFile(sha256: string, localPath: string): Promise<void> {
    const target = this.pathOf(sha256);
    if (await this.exists(sha256)) {
      // Fresh again, so the cleanup's grace period covers the row about to refer to it.
      const now = new Date();
      await utimes(target, now, now);
      await unlink(localPath);
      return;
    }
    await mkdir(join(target, '..'), { recursive: true });
    await chmod(localPath, 0o444);
    // A rename within one file system is atomic: the blob is either absent or complete.
    await rename(localPath, target);
  }

  async open(sha256: string, range?: ByteRange): Promise<Readable> {
    const path = this.pathOf(sha256);
    await stat(path);
    return createReadStream(path, range);
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(sha256))).isFile();
    } catch (error) {
      if (isMissing(error)) {
        return false;
      }
      throw error;
    }
  }

  async *list(): AsyncIterable<StoredBlob> {
    for (const first of await this.entries(this.root)) {
      for (const second of await this.entries(join(this.root, first))) {
        for (const name of await this.entries(join(this.root, first, second))) {
          if (SHA256.test(name)) {
            const info = await stat(join(this.root, first, second, name));
            yield { sha256: name, storedAt: info.mtime };
          }
        }
      }
    }
  }

  async remove(sha256: string): Promise<void> {
    await unlink(this.pathOf(sha256)).catch((error: unknown) => {
      if (!isMissing(error)) {
        throw error;
      }
    });
  }

  /** Where the blob of `sha256` lives (or would), inside the folder. */
  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) {
      // Never let anything but a hash become part of a path.
      throw new TypeError('not a sha256 hex digest');
    }
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /** Two-character directory names only, so the staging folder and stray files are skipped. */
  private async entries(directory: string): Promise<string[]> {
    try {
      const names: string[] = [];
      for await (const entry of await opendir(directory)) {
        if (entry.isFile() ? directory !== this.root : /^[0-9a-f]{2}$/.test(entry.name)) {
          names.push(entry.name);
        }
      }
      return names;
    } catch (error) {
      if (isMissing(error)) {
        return [];
      }
      throw error;
    }
  }
}
