import { INestApplication } from '@nestjs/common';

import { Clock } from '../../apps/api/src/app/common/clock';

export const MINUTE_MS = 60 * 1000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Moves the API's clock by `offsetMs` from now; undo with jest.restoreAllMocks(). */
export function shiftClock(app: INestApplication, offsetMs: number): jest.SpyInstance<Date, []> {
  const at = Date.now() + offsetMs;
  return jest.spyOn(app.get(Clock), 'now').mockImplementation(() => new Date(at));
}
