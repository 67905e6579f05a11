import { opendir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';

import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JobQueue } from '../jobs/job-queue';
import { EvidenceRepository } from './evidence.repository';
import { FileStorage, StoredBlob } from './storage/file-storage';
import { stagingDirectory } from './upload/evidence-upload.interceptor';

/** Young files are left alone: their row may be in a transaction that has not committed yet. */
const GRACE_MS = 60 * 60 * 1000;
export const EVIDENCE_CLEANUP_JOB = 'evidence-cleanup';
const BATCH = 500;

/**
 * Removes blobs no evidence row refers to (an upload that crashed between storing the file and
 * writing its row) and staging files an interrupted upload left. Runs every six hours on the job
 * queue, once for all instances (they share the files through the storage port).
 */
@Injectable()
export class EvidenceCleanupService implements OnModuleInit {
  private readonly logger = new Logger('EvidenceCleanup');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: EvidenceRepository,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): Promise<void> {
    return this.jobs.register({
      name: EVIDENCE_CLEANUP_JOB,
      cron: '17 */6 * * *',
      retryLimit: 2,
      retryDelaySeconds: 300,
      handler: () => this.run(),
    });
  }

  /** Returns how many blobs and staging files were removed. */
  async removeUnreferenced(
    cutoff = new Date(this.clock.now().getTime() - GRACE_MS),
  ): Promise<number> {
    let removed = await this.removeStaleStaging(cutoff);
    let batch: StoredBlob[] = [];
    for await (const blob of this.storage.list()) {
      if (blob.storedAt < cutoff) {
        batch.push(blob);
      }
      if (batch.length === BATCH) {
        removed += await this.removeBatch(batch);
        batch = [];
      }
    }
    return removed + (await this.removeBatch(batch));
  }

  /**
   * Removes the files of `hashes` no evidence row refers to any more (after an organisation was
   * erased); a file another organisation also holds stays. Returns how many were removed.
   */
  async removeIfUnreferenced(hashes: readonly string[]): Promise<number> {
    let removed = 0;
    for (let start = 0; start < hashes.length; start += BATCH) {
      removed += await this.removeOrphans(hashes.slice(start, start + BATCH));
    }
    return removed;
  }

  private removeBatch(batch: StoredBlob[]): Promise<number> {
    return this.removeOrphans(batch.map((blob) => blob.sha256));
  }

  private async removeOrphans(hashes: readonly string[]): Promise<number> {
    const referenced = await this.repository.referencedHashes(hashes);
    const orphans = hashes.filter((sha256) => !referenced.has(sha256));
    for (const orphan of orphans) {
      await this.storage.remove(orphan);
    }
    return orphans.length;
  }

  private async removeStaleStaging(cutoff: Date): Promise<number> {
    const directory = stagingDirectory(this.config);
    let removed = 0;
    try {
      for await (const entry of await opendir(directory)) {
        const path = join(directory, entry.name);
        if (entry.isFile() && (await stat(path)).mtime < cutoff) {
          await unlink(path);
          removed += 1;
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw error;
      }
    }
    return removed;
  }

  private async run(): Promise<void> {
    const removed = await this.removeUnreferenced();
    if (removed > 0) {
      this.logger.log(`Removed ${removed} unreferenced evidence file(s)`);
    }
  }
}
