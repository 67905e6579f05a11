import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Request } from 'express';
import { StorageEngine } from 'multer';

/** What the engine adds to multer's file: where the upload is staged, its size and its sha256. */
export interface StagedFile {
  originalname: string;
  path: string;
  size: number;
  sha256: string;
}

/** Hashes and counts the bytes as they pass, so the file is read once and never held in memory. */
class HashingCounter extends Transform {
  readonly hash = createHash('sha256');
  size = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    callback(null, chunk);
  }
}

/**
 * A multer storage engine that streams an upload to a private staging file. Multer removes the
 * staged file itself when the upload fails (size limit, aborted request); the interceptor removes
 * it after the request in every other case.
 */
export class StagingStorageEngine implements StorageEngine {
  constructor(private readonly directory: string) {}

  _handleFile(
    _request: Request,
    file: Express.Multer.File,
    callback: (error?: unknown, info?: Partial<StagedFile>) => void,
  ): void {
    const path = join(this.directory, `${randomUUID()}.part`);
    const counter = new HashingCounter();
    mkdir(this.directory, { recursive: true })
      .then(() =>
        pipeline(file.stream, counter, createWriteStream(path, { flags: 'wx', mode: 0o600 })),
      )
      .then(() => callback(null, { path, size: counter.size, sha256: counter.hash.digest('hex') }))
      .catch((error: unknown) => {
        void unlink(path).catch(() => undefined);
        callback(error);
      });
  }

  _removeFile(
    _request: Request,
    file: Express.Multer.File,
    callback: (error: Error | null) => void,
  ): void {
    unlink(file.path).then(
      () => callback(null),
      () => callback(null),
    );
  }
}
