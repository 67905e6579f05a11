import type {
  DroppedCriterion,
  MappingKind,
  PlannedCriterion,
  UpgradeAnswer,
  UpgradeInput,
  UpgradeLink,
  UpgradeOutcome,
  UpgradePlan,
} from './normset.types';
import { rubricCriteria } from './rubric-diff';
import { classifyMapping } from './rubric-mapping';

/**
 * What upgrading a round from `from` to `to` through `mapping` does, per criterion of `to` (in
 * rubric order) and for every earlier criterion no entry continues (`dropped`). Pure and
 * deterministic, so the preview and the upgrade use the same plan.
 * - unchanged → carried-over, reworded and split → needs-look (every part of a split is offered
 *   the earlier answer), new → new;
 * - merged → choose, with every earlier answer as a candidate, until `choices[code]` names one of
 *   its sources that has an answer (then needs-look); a merged criterion none of whose sources
 *   was answered is new.
 * Evidence links and improvement actions follow the mapping: to every part of a split, to the
 * merged criterion from each of its sources. Answers, links and actions of earlier criteria no
 * entry continues (or whose code `from` does not know) are listed under `dropped`.
 * A criterion the mapping leaves out counts as new; check findMappingProblems first.
 */
export function planUpgrade<A extends UpgradeAnswer>(input: UpgradeInput<A>): UpgradePlan<A> {
  const { from, to, mapping, choices = {} } = input;
  const answers = new Map<string, A>();
  for (const answer of input.answers) {
    if (!answers.has(answer.criterionCode)) {
      answers.set(answer.criterionCode, answer);
    }
  }
  const classification = classifyMapping(from, to, mapping);
  const byCode = new Map(classification.entries.map((entry) => [entry.code, entry]));
  const criteria = rubricCriteria(to).map(({ criterion, domain }): PlannedCriterion<A> => {
    const entry = byCode.get(criterion.code);
    const kind: MappingKind = entry?.kind ?? 'new';
    const sources = entry?.previousCodes ?? [];
    const candidates = sources.flatMap((code) => answers.get(code) ?? []);
    const chosen = kind === 'merged' ? choices[criterion.code] : undefined;
    const chosenAnswer =
      chosen !== undefined && sources.includes(chosen) ? answers.get(chosen) : undefined;
    const outcome = outcomeOf(kind, candidates.length, chosenAnswer !== undefined);
    const answer =
      outcome === 'carried-over' || outcome === 'needs-look'
        ? (chosenAnswer ?? candidates[0])
        : undefined;
    return {
      code: criterion.code,
      title: criterion.title,
      domain: domain.code,
      kind,
      outcome,
      sources,
      ...(answer === undefined ? {} : { answer }),
      ...(chosenAnswer === undefined ? {} : { chosenSource: chosen }),
      candidates,
      evidenceLinkIds: idsOf(input.evidenceLinks, sources),
      actionIds: idsOf(input.actions, sources),
    };
  });
  return {
    from: from.version,
    to: to.version,
    criteria,
    dropped: droppedOf(input, classification.dropped, answers),
    pendingChoices: criteria.filter((item) => item.outcome === 'choose').map((item) => item.code),
  };
}

function outcomeOf(kind: MappingKind, candidates: number, chosen: boolean): UpgradeOutcome {
  switch (kind) {
    case 'new':
      return 'new';
    case 'unchanged':
      return 'carried-over';
    case 'merged':
      return chosen ? 'needs-look' : candidates === 0 ? 'new' : 'choose';
    case 'reworded':
    case 'split':
      return 'needs-look';
  }
}

function idsOf(links: readonly UpgradeLink[], sources: readonly string[]): string[] {
  return links.filter((link) => sources.includes(link.criterionCode)).map((link) => link.id);
}

function droppedOf<A extends UpgradeAnswer>(
  input: UpgradeInput<A>,
  droppedCodes: readonly string[],
  answers: ReadonlyMap<string, A>,
): DroppedCriterion<A>[] {
  const titles = new Map(
    rubricCriteria(input.from).map(({ criterion }) => [criterion.code, criterion.title]),
  );
  const unknown = [
    ...input.answers.map((answer) => answer.criterionCode),
    ...input.evidenceLinks.map((link) => link.criterionCode),
    ...input.actions.map((action) => action.criterionCode),
  ].filter((code) => !titles.has(code));
  return [...new Set([...droppedCodes, ...unknown])].map((code) => {
    const answer = answers.get(code);
    return {
      code,
      title: titles.get(code) ?? code,
      ...(answer === undefined ? {} : { answer }),
      evidenceLinkIds: idsOf(input.evidenceLinks, [code]),
      actionIds: idsOf(input.actions, [code]),
    };
  });
}
