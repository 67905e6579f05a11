import { addDays } from '../common/iso-day';
import { assertIsoDay } from '../readiness/evidence-validity';

/** A learning report covers a quarter or a year; check-ins run monthly or quarterly. */
export type PeriodUnit = 'month' | 'quarter' | 'year';

export interface Period {
  /** `2026`, `2026-Q3` or `2026-07`: stable, sortable as text within one unit. */
  key: string;
  unit: PeriodUnit;
  /** First and last calendar day, both included. */
  from: string;
  to: string;
}

const PERIOD_KEY = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function day(year: number, month: number, date: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

function build(unit: PeriodUnit, year: number, index: number): Period {
  switch (unit) {
    case 'year':
      return { key: String(year), unit, from: day(year, 1, 1), to: day(year, 12, 31) };
    case 'quarter': {
      const lastMonth = index * 3;
      return {
        key: `${year}-Q${index}`,
        unit,
        from: day(year, lastMonth - 2, 1),
        to: day(year, lastMonth, lastDayOfMonth(year, lastMonth)),
      };
    }
    case 'month':
      return {
        key: `${year}-${String(index).padStart(2, '0')}`,
        unit,
        from: day(year, index, 1),
        to: day(year, index, lastDayOfMonth(year, index)),
      };
  }
}

/** The period of a unit that holds an ISO day. */
export function periodOf(isoDay: string, unit: PeriodUnit): Period {
  const [year, month] = assertIsoDay(isoDay).split('-').map(Number);
  return build(unit, year, unit === 'quarter' ? Math.ceil(month / 3) : month);
}

/** Reads a period key (`2026`, `2026-Q2`, `2026-05`); null when it is not one. */
export function parsePeriodKey(key: string): Period | null {
  const match = PERIOD_KEY.exec(key);
  if (!match) {
    return null;
  }
  const year = Number(match[1]);
  if (match[2]) {
    return build('quarter', year, Number(match[2]));
  }
  return match[3] ? build('month', year, Number(match[3])) : build('year', year, 1);
}

/** The period that follows one, of the same unit. */
export function nextPeriod(period: Period): Period {
  return periodOf(addDays(period.to, 1), period.unit);
}

/** All periods of a unit that touch the days `from`..`to` (both included), in order. */
export function periodsBetween(from: string, to: string, unit: PeriodUnit): Period[] {
  const periods: Period[] = [];
  if (assertIsoDay(from) > assertIsoDay(to)) {
    return periods;
  }
  for (let period = periodOf(from, unit); period.from <= to; period = nextPeriod(period)) {
    periods.push(period);
  }
  return periods;
}
