import { DomainRuleViolation, stateConflict } from '../errors/domain-rule-violation';
import type { RubricStatus } from '../rubric/rubric.types';
import type { RoundStatus } from './round.types';
import type { SubmitCheck } from './submit-rules';

/** Only a draft round takes changes: once submitted it is frozen (and hashed) for good. */
export function isRoundOpen(status: RoundStatus): boolean {
  return status === 'draft';
}

export function assertRoundOpen(status: RoundStatus): void {
  if (status === 'withdrawn') {
    throw stateConflict('round-withdrawn');
  }
  if (!isRoundOpen(status)) {
    throw stateConflict('round-submitted');
  }
}

/** A withdrawn round stays in the database and its history, but in no list, dashboard or trend. */
export function isRoundListed(status: RoundStatus): boolean {
  return status !== 'withdrawn';
}

/** Only a round still open can be withdrawn: a submitted self-evaluation is on the record. */
export function assertRoundWithdrawable(status: RoundStatus): void {
  assertRoundOpen(status);
}

/**
 * Two open rounds on one rubric split the work and the dashboards, so a second one starts only
 * when the quality officer confirms it (the client asks, then sends the confirmation).
 */
export function assertSecondOpenRoundConfirmed(
  openRounds: readonly { id: string; title: string }[],
  confirmed: boolean,
): void {
  if (openRounds.length === 0 || confirmed) {
    return;
  }
  const titles = openRounds.map((round) => round.title);
  throw stateConflict(
    'second-open-round',
    { titles: titles.join(', ') },
    { openRounds: openRounds.map(({ id, title }) => ({ id, title })) },
  );
}

/** A round is reviewed (intercollegiale toetsing) on what was submitted, never on a draft. */
export function isRoundReviewable(status: RoundStatus): boolean {
  return status === 'submitted';
}

export function assertRoundReviewable(status: RoundStatus): void {
  if (!isRoundReviewable(status)) {
    throw stateConflict('round-not-reviewable');
  }
}

/** The canonical text a submitted round was hashed on; a round not yet submitted has none. */
export function submittedContentOf(round: { submittedContent: string | null }): string {
  if (!round.submittedContent) {
    throw stateConflict('round-not-submitted');
  }
  return round.submittedContent;
}

/**
 * Refuses submitting while criteria are unanswered or carried over and not yet confirmed
 * (round-incomplete; its `signOffMissing` says whether the vaststelling is missing too), or when
 * only the vaststelling the organisation requires is missing (sign-off-missing).
 */
export function assertSubmittable(check: SubmitCheck): void {
  if (check.canSubmit) {
    return;
  }
  const { missing, unconfirmed, signOffMissing } = check;
  if (missing.length === 0 && unconfirmed.length === 0) {
    throw new DomainRuleViolation('sign-off-missing', undefined, {
      extensions: { missing, unconfirmed, signOffMissing },
    });
  }
  throw new DomainRuleViolation(
    'round-incomplete',
    { missing, unconfirmed },
    { extensions: { missing, unconfirmed, signOffMissing } },
  );
}

/** A new round starts only on a published rubric version (a draft may change, a retired one is gone). */
export function assertStartableRubric<T extends { status: RubricStatus }>(
  rubric: T | null,
  ref: { rubricId: string; version: string },
): T {
  if (rubric?.status === 'retired') {
    // Retired by the label owner: rounds on it carry on, no new round starts on it.
    throw new DomainRuleViolation('rubric-retired', { ...ref });
  }
  if (rubric?.status !== 'published') {
    throw new DomainRuleViolation('rubric-not-published', { ...ref });
  }
  return rubric;
}

/** Carrying answers over needs a submitted round of the same rubric to take them from. */
export function assertCarryOverSource<T>(previous: T | null): T {
  if (previous === null) {
    throw new DomainRuleViolation('no-submitted-round');
  }
  return previous;
}
