import { daysBetween, laterDay } from './days';

describe('daysBetween', () => {
  it('counts calendar days, positive towards a later day and negative once past', () => {
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
    expect(daysBetween('2026-03-01', '2026-03-02')).toBe(1);
    expect(daysBetween('2026-03-02', '2026-03-01')).toBe(-1);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });

  it('is not thrown off by daylight saving or month ends', () => {
    // The Netherlands moves the clock on 2026-03-29 and 2026-10-25.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
  });

  it('refuses anything but an ISO day', () => {
    expect(() => daysBetween('2026-3-1', '2026-03-01')).toThrow();
    expect(() => daysBetween('2026-03-01', '2026-03-01T00:00:00Z')).toThrow();
  });
});

describe('laterDay', () => {
  it('picks the later of two days', () => {
    expect(laterDay('2026-03-01', '2026-02-28')).toBe('2026-03-01');
    expect(laterDay('2026-02-28', '2026-03-01')).toBe('2026-03-01');
    expect(laterDay('2026-03-01', '2026-03-01')).toBe('2026-03-01');
  });
});
