import { assertIsoDay } from '../readiness/evidence-validity';

const DAY_MS = 86_400_000;

/** Adds whole days to an ISO day, in UTC so daylight saving never shifts the result. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = assertIsoDay(day).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The calendar day of an instant in a time zone. Dutch organisations mean "today" in Amsterdam:
 * an action due today is not overdue at 00:30 local time, when UTC still says yesterday.
 */
export function isoDayIn(instant: Date, timeZone = 'Europe/Amsterdam'): string {
  const parts = dayFormatter(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

// Building an Intl.DateTimeFormat is costly (the sector view asks hundreds of times per request).
const formatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
