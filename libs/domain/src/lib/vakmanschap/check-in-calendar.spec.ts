import fc from 'fast-check';

import { addDays } from '../common/iso-day';
import {
  dueCheckInPeriod,
  isCheckInPeriodOpen,
  isCheckInReminderDue,
  nextCheckInPeriod,
} from './check-in-calendar';

const dayArb = fc.integer({ min: 0, max: 1500 }).map((offset) => addDays('2025-01-01', offset));
const cadenceArb = fc.constantFrom('monthly' as const, 'quarterly' as const);

describe('dueCheckInPeriod', () => {
  it.each([
    ['2026-03-31', 'monthly', '2026-03'],
    ['2026-04-01', 'monthly', '2026-04'],
    ['2026-03-31', 'quarterly', '2026-Q1'],
    ['2026-04-01', 'quarterly', '2026-Q2'],
  ] as const)('on %s a %s team answers for %s', (today, cadence, key) => {
    expect(dueCheckInPeriod(today, cadence).key).toBe(key);
  });

  it('opens the next period the day after the running one ends', () => {
    expect(nextCheckInPeriod('2026-11-20', 'quarterly')).toMatchObject({
      key: '2027-Q1',
      from: '2027-01-01',
    });
  });
});

describe('isCheckInPeriodOpen', () => {
  it.each([
    ['2026-05', '2026-05-10', 'monthly', true],
    ['2026-04', '2026-05-10', 'monthly', true],
    ['2026-03', '2026-05-10', 'monthly', false],
    ['2026-06', '2026-05-10', 'monthly', false],
    ['2025-Q4', '2026-01-02', 'quarterly', true],
    ['2025-Q3', '2026-01-02', 'quarterly', false],
  ] as const)('%s on %s (%s): %s', (key, today, cadence, expected) => {
    expect(isCheckInPeriodOpen(key, today, cadence)).toBe(expected);
  });
});

describe('isCheckInReminderDue', () => {
  it.each([
    ['2026-03-24', 'monthly', false, true],
    ['2026-03-23', 'monthly', false, false],
    ['2026-03-25', 'monthly', false, false],
    ['2026-03-24', 'monthly', true, false],
    ['2026-03-17', 'quarterly', false, true],
    ['2026-06-16', 'quarterly', false, true],
    ['2026-03-24', 'quarterly', false, false],
  ] as const)('on %s (%s, answered %s): %s', (today, cadence, hasAnswered, expected) => {
    expect(isCheckInReminderDue({ today, cadence, hasAnswered })).toBe(expected);
  });

  it('reminds exactly once in every period a member has not answered', () => {
    fc.assert(
      fc.property(dayArb, cadenceArb, (today, cadence) => {
        const period = dueCheckInPeriod(today, cadence);
        let reminders = 0;
        for (let day = period.from; day <= period.to; day = addDays(day, 1)) {
          reminders += isCheckInReminderDue({ today: day, cadence, hasAnswered: false }) ? 1 : 0;
        }
        expect(reminders).toBe(1);
      }),
      { numRuns: 30 },
    );
  });
});
