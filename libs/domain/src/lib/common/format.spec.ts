import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatShortDate,
  NO_FIGURE,
} from './format';

describe('format: one formatter for screen and exports', () => {
  it.each([
    ['nl', 66.66, '66,7%'],
    ['en', 66.66, '66.7%'],
    ['nl', 100, '100%'],
    ['en', 0, '0%'],
    ['nl', 42.5, '42,5%'],
    ['nl', null, NO_FIGURE],
    ['en', Number.NaN, NO_FIGURE],
  ] as const)('formatPercent in %s: %p → %s', (lang, value, expected) => {
    expect(formatPercent(value, lang)).toBe(expected);
  });

  it.each([
    ['nl', 1.5, '1,5'],
    ['en', 1.5, '1.5'],
    ['nl', 1234, '1.234'],
    ['en', 1234, '1,234'],
    ['nl', 3, '3'],
  ] as const)('formatNumber in %s: %p → %s', (lang, value, expected) => {
    expect(formatNumber(value, lang)).toBe(expected);
  });

  it.each([
    ['nl', '2026-12-03', '3 december 2026'],
    ['en', '2026-12-03', '3 December 2026'],
    ['nl', '2027-03-15', '15 maart 2027'],
    ['en', '2027-03-15', '15 March 2027'],
    ['nl', '2026-12-03T10:00:00.000Z', '3 december 2026'],
    ['nl', null, ''],
  ] as const)('formatDate in %s: %p → %s', (lang, value, expected) => {
    expect(formatDate(value, lang, 'Europe/Amsterdam')).toBe(expected);
  });

  it.each([
    ['nl', '2027-03-05', '05-03-2027'],
    ['en', '2027-03-05', '05/03/2027'],
    ['nl', null, ''],
  ] as const)('formatShortDate in %s: %p → %s', (lang, value, expected) => {
    expect(formatShortDate(value, lang)).toBe(expected);
  });

  it.each([
    ['nl', '2026-12-03T07:31:00.000Z', '3 dec 2026, 08:31'],
    ['en', '2026-12-03T07:31:00.000Z', '3 Dec 2026, 08:31'],
  ] as const)('formatDateTime in %s: %p → %s', (lang, value, expected) => {
    expect(formatDateTime(value, lang, 'Europe/Amsterdam')).toBe(expected);
  });

  it('never gives an ISO date back for a valid date', () => {
    for (const lang of ['nl', 'en']) {
      expect(formatDate('2026-12-03', lang)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(formatShortDate('2026-12-03', lang)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });
});
