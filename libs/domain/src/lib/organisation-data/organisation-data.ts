import { JsonValue } from '../common/canonical-json';
import { addDays } from '../common/iso-day';
import { DomainRuleViolation, stateConflict } from '../errors/domain-rule-violation';

/** How long a requested erasure can still be undone; the organisation keeps working meanwhile. */
export const ORGANISATION_ERASURE_GRACE_DAYS = 30;

/** What replaces the name and the e-mail address of a person who deleted their account. */
export const FORMER_MEMBER = 'voormalig lid';

/** The version of the organisation export's layout (`format` in its manifest). */
export const ORGANISATION_EXPORT_FORMAT = 'labelklaar-organisation-export/1';

/** The state of an organisation's erasure request, as the API returns it. */
export interface OrganisationDeletion {
  requestedAt: string;
  /** From this moment the daily erasure job deletes the organisation for good. */
  dueAt: string;
}

function normalised(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * The organisation's name typed as confirmation must be its name: spaces around it and doubled
 * inside do not count, letters do (case included), so a slip of the hand never erases anything.
 */
export function assertErasureConfirmed(organisationName: string, typed: string): void {
  if (normalised(organisationName) !== normalised(typed)) {
    throw new DomainRuleViolation('organisation-name-mismatch', { name: organisationName });
  }
}

/** A request stands until undone or carried out: asking twice is refused, not a new period. */
export function assertNoErasurePending(dueAt: Date | null): void {
  if (dueAt) {
    throw stateConflict('organisation-deletion-pending', { dueAt: dueAt.toISOString() });
  }
}

export function assertErasurePending(dueAt: Date | null): void {
  if (!dueAt) {
    throw stateConflict('organisation-deletion-not-pending');
  }
}

/** The grace period ends at the same time of day, 30 calendar days on. */
export function erasureDueAt(requestedAt: Date): Date {
  const day = requestedAt.toISOString().slice(0, 10);
  const time = requestedAt.toISOString().slice(10);
  return new Date(`${addDays(day, ORGANISATION_ERASURE_GRACE_DAYS)}${time}`);
}

export function isErasureDue(dueAt: Date | null, now: Date): boolean {
  return dueAt !== null && dueAt.getTime() <= now.getTime();
}

/**
 * A history snapshot with every occurrence of the person's name or e-mail address as a whole
 * value replaced by the pseudonym; everything else (ids, levels, dates) stays as it was.
 */
export function pseudonymised<T extends JsonValue>(value: T, identifiers: readonly string[]): T {
  const known = new Set(
    identifiers.filter((text) => text.length > 0).map((text) => text.toLowerCase()),
  );
  const walk = (node: JsonValue): JsonValue => {
    if (typeof node === 'string') {
      return known.has(node.toLowerCase()) ? FORMER_MEMBER : node;
    }
    if (Array.isArray(node)) {
      return node.map(walk);
    }
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, inner]) => [key, walk(inner)]));
    }
    return node;
  };
  return walk(value) as T;
}
