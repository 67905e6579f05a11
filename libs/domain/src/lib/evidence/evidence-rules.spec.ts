import {
  evidenceExpiry,
  isAllowedEvidenceUrl,
  isEvidenceExpiredOn,
  nextTargetDate,
} from './evidence-rules';

describe('isEvidenceExpiredOn', () => {
  it.each<[string | null, string, boolean]>([
    [null, '2026-06-30', false],
    ['2026-06-30', '2026-06-30', false],
    ['2026-06-29', '2026-06-30', true],
    ['2027-01-01', '2026-06-30', false],
  ])('valid until %p on %s → expired %p', (validUntil, on, expected) => {
    expect(isEvidenceExpiredOn(validUntil, on)).toBe(expected);
  });
});

describe('isAllowedEvidenceUrl', () => {
  it.each([
    ['https://www.voorbeeld.nl/jaarverslag-2025.pdf', true],
    ['http://intranet.voorbeeld.local/beleid', true],
    ['HTTPS://VOORBEELD.NL', true],
    ['javascript:alert(1)', false],
    ['JavaScript://%0Aalert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['file:///etc/passwd', false],
    ['ftp://voorbeeld.nl/bestand', false],
    ['//voorbeeld.nl/pad', false],
    ['https://', false],
    ['https://voorbeeld.nl/met spatie', false],
    ['', false],
  ])('%p → %p', (url, expected) => {
    expect(isAllowedEvidenceUrl(url)).toBe(expected);
  });
});

describe('evidenceExpiry', () => {
  it.each<[string | null, string | null, string]>([
    [null, '2026-09-01', 'open-ended'],
    ['2026-06-29', '2026-09-01', 'expired'],
    ['2026-06-30', '2026-09-01', 'expiring'],
    ['2026-08-31', '2026-09-01', 'expiring'],
    ['2026-09-01', '2026-09-01', 'valid'],
    ['2026-07-15', null, 'valid'],
    ['2026-06-29', null, 'expired'],
  ])('valid until %p, target %p, on 2026-06-30 → %s', (validUntil, target, expected) => {
    expect(evidenceExpiry(validUntil, '2026-06-30', target)).toBe(expected);
  });
});

describe('nextTargetDate', () => {
  it('takes the soonest coming target date of the draft rounds', () => {
    const rounds = [
      { status: 'draft', targetDate: '2026-12-01' },
      { status: 'submitted', targetDate: '2026-07-01' },
      { status: 'draft', targetDate: '2026-06-01' },
      { status: 'draft', targetDate: '2026-09-01' },
    ];
    expect(nextTargetDate(rounds, '2026-06-30')).toBe('2026-09-01');
    expect(nextTargetDate([], '2026-06-30')).toBeNull();
  });
});
