import { createHash, randomBytes } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import { ByteRange } from '../../common/delivery/partial-content';

export interface StoredBlob {
  sha256: string;
  storedAt: Date;
}

export type { ByteRange };

/** The store cannot be reached or refused the work: nothing was stored, try again later. */
export class StorageUnavailableError extends Error {}

/**
 * Where evidence files live, named by their sha256 so the same file is kept once. A port, so that
 * S3-compatible object storage can take the local folder's place without touching the use cases.
 */
export abstract class FileStorage {
  /**
   * Stores a fully written local file under its hash: either all of it or nothing. Storing a
   * hash that exists stores nothing but marks the blob fresh, so the cleanup's grace period
   * covers the row about to refer to it. The local file is gone afterwards.
   */
  abstract putFromFile(sha256: string, localPath: string): Promise<void>;

  /** The blob's bytes, or only `range` of them, streamed. */
  abstract open(sha256: string, range?: ByteRange): Promise<Readable>;

  abstract exists(sha256: string): Promise<boolean>;

  abstract list(): AsyncIterable<StoredBlob>;

  abstract remove(sha256: string): Promise<void>;

  /**
   * Whether the storage takes a file now (the readiness check): stores a blob of random bytes
   * from `stagingDirectory`, checks it is there, and removes it again, through the port's own
   * methods, so every adapter is probed the way uploads use it. Random content: its hash is no
   * evidence file's. Throws what the storage threw.
   */
  async probe(stagingDirectory: string): Promise<void> {
    const content = randomBytes(32);
    const sha256 = createHash('sha256').update(content).digest('hex');
    await mkdir(stagingDirectory, { recursive: true });
    const local = join(stagingDirectory, `probe-${sha256}`);
    await writeFile(local, content, { mode: 0o600 });
    try {
      await this.putFromFile(sha256, local);
      if (!(await this.exists(sha256))) {
        throw new Error('the probe file was not there after storing it');
      }
    } finally {
      await this.remove(sha256);
      await unlink(local).catch(() => undefined);
    }
  }
}
