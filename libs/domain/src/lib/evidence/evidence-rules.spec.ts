import { isAllowedEvidenceUrl, isEvidenceExpiredOn } from './evidence-rules';

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
