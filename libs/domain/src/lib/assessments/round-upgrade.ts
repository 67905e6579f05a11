import { compareVersions } from '../dashboard/sector';
import { DomainRuleViolation, stateConflict } from '../errors/domain-rule-violation';
import type {
  PlannedCriterion,
  UpgradeAnswer,
  UpgradeInput,
  UpgradePlan,
} from '../rubric/normset.types';
import type { RubricStatus, RubricVersion } from '../rubric/rubric.types';
import { planUpgrade } from '../rubric/upgrade-plan';

/** A published or retired version as the rubric catalogue lists it. */
export interface ListedVersion {
  id: string;
  version: string;
  status: RubricStatus;
}

/**
 * The latest published version of the same rubric that is later than `version`, or null: what the
 * rounds page and the round dashboard announce. A retired version is never offered.
 */
export function newerPublishedVersion(
  versions: readonly ListedVersion[],
  rubricId: string,
  version: string,
): string | null {
  const later = versions
    .filter((candidate) => candidate.id === rubricId && candidate.status === 'published')
    .map((candidate) => candidate.version)
    .filter((candidate) => compareVersions(candidate, version) > 0)
    .sort(compareVersions);
  return later.at(-1) ?? null;
}

/**
 * A round upgrades only to a later published version of its own rubric that maps directly onto
 * the version it is on (its `previousVersion`): that mapping is what carries every answer. A
 * retired version takes no rounds (409); an unknown, earlier or unmapped one is refused (422).
 */
export function assertUpgradeTarget<T extends RubricVersion>(
  current: RubricVersion,
  target: T | null,
  requested: string,
): T {
  const ref = { rubricId: current.id, from: current.version, to: requested };
  if (target === null || target.id !== current.id || target.status === 'draft') {
    throw new DomainRuleViolation('upgrade-target-unknown', ref);
  }
  if (target.status === 'retired') {
    throw stateConflict('upgrade-target-retired', ref);
  }
  if (compareVersions(target.version, current.version) <= 0) {
    throw new DomainRuleViolation('upgrade-target-not-later', ref);
  }
  if (target.previousVersion !== current.version || !target.mapping) {
    throw new DomainRuleViolation('upgrade-no-mapping', ref);
  }
  return target;
}

/**
 * The plan of a round's upgrade: planUpgrade, with a merged criterion that has exactly one earlier
 * answer taking it without being asked (there is nothing to choose). Preview and upgrade both call
 * this with the same input, so the upgrade does exactly what the preview showed.
 */
export function planRoundUpgrade<A extends UpgradeAnswer>(input: UpgradeInput<A>): UpgradePlan<A> {
  const first = planUpgrade(input);
  const single = Object.fromEntries(
    first.criteria
      .filter((item) => item.outcome === 'choose' && item.candidates.length === 1)
      .map((item) => [item.code, item.candidates[0].criterionCode]),
  );
  if (Object.keys(single).length === 0) {
    return first;
  }
  return planUpgrade({ ...input, choices: { ...single, ...input.choices } });
}

/**
 * Every choice names a merged criterion of the plan and one of its sources with an answer; else
 * 422 with the codes, so a typo never silently falls back to another answer.
 */
export function assertValidChoices(
  plan: UpgradePlan,
  choices: Readonly<Record<string, string>>,
): void {
  const byCode = new Map(plan.criteria.map((item) => [item.code, item]));
  const invalid = Object.entries(choices)
    .filter(([code, source]) => {
      const item = byCode.get(code);
      return (
        item?.kind !== 'merged' ||
        !item.candidates.some((candidate) => candidate.criterionCode === source)
      );
    })
    .map(([code]) => code);
  if (invalid.length > 0) {
    throw new DomainRuleViolation(
      'upgrade-choice-invalid',
      { codes: invalid.join(', ') },
      { extensions: { codes: invalid } },
    );
  }
}

/**
 * The upgrade runs only when every merged criterion with several earlier answers has a choice:
 * else 422 listing them, so nothing is guessed on the organisation's behalf.
 */
export function assertNoPendingChoices(plan: UpgradePlan): void {
  if (plan.pendingChoices.length > 0) {
    throw new DomainRuleViolation(
      'upgrade-choice-missing',
      { codes: plan.pendingChoices.join(', ') },
      { extensions: { codes: plan.pendingChoices } },
    );
  }
}

/** Whether a response holds an answer an upgrade can carry (a level, a waiver or a text). */
export function hasAnswer(response: {
  level: number | null;
  notApplicable?: boolean;
  rationale: string;
}): boolean {
  return (
    response.level !== null || response.notApplicable === true || response.rationale.trim() !== ''
  );
}

/**
 * Whether the criterion's answer must be confirmed after the upgrade ("Klopt nog"): every answer
 * that moved or whose criterion changed; an unchanged criterion keeps its answer and its state.
 */
export function confirmAfterUpgrade(
  item: Pick<PlannedCriterion, 'outcome'>,
  wasCarriedOver: boolean,
): boolean {
  if (item.outcome === 'needs-look') {
    return true;
  }
  return item.outcome === 'carried-over' && wasCarriedOver;
}

/**
 * Where each improvement action goes: an action belongs to one criterion, so it follows to the
 * first criterion of the plan that continues its own (the first part of a split, the merged
 * criterion). Actions of a dropped criterion keep their code (listed under `dropped`).
 */
export function actionTargets(plan: UpgradePlan): Map<string, string> {
  const targets = new Map<string, string>();
  for (const item of plan.criteria) {
    for (const id of item.actionIds) {
      if (!targets.has(id)) {
        targets.set(id, item.code);
      }
    }
  }
  return targets;
}
