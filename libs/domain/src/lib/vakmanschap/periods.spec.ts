import fc from 'fast-check';

import { addDays } from '../common/iso-day';
import { nextPeriod, parsePeriodKey, periodOf, periodsBetween } from './periods';

const dayArb = fc.integer({ min: 0, max: 3650 }).map((offset) => addDays('2022-01-01', offset));

describe('periodOf', () => {
  it.each([
    [
      '2026-02-14',
      'month',
      { key: '2026-02', unit: 'month', from: '2026-02-01', to: '2026-02-28' },
    ],
    [
      '2028-02-14',
      'month',
      { key: '2028-02', unit: 'month', from: '2028-02-01', to: '2028-02-29' },
    ],
    [
      '2026-05-31',
      'quarter',
      { key: '2026-Q2', unit: 'quarter', from: '2026-04-01', to: '2026-06-30' },
    ],
    [
      '2026-12-31',
      'quarter',
      { key: '2026-Q4', unit: 'quarter', from: '2026-10-01', to: '2026-12-31' },
    ],
    ['2026-07-01', 'year', { key: '2026', unit: 'year', from: '2026-01-01', to: '2026-12-31' }],
  ] as const)('puts %s in its %s', (day, unit, expected) => {
    expect(periodOf(day, unit)).toEqual(expected);
  });

  it('always holds the day, and its key reads back to the same period', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.constantFrom('month', 'quarter', 'year') as fc.Arbitrary<'month' | 'quarter' | 'year'>,
        (day, unit) => {
          const period = periodOf(day, unit);
          expect(period.from <= day && day <= period.to).toBe(true);
          expect(parsePeriodKey(period.key)).toEqual(period);
          expect(addDays(period.to, 1)).toBe(nextPeriod(period).from);
        },
      ),
    );
  });
});

describe('parsePeriodKey', () => {
  it.each(['2026-Q5', '2026-13', 'Q1', '26', '2026-q1', ''])('refuses %p', (key) => {
    expect(parsePeriodKey(key)).toBeNull();
  });
});

describe('periodsBetween', () => {
  it('lists every quarter touching the range', () => {
    expect(periodsBetween('2025-11-15', '2026-04-01', 'quarter').map((p) => p.key)).toEqual([
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
    ]);
  });

  it('is empty for a reversed range', () => {
    expect(periodsBetween('2026-02-01', '2026-01-01', 'month')).toEqual([]);
  });
});
