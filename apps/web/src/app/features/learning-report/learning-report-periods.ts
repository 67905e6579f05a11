import { parsePeriodKey, periodOf, type Period } from '@labelklaar/domain';

import type { Translate } from '../dashboard/dashboard-i18n';

/** The periods to choose from: this and last year's quarters (none in the future), and both years. */
export interface PeriodChoices {
  quarters: Period[];
  years: Period[];
}

export function periodChoices(today: string): PeriodChoices {
  const current = periodOf(today, 'quarter');
  const year = Number(today.slice(0, 4));
  const quarters = [year, year - 1]
    .flatMap((y) => [4, 3, 2, 1].map((quarter) => parsePeriodKey(`${y}-Q${quarter}`)))
    .filter((period): period is Period => period !== null && period.from <= current.from);
  const years = [year, year - 1]
    .map((y) => parsePeriodKey(String(y)))
    .filter((period): period is Period => period !== null);
  return { quarters, years };
}

/** The quarter that holds today: the report opens on it. */
export function currentQuarterKey(today: string): string {
  return periodOf(today, 'quarter').key;
}

/** `4e kwartaal 2026` / `Q4 2026`, `oktober 2026` for a month, the year as it is. */
export function periodLabel(key: string, t: Translate, lang: string): string {
  const period = parsePeriodKey(key);
  if (!period) {
    return key;
  }
  const year = key.slice(0, 4);
  if (period.unit === 'quarter') {
    return t('learningReport.period.quarterLabel', { quarter: key.slice(-1), year });
  }
  if (period.unit === 'month') {
    const month = new Date(`${period.from}T00:00:00Z`).toLocaleDateString(
      lang === 'en' ? 'en-GB' : 'nl-NL',
      { month: 'long', year: 'numeric', timeZone: 'UTC' },
    );
    return month;
  }
  return year;
}

/** Today as an ISO day in the browser's time zone. */
export function todayIso(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
