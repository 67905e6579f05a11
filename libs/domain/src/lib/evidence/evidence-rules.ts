import { isEvidenceValidOn } from '../readiness/evidence-validity';

/** Expired means no longer valid on the reference date; the last valid day still counts. */
export function isEvidenceExpiredOn(validUntil: string | null, referenceDate: string): boolean {
  return !isEvidenceValidOn({ id: '', validUntil }, referenceDate);
}

/**
 * Only http(s) links may be registered: `javascript:`, `data:` or `file:` links would run code
 * or reach files on the reader's machine when a colleague or an auditor clicks them.
 */
export function isAllowedEvidenceUrl(value: string): boolean {
  if (/\s/.test(value)) {
    return false;
  }
  const match = /^(https?):\/\/([^/?#]+)/i.exec(value);
  return match !== null && !match[2].startsWith('@');
}
