import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';

import { FieldError, ProblemException } from '../problems/problem.exception';

/**
 * Half of a surrogate pair: no character at all (it cannot be encoded as UTF-8, and validator's
 * isEmail throws on it).
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Bodies are at most MAX_JSON_DEPTH deep already; this only bounds the walk for other sources. */
const MAX_DEPTH = 64;

/** A NUL character, which PostgreSQL cannot store in text, or a lone surrogate. */
export const isMalformedText = (value: string) =>
  value.includes('\u0000') || LONE_SURROGATE.test(value);

/** The dotted paths (as class-validator names fields) of the strings in `value` that are not text. */
export function malformedTextFields(value: unknown, path: string, depth = 0): string[] {
  if (typeof value === 'string') {
    return isMalformedText(value) ? [path] : [];
  }
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) {
    return [];
  }
  return Object.entries(value).flatMap(([key, child]) =>
    malformedTextFields(child, path ? `${path}.${key}` : key, depth + 1),
  );
}

/**
 * Decides once, for every string that comes in (JSON and multipart bodies, query and path
 * parameters), that it is well-formed text; runs before the ValidationPipe, so that no validator,
 * service or database ever sees a NUL or a lone surrogate.
 */
@Injectable()
export class WellFormedTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') {
      return value;
    }
    const fields = malformedTextFields(value, metadata.data ?? '');
    if (fields.length > 0) {
      throw new ProblemException(
        400,
        'validation-failed',
        {},
        fields.map((field): FieldError => ({
          field: field || metadata.type,
          code: 'isWellFormedText',
          params: {},
        })),
      );
    }
    return value;
  }
}
