/**
 * The one formatter of numbers, percentages and dates, for the screen (Angular pipes in
 * apps/web/src/app/shared/ui/local-date and charts) and the exports (PDF, Excel, CSV) alike:
 * Dutch `66,7%` and `3 december 2026`, English `66.7%` and `3 December 2026`. A sentence never
 * shows an ISO date; only machine-readable data columns (the CSV) may.
 */
export const FORMAT_LANGUAGES = ['nl', 'en'] as const;
export type FormatLanguage = (typeof FORMAT_LANGUAGES)[number];

/** BCP 47 locale of each interface language. */
export const LOCALE_OF: Record<FormatLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Shown where a figure cannot be computed (nothing applicable, nothing contributes). */
export const NO_FIGURE = '—';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A language code or a locale (`nl`, `en`, `nl-NL`) as the locale Intl needs. */
export function localeOf(lang: string): string {
  return (LOCALE_OF as Record<string, string>)[lang] ?? lang;
}

/** `1.5` → `1,5` (nl) / `1.5` (en); at most one decimal unless told otherwise; 1000 → `1.000`. */
export function formatNumber(value: number, lang: string, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits }).format(value);
}

/** A percentage as the API gives it (0–100): `66,7%` (nl), `66.7%` (en); null → `—`. */
export function formatPercent(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return NO_FIGURE;
  }
  return `${formatNumber(value, lang)}%`;
}

function parse(value: string): { date: Date; timeZone?: string } | null {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return null;
  }
  // A calendar date (2026-12-03) is midnight UTC; formatting it in UTC keeps the same day everywhere.
  return { date, timeZone: DATE_ONLY.test(value) ? 'UTC' : undefined };
}

/** `2026-12-03` (or an instant) → `3 december 2026` (nl) / `3 December 2026` (en); empty stays empty. */
export function formatDate(
  value: string | null | undefined,
  lang: string,
  timeZone?: string,
): string {
  if (!value) {
    return '';
  }
  const parsed = parse(value);
  if (!parsed) {
    return value;
  }
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'long',
    timeZone: parsed.timeZone ?? timeZone,
  }).format(parsed.date);
}

/** `2026-12-03` → `03-12-2026` (nl) / `03/12/2026` (en), compact for table cells. */
export function formatShortDate(
  value: string | null | undefined,
  lang: string,
  timeZone?: string,
): string {
  if (!value) {
    return '';
  }
  const parsed = parse(value);
  if (!parsed) {
    return value;
  }
  return new Intl.DateTimeFormat(localeOf(lang), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: parsed.timeZone ?? timeZone,
  }).format(parsed.date);
}

/** An instant with date and time: `3 dec 2026 08:31` (nl) / `3 Dec 2026, 08:31` (en). */
export function formatDateTime(
  value: string | null | undefined,
  lang: string,
  timeZone?: string,
): string {
  if (!value) {
    return '';
  }
  const parsed = parse(value);
  if (!parsed) {
    return value;
  }
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(parsed.date);
}
