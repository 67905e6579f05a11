import type { Criterion, RubricVersion } from '../rubric/rubric.types';
import { isLevelOnScale } from './response-rules';
import { RATIONALE_MAX_LENGTH } from './round.types';

/** An answer of the previous round, with the evidence linked to it. */
export interface PreviousAnswer {
  criterionCode: string;
  level: number | null;
  targetLevel: number | null;
  rationale: string;
  notApplicable: boolean;
  notApplicableReason: string | null;
  evidenceIds: string[];
}

/** What a new round starts with for one criterion, and where it came from. */
export interface CarriedAnswer extends PreviousAnswer {
  sourceCodes: string[];
}

/**
 * For each criterion of `next`, the codes of `previous` whose answers carry over. When `next`
 * is the version right after `previous`, its mapping decides (a criterion mapped to [] starts
 * empty); otherwise a criterion carries over from the one with the same code.
 */
export function carryOverSources(
  previous: RubricVersion,
  next: RubricVersion,
): Map<string, string[]> {
  const previousCodes = new Set(criteriaOf(previous).map((criterion) => criterion.code));
  const mapped =
    next.id === previous.id && next.previousVersion === previous.version && next.mapping;
  const mapping = new Map((mapped || []).map((entry) => [entry.code, entry.previousCodes]));
  return new Map(
    criteriaOf(next).map((criterion) => {
      const sources = mapped ? (mapping.get(criterion.code) ?? []) : [criterion.code];
      return [criterion.code, sources.filter((code) => previousCodes.has(code))];
    }),
  );
}

/** The answers a new round on `next` takes over from a round on `previous`, in rubric order. */
export function planCarryOver(
  previous: RubricVersion,
  next: RubricVersion,
  answers: readonly PreviousAnswer[],
): CarriedAnswer[] {
  const byCode = new Map(answers.map((answer) => [answer.criterionCode, answer]));
  const sources = carryOverSources(previous, next);
  return criteriaOf(next).flatMap((criterion) => {
    const found = (sources.get(criterion.code) ?? []).flatMap((code) => byCode.get(code) ?? []);
    const carried = found.length === 0 ? null : merge(criterion, found);
    return carried && carriesSomething(carried) ? [carried] : [];
  });
}

function merge(criterion: Criterion, found: PreviousAnswer[]): CarriedAnswer {
  const allWaived = found.every((answer) => answer.notApplicable);
  const waived = allWaived && criterion.allowNotApplicable;
  const reasons = found.map((answer) => answer.notApplicableReason?.trim() ?? '').filter(Boolean);
  return {
    criterionCode: criterion.code,
    level: waived ? null : mergedLevel(criterion, found),
    targetLevel: waived
      ? null
      : onScale(criterion, maxOf(found.map((answer) => answer.targetLevel))),
    rationale: mergedRationale(found),
    notApplicable: waived && reasons.length > 0,
    notApplicableReason: waived && reasons.length > 0 ? reasons.join('\n') : null,
    evidenceIds: [...new Set(found.flatMap((answer) => answer.evidenceIds))],
    sourceCodes: found.map((answer) => answer.criterionCode),
  };
}

/**
 * A criterion that merges several old ones is only as mature as its weakest part, and is not
 * scored at all while one of its applicable parts was not.
 */
function mergedLevel(criterion: Criterion, found: PreviousAnswer[]): number | null {
  const applicable = found.filter((answer) => !answer.notApplicable);
  const levels = applicable
    .map((answer) => answer.level)
    .filter((level): level is number => level !== null);
  if (levels.length === 0 || levels.length < applicable.length) {
    return null;
  }
  return onScale(criterion, Math.min(...levels));
}

function mergedRationale(found: PreviousAnswer[]): string {
  const texts = found.filter((answer) => answer.rationale.trim() !== '');
  const joined =
    found.length === 1
      ? (texts[0]?.rationale ?? '')
      : texts.map((answer) => `${answer.criterionCode}: ${answer.rationale.trim()}`).join('\n\n');
  return joined.slice(0, RATIONALE_MAX_LENGTH);
}

function onScale(criterion: Criterion, level: number | null): number | null {
  return level !== null && isLevelOnScale(criterion, level) ? level : null;
}

function maxOf(values: (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : Math.max(...present);
}

function carriesSomething(answer: CarriedAnswer): boolean {
  return (
    answer.level !== null ||
    answer.notApplicable ||
    answer.rationale !== '' ||
    answer.evidenceIds.length > 0
  );
}

function criteriaOf(rubric: RubricVersion): Criterion[] {
  return rubric.domains.flatMap((domain) => domain.criteria);
}

/**
 * Who owns each criterion of a new round on `next`: the owner of its source criterion in the
 * previous round on the same rubric (the first source with one, by the rubric's mapping), as long
 * as that person may still own a criterion (still a member, not read-only).
 */
export function carryOverOwners(
  previous: RubricVersion,
  next: RubricVersion,
  previousOwners: ReadonlyMap<string, string | null>,
  mayOwn: (membershipId: string) => boolean,
): Map<string, string | null> {
  const owners = new Map<string, string | null>();
  for (const [code, sources] of carryOverSources(previous, next)) {
    const owner = sources
      .map((source) => previousOwners.get(source) ?? null)
      .find((id): id is string => id !== null && mayOwn(id));
    owners.set(code, owner ?? null);
  }
  return owners;
}
