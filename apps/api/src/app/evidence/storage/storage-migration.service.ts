import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';

import { APP_CONFIG, AppConfig, ConfigError } from '../../config/app-config';
import { FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { S3FileStorage } from './s3-file-storage';

export interface StorageMigrationFailure {
  sha256: string;
  reason: string;
}

export interface StorageMigrationSummary {
  /** Blobs found in the local folder. */
  files: number;
  copied: number;
  /** Already in the bucket with the right bytes. */
  present: number;
  /** In the bucket with other bytes, copied again. */
  repaired: number;
  /** Read back from the bucket and hashed: its sha256 matched its key. */
  verified: number;
  failed: StorageMigrationFailure[];
}

async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(stream, hash);
  return hash.digest('hex');
}

/**
 * `cli.js storage:migrate`: copies the local folder's blobs to the configured bucket and proves
 * every copy by reading it back and hashing it. It copies, never moves, and skips what is there
 * already, so it can run again after an interruption, or once more to check.
 */
@Injectable()
export class StorageMigrationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly storage: FileStorage,
  ) {}

  async localToS3(): Promise<StorageMigrationSummary> {
    const target = this.storage;
    if (!(target instanceof S3FileStorage)) {
      throw new ConfigError(
        'storage:migrate copies the local files to S3: set LABELKLAAR_S3_BUCKET and the other LABELKLAAR_S3_ settings first',
      );
    }
    const local = new LocalFileStorage(join(this.config.dataDir, 'files'));
    const summary: StorageMigrationSummary = {
      files: 0,
      copied: 0,
      present: 0,
      repaired: 0,
      verified: 0,
      failed: [],
    };
    for await (const { sha256 } of local.list()) {
      summary.files += 1;
      try {
        await this.migrateOne(local, target, sha256, summary);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        summary.failed.push({ sha256, reason });
      }
    }
    return summary;
  }

  private async migrateOne(
    local: LocalFileStorage,
    target: S3FileStorage,
    sha256: string,
    summary: StorageMigrationSummary,
  ): Promise<void> {
    if ((await sha256Of(await local.open(sha256))) !== sha256) {
      throw new Error('the local file does not match its name (damaged on disk); not copied');
    }
    const isThere = await target.exists(sha256);
    if (isThere && (await sha256Of(await target.open(sha256))) === sha256) {
      summary.present += 1;
      summary.verified += 1;
      return;
    }
    await target.upload(sha256, local.pathOf(sha256));
    if ((await sha256Of(await target.open(sha256))) !== sha256) {
      throw new Error('the copy in S3 does not match its hash after uploading');
    }
    summary[isThere ? 'repaired' : 'copied'] += 1;
    summary.verified += 1;
  }
}
