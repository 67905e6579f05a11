import { assertIsoDay } from '../readiness/evidence-validity';

const DAY_MS = 86_400_000;

function utcOf(day: string): number {
  const [year, month, date] = assertIsoDay(day).split('-').map(Number);
  return Date.UTC(year, month - 1, date);
}

/**
 * Calendar days from `from` to `to`: positive when `to` is later, 0 on the same day, negative
 * once `to` has passed. Computed in UTC on plain days, so daylight saving never adds an hour.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcOf(to) - utcOf(from)) / DAY_MS);
}

/** The later of two ISO days (ISO days compare as strings). */
export function laterDay(a: string, b: string): string {
  return assertIsoDay(a) >= assertIsoDay(b) ? a : b;
}
