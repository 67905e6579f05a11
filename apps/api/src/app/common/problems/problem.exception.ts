import { HttpException } from '@nestjs/common';

export interface FieldError {
  field: string;
  code: string;
  params: Record<string, string | number>;
}

/** An error the client can act on: a problem code from the catalogue, translated by the filter. */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code, status);
  }
}

export const notFound = () => new ProblemException(404, 'not-found');
export const forbidden = () => new ProblemException(403, 'forbidden');
