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

/**
 * Where a library item stands: expired today; expiring (valid today, expired on the target date
 * of the round being prepared, as the dashboard's "expiring before the target date"); valid; or
 * open-ended (no valid-until date). Without a target date nothing is "expiring".
 */
export type EvidenceExpiry = 'expired' | 'expiring' | 'valid' | 'open-ended';

export function evidenceExpiry(
  validUntil: string | null,
  today: string,
  targetDate: string | null,
): EvidenceExpiry {
  if (validUntil === null) {
    return 'open-ended';
  }
  if (isEvidenceExpiredOn(validUntil, today)) {
    return 'expired';
  }
  return targetDate !== null && isEvidenceExpiredOn(validUntil, targetDate) ? 'expiring' : 'valid';
}

/** The target date the library measures against: the soonest of the draft rounds' still to come. */
export function nextTargetDate(
  rounds: readonly { status: string; targetDate: string }[],
  today: string,
): string | null {
  const coming = rounds
    .filter((round) => round.status === 'draft' && round.targetDate >= today)
    .map((round) => round.targetDate)
    .sort();
  return coming[0] ?? null;
}
