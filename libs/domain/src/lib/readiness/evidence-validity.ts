import { DomainRuleViolation } from '../errors/domain-rule-violation';
import type { EvidenceValidity } from './readiness.types';

// Only plain calendar days: a timestamp would make "valid on" depend on the caller's time zone.
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Checks an ISO `YYYY-MM-DD` day; such strings then compare as dates with `<` / `>=`. */
export function assertIsoDay(value: string): string {
  if (!ISO_DAY.test(value)) {
    throw new DomainRuleViolation('invalid-date', { value });
  }
  return value;
}

/** Evidence still counts on its last valid day, so `validUntil === referenceDate` is valid. */
export function isEvidenceValidOn(evidence: EvidenceValidity, referenceDate: string): boolean {
  const day = assertIsoDay(referenceDate);
  return evidence.validUntil === null || assertIsoDay(evidence.validUntil) >= day;
}
