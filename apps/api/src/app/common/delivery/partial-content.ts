import { Readable } from 'node:stream';
import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Header,
  Injectable,
  NestInterceptor,
  StreamableFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { Response } from 'express';
import rangeParser from 'range-parser';
import { map, Observable } from 'rxjs';

import { ProblemException } from '../problems/problem.exception';

type StreamableFileOptions = NonNullable<ConstructorParameters<typeof StreamableFile>[1]>;

export interface ByteRange {
  start: number;
  end: number;
}

/** A download of part of a file: the interceptor answers it as 206 with its Content-Range. */
export class PartialFile extends StreamableFile {
  constructor(
    stream: Readable,
    options: StreamableFileOptions,
    readonly contentRange: string,
  ) {
    super(stream, options);
  }
}

/**
 * The one range a Range header asks of a file of `size` bytes, or null for the whole file: no
 * header, one that is not a byte range, or several ranges (served whole rather than as
 * multipart/byteranges, which RFC 9110 allows). A range wholly past the end answers 416.
 */
export function requestedRange(header: string | undefined, size: number): ByteRange | null {
  if (!header) {
    return null;
  }
  const ranges = rangeParser(size, header, { combine: true });
  if (ranges === -1) {
    throw new ProblemException(416, 'range-not-satisfiable', { size });
  }
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) {
    return null;
  }
  const [{ start, end }] = ranges;
  return { start, end };
}

export function contentRangeOf(range: ByteRange, size: number): string {
  return `bytes ${range.start}-${range.end}/${size}`;
}

@Injectable()
export class PartialContentInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((result: unknown) => {
        if (result instanceof PartialFile) {
          response.status(206).setHeader('Content-Range', result.contentRange);
        }
        return result;
      }),
    );
  }
}

/** A file download that also answers a Range header (one byte range) with 206. */
export function RangeDownload(): MethodDecorator {
  return applyDecorators(
    UseInterceptors(PartialContentInterceptor),
    Header('Accept-Ranges', 'bytes'),
    ApiHeader({
      name: 'Range',
      required: false,
      description: 'One byte range (bytes=0-1023); several ranges are answered with the whole file',
    }),
    ApiResponse({ status: 206, description: 'The requested byte range, with Content-Range' }),
    ApiResponse({
      status: 416,
      description: 'problem+json /problems/range-not-satisfiable, with Content-Range: bytes */size',
    }),
  );
}
