import { opendir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';

import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EvidenceRepository } from './evidence.repository';
import { FileStorage, StoredBlob } from './storage/file-storage';
import { stagingDirectory } from './upload/evidence-upload.interceptor';

/** Young files are left alone: their row may be in a transaction that has not committed yet. */
const GRACE_MS = 60 * 60 * 1000;
const EVERY_MS = 6 * 60 * 60 * 1000;
const BATCH = 500;

/**
 * Removes blobs no evidence row refers to (an upload that crashed between storing the file and
 * writing its row) and staging files an interrupted upload left. Runs on start and every six hours.
 */
@Injectable()
export class EvidenceCleanupService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('EvidenceCleanup');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: EvidenceRepository,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runSafely();
    this.timer = setInterval(() => void this.runSafely(), EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) {
      clearInterval(this.timer);
    }
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

  private async removeBatch(batch: StoredBlob[]): Promise<number> {
    const referenced = await this.repository.referencedHashes(batch.map((blob) => blob.sha256));
    const orphans = batch.filter((blob) => !referenced.has(blob.sha256));
    for (const orphan of orphans) {
      await this.storage.remove(orphan.sha256);
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

  private async runSafely(): Promise<void> {
    try {
      const removed = await this.removeUnreferenced();
      if (removed > 0) {
        this.logger.log(`Removed ${removed} unreferenced evidence file(s)`);
      }
    } catch (error) {
      this.logger.warn(
        `Evidence cleanup failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
