import {
  effectiveLeerrapportStatus,
  hearingEndsOn,
  isHearingOpen,
  openHearingEndsOn,
} from './hearing';
import type { LeerrapportStatus } from './review.types';

describe('hearingEndsOn', () => {
  it('counts calendar days from the day of issue, 14 by default', () => {
    expect(hearingEndsOn('2026-03-01')).toBe('2026-03-15');
    expect(hearingEndsOn('2026-12-25', 10)).toBe('2027-01-04');
  });

  it.each([0, -1, 91, 1.5])('refuses a period of %s days', (days) => {
    expect(() => hearingEndsOn('2026-03-01', days)).toThrow('invalid-hearing-period');
  });
});

describe('isHearingOpen and effectiveLeerrapportStatus', () => {
  it.each([
    ['hearing', '2026-03-15', '2026-03-14', true, 'hearing'],
    ['hearing', '2026-03-15', '2026-03-15', true, 'hearing'],
    ['hearing', '2026-03-15', '2026-03-16', false, 'final'],
    ['draft', null, '2026-03-16', false, 'draft'],
    ['final', '2026-03-15', '2026-03-10', false, 'final'],
  ] as const)(
    '%s until %s, on %s: open %s, status %s',
    (status, endsOn, today, open, effective) => {
      expect(isHearingOpen(status, endsOn, today)).toBe(open);
      expect(effectiveLeerrapportStatus(status, endsOn, today)).toBe(effective);
    },
  );
});

describe('openHearingEndsOn', () => {
  it.each<[LeerrapportStatus, string | null, string | null]>([
    ['hearing', '2026-03-15', '2026-03-15'],
    ['final', '2026-03-15', null],
    ['draft', null, null],
  ])(
    'a %s leerrapport ending on %s shows %s as the last day to respond',
    (status, endsOn, shown) => {
      expect(openHearingEndsOn(status, endsOn)).toBe(shown);
    },
  );
});
