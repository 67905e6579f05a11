import { DomainRuleViolation } from '../errors/domain-rule-violation';
import type { Criterion } from '../rubric/rubric.types';
import type { ResponseInput } from './round.types';

/** The levels a criterion's maturity scale offers. */
export function scaleLevels(criterion: Criterion): number[] {
  return criterion.maturityScale.map((level) => level.level);
}

export function isLevelOnScale(criterion: Criterion, level: number): boolean {
  return scaleLevels(criterion).includes(level);
}

/** Answered means scored on the scale, or not applicable where the criterion allows it. */
export function isAnswered(
  criterion: Criterion,
  response: { level: number | null; notApplicable: boolean },
): boolean {
  if (response.notApplicable) {
    return criterion.allowNotApplicable;
  }
  return response.level !== null && isLevelOnScale(criterion, response.level);
}

/**
 * Checks a response against its criterion and returns it in its stored form: a not-applicable
 * answer keeps no levels (they would count in no readiness figure) and an applicable one no reason.
 */
export function normaliseResponse(criterion: Criterion, input: ResponseInput): ResponseInput {
  const rationale = input.rationale.trim();
  if (input.notApplicable) {
    return { ...notApplicable(criterion, input), rationale };
  }
  assertOnScale(criterion, 'level', input.level);
  assertOnScale(criterion, 'targetLevel', input.targetLevel);
  if (input.state === 'ready-for-review' && input.level === null) {
    // A colleague cannot review an answer that is not there yet.
    throw new DomainRuleViolation('response-not-answered', { criterionCode: criterion.code });
  }
  return { ...input, rationale, notApplicableReason: null };
}

function notApplicable(criterion: Criterion, input: ResponseInput): ResponseInput {
  if (!criterion.allowNotApplicable) {
    // The label requires this criterion everywhere; only the rubric may waive it.
    throw new DomainRuleViolation('not-applicable-not-allowed', { criterionCode: criterion.code });
  }
  const reason = input.notApplicableReason?.trim() ?? '';
  if (reason === '') {
    throw new DomainRuleViolation('not-applicable-reason-required', {
      criterionCode: criterion.code,
    });
  }
  return { ...input, level: null, targetLevel: null, notApplicableReason: reason };
}

function assertOnScale(
  criterion: Criterion,
  field: 'level' | 'targetLevel',
  level: number | null,
): void {
  if (level === null || isLevelOnScale(criterion, level)) {
    return;
  }
  const levels = scaleLevels(criterion);
  throw new DomainRuleViolation('level-outside-scale', {
    criterionCode: criterion.code,
    field,
    min: Math.min(...levels),
    max: Math.max(...levels),
  });
}
