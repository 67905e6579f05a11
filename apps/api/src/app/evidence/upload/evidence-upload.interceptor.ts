import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Request, RequestHandler, Response } from 'express';
import multer, { MulterError } from 'multer';
import { catchError, from, mergeMap, Observable, switchMap, throwError } from 'rxjs';

import { ProblemException } from '../../common/problems/problem.exception';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { formatBytes } from './byte-sizes';
import { StagedFile, StagingStorageEngine } from './staging-storage.engine';

export const UPLOAD_FIELD = 'file';

/** The staging folder sits next to the blobs, so storing a blob is a rename, not a copy. */
export function stagingDirectory(config: AppConfig): string {
  return join(config.dataDir, 'files', '.incoming');
}

/**
 * Streams the one file of a multipart upload to a staging file (never the whole file in memory),
 * stopping at the size limit. Whatever the handler does, the staging file is gone afterwards:
 * either stored under its hash or removed, so a refused upload leaves nothing behind.
 */
@Injectable()
export class EvidenceUploadInterceptor implements NestInterceptor {
  private readonly upload: RequestHandler;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.upload = multer({
      storage: new StagingStorageEngine(stagingDirectory(config)),
      // Browsers send the file name as raw UTF-8 ("Verslag “Oost”.pdf"), not Latin-1.
      defParamCharset: 'utf8',
      limits: {
        fileSize: config.maxUploadBytes,
        files: 1,
        fields: 10,
        fieldSize: 10_000,
        parts: 12,
      },
    }).single(UPLOAD_FIELD);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { file?: StagedFile }>();
    const response = context.switchToHttp().getResponse<Response>();
    // The staging file is gone before the answer leaves, whether the handler stored it or refused it.
    return from(this.parse(request, response)).pipe(
      switchMap(() => next.handle()),
      mergeMap(async (result: unknown) => {
        await this.discard(request.file);
        return result;
      }),
      catchError((error: unknown) =>
        from(this.discard(request.file)).pipe(switchMap(() => throwError(() => error))),
      ),
    );
  }

  private async discard(file: StagedFile | undefined): Promise<void> {
    if (file) {
      await unlink(file.path).catch(() => undefined);
    }
  }

  private parse(request: Request, response: Response): Promise<void> {
    return new Promise((resolve, reject) => {
      this.upload(request, response, (error: unknown) =>
        error ? reject(this.toProblem(error)) : resolve(),
      );
    });
  }

  private toProblem(error: unknown): ProblemException {
    if (error instanceof MulterError && error.code === 'LIMIT_FILE_SIZE') {
      return new ProblemException(413, 'file-too-large', {
        limit: formatBytes(this.config.maxUploadBytes),
      });
    }
    return new ProblemException(400, 'malformed-upload');
  }
}
