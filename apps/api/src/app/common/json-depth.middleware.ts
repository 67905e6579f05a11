import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';

import { ProblemException } from './problems/problem.exception';

/**
 * No request of the API nests deeper than a few levels. Far deeper JSON (5,000 levels fit in
 * 10 KB) would exhaust the stack of what walks the body recursively after parsing
 * (class-transformer, class-validator), so it is refused before any of them runs.
 */
export const MAX_JSON_DEPTH = 32;

/** True when arrays and objects nest deeper than `limit`; walked with a list, not recursion. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) {
      continue;
    }
    const depth = next.depth + 1;
    if (depth > limit) {
      return true;
    }
    for (const child of Object.values(next.value)) {
      pending.push({ value: child, depth });
    }
  }
  return false;
}

/** Runs right after the JSON body parser (whose JSON.parse does not recurse), before guards and pipes. */
@Injectable()
export class JsonDepthMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    if (nestsDeeperThan(request.body, MAX_JSON_DEPTH)) {
      throw new ProblemException(400, 'json-too-deep', { limit: MAX_JSON_DEPTH });
    }
    next();
  }
}
