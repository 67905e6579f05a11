import compression from 'compression';
import { Request, RequestHandler, Response } from 'express';

/**
 * Compresses JSON and other text answers on the fly (brotli or gzip, as the client accepts).
 * Downloads (exports, evidence files) are left alone: they are compressed formats already or
 * streamed from storage, and their Content-Length lets the browser show progress.
 */
export function responseCompression(): RequestHandler {
  return compression({
    threshold: 1024,
    filter: (request: Request, response: Response) =>
      !response.getHeader('Content-Disposition') && compression.filter(request, response),
  });
}
