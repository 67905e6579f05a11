import { randomUUID } from 'node:crypto';
import { unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Request, RequestHandler, Response } from 'express';
import multer, { MulterError } from 'multer';
import { from, Observable, switchMap } from 'rxjs';

import { ProblemException } from '../common/problems/problem.exception';
import { assertOfficeArchiveUnpacks } from '../evidence/upload/office-archive';

/** A rubric file is text or a small workbook: 5 MiB is far more than any real one. */
export const MAX_RUBRIC_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Reads the one file of a rubric import (field `file`) into memory, up to 5 MiB; a workbook is
 * checked not to be a ZIP bomb before exceljs unpacks it.
 */
@Injectable()
export class RubricUploadInterceptor implements NestInterceptor {
  private readonly upload: RequestHandler = multer({
    storage: multer.memoryStorage(),
    defParamCharset: 'utf8',
    limits: { fileSize: MAX_RUBRIC_FILE_BYTES, files: 1, fields: 2, fieldSize: 1000, parts: 3 },
  }).single('file');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    return from(this.parse(request, response)).pipe(switchMap(() => next.handle()));
  }

  private async parse(request: Request, response: Response): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.upload(request, response, (error: unknown) =>
        error ? reject(this.toProblem(error)) : resolve(),
      );
    });
    const file = (request as Request & { file?: Express.Multer.File }).file;
    if (file && file.originalname.toLowerCase().endsWith('.xlsx')) {
      const path = join(tmpdir(), `labelklaar-rubric-${randomUUID()}.xlsx`);
      await writeFile(path, file.buffer);
      try {
        await assertOfficeArchiveUnpacks(path, file.size, 'xlsx');
      } catch (error) {
        // A damaged archive is reported with the other import errors (422); a ZIP bomb is 413.
        if (!(error instanceof ProblemException && error.getStatus() === 415)) {
          throw error;
        }
      } finally {
        await unlink(path).catch(() => undefined);
      }
    }
  }

  private toProblem(error: unknown): ProblemException {
    if (error instanceof MulterError && error.code === 'LIMIT_FILE_SIZE') {
      return new ProblemException(413, 'file-too-large', { limit: '5 MiB' });
    }
    return new ProblemException(400, 'malformed-upload');
  }
}
