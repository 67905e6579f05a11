import { Readable } from 'node:stream';

export interface StoredBlob {
  sha256: string;
  storedAt: Date;
}

/**
 * Where evidence files live, named by their sha256 so the same file is kept once. A port, so that
 * S3-compatible object storage can take the local folder's place without touching the use cases.
 */
export abstract class FileStorage {
  /** Stores a fully written local file under its hash; storing a hash that exists is a no-op. */
  abstract putFromFile(sha256: string, localPath: string): Promise<void>;

  abstract open(sha256: string): Promise<Readable>;

  abstract exists(sha256: string): Promise<boolean>;

  abstract list(): AsyncIterable<StoredBlob>;

  abstract remove(sha256: string): Promise<void>;
}
