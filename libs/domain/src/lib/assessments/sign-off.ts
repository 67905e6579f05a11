/**
 * Vaststelling: before a round is submitted, a manager (the director-bestuurder) can establish
 * the self-evaluation with their name, function and the date. Whether that is required before
 * submission is a setting of the organisation. A sign-off can be redone (a new one replaces the
 * old) or withdrawn while the round is open; the history keeps every version. Once the round is
 * submitted the sign-off is frozen with it.
 */
import { DomainRuleViolation } from '../errors/domain-rule-violation';
import { assertIsoDay } from '../readiness/evidence-validity';
import type { UserRef } from './round.types';

export const SIGN_OFF_NAME_MAX_LENGTH = 120;
export const SIGN_OFF_FUNCTION_MAX_LENGTH = 120;

/** Who established the round, as printed on the dossier's cover. */
export interface RoundSignOff {
  /** The name as it is printed, e.g. "mr. A. de Vries". */
  name: string;
  /** Their function, e.g. "directeur-bestuurder". */
  function: string;
  /** The day of the vaststelling (ISO day), never after the day it is recorded. */
  date: string;
  /** When it was recorded, and by which account. */
  recordedAt: string;
  recordedBy: UserRef | null;
}

export interface SignOffInput {
  name: string;
  function: string;
  date: string;
}

/** Trims name and function and checks the date: the day of establishment cannot lie ahead. */
export function normaliseSignOff(input: SignOffInput, today: string): SignOffInput {
  const name = input.name.trim().replace(/\s+/g, ' ');
  const role = input.function.trim().replace(/\s+/g, ' ');
  if (name.length === 0) {
    throw new DomainRuleViolation('sign-off-name-required');
  }
  if (role.length === 0) {
    throw new DomainRuleViolation('sign-off-function-required');
  }
  if (assertIsoDay(input.date) > assertIsoDay(today)) {
    throw new DomainRuleViolation('sign-off-date-in-future', { date: input.date, today });
  }
  return { name, function: role, date: input.date };
}

/** Whether the organisation's rule about sign-off keeps the round from being submitted. */
export function isSignOffMissing(signOffRequired: boolean, signOff: unknown | null): boolean {
  return signOffRequired && signOff === null;
}
