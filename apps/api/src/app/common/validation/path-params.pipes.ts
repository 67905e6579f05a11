import { ParseUUIDPipe, PipeTransform } from '@nestjs/common';

import { notFound } from '../problems/problem.exception';

/** A malformed id in a path is just an unknown resource. */
export const uuid = new ParseUUIDPipe({ exceptionFactory: () => notFound() });

/** Criterion codes look like `VAK-03`; anything else names no criterion of any round. */
export class CriterionCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[A-Za-z0-9-]{1,20}$/.test(value)) {
      throw notFound();
    }
    return value;
  }
}

/** Revision numbers are whole numbers from 1; anything else names no revision. */
export class RevisionNumberPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^[1-9][0-9]{0,8}$/.test(value)) {
      throw notFound();
    }
    return Number(value);
  }
}
