import fc from 'fast-check';

import { addDays, isoDayIn } from './iso-day';

describe('addDays', () => {
  it.each([
    ['2026-10-01', -42, '2026-08-20'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-01-01', 0, '2026-01-01'],
    ['2025-12-31', 1, '2026-01-01'],
  ])('%s %+i days → %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it('goes back and forth to the same day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: -400, max: 400 }),
        (start, days) => {
          const day = addDays('2026-01-01', start);
          expect(addDays(addDays(day, days), -days)).toBe(day);
        },
      ),
    );
  });

  it('refuses a day that is not an ISO day', () => {
    expect(() => addDays('1-1-2026', 1)).toThrow(expect.objectContaining({ code: 'invalid-date' }));
  });
});

describe('isoDayIn', () => {
  it.each([
    ['2026-06-30T22:30:00Z', '2026-07-01'],
    ['2026-06-30T21:59:59Z', '2026-06-30'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
    ['2026-12-31T22:59:59Z', '2026-12-31'],
  ])('%s is %s in Amsterdam', (instant, expected) => {
    expect(isoDayIn(new Date(instant))).toBe(expected);
  });

  it('takes another time zone when asked', () => {
    expect(isoDayIn(new Date('2026-06-30T22:30:00Z'), 'UTC')).toBe('2026-06-30');
  });
});
