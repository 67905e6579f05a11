import {
  actionTargets,
  confirmAfterUpgrade,
  RoundUpgradePreview,
  UpgradeAnswerView,
  UpgradeItemRef,
  UpgradePlan,
} from '@labelklaar/domain';

import { CriterionResponseEntity } from './entities/criterion-response.entity';

export interface UpgradeTitles {
  evidence: ReadonlyMap<string, string>;
  actions: ReadonlyMap<string, string>;
}

export function answerView(row: CriterionResponseEntity): UpgradeAnswerView {
  return {
    criterionCode: row.criterionCode,
    level: row.level,
    targetLevel: row.targetLevel,
    rationale: row.rationale,
    notApplicable: row.notApplicable,
    notApplicableReason: row.notApplicableReason,
  };
}

function refs(ids: readonly string[], titles: ReadonlyMap<string, string>): UpgradeItemRef[] {
  return [...new Set(ids)].map((id) => ({ id, title: titles.get(id) ?? '' }));
}

/**
 * The plan as the preview shows it, and as the upgrade reports what it did: the same function of
 * the same plan, so both say the same. An action shows where it goes (see actionTargets).
 */
export function previewOf(
  roundId: string,
  rubricId: string,
  plan: UpgradePlan<CriterionResponseEntity>,
  titles: UpgradeTitles,
): RoundUpgradePreview {
  const targets = actionTargets(plan);
  return {
    roundId,
    rubricId,
    from: plan.from,
    to: plan.to,
    criteria: plan.criteria.map((item) => ({
      code: item.code,
      title: item.title,
      domain: item.domain,
      kind: item.kind,
      outcome: item.outcome,
      sources: item.sources,
      chosenSource: item.chosenSource ?? null,
      answer: item.answer ? answerView(item.answer) : null,
      candidates: item.candidates.map(answerView),
      toConfirm: item.answer ? confirmAfterUpgrade(item, item.answer.isCarriedOver) : false,
      evidence: refs(item.evidenceLinkIds, titles.evidence),
      actions: refs(
        item.actionIds.filter((id) => targets.get(id) === item.code),
        titles.actions,
      ),
    })),
    dropped: plan.dropped.map((item) => ({
      code: item.code,
      title: item.title,
      answer: item.answer ? answerView(item.answer) : null,
      evidence: refs(item.evidenceLinkIds, titles.evidence),
      actions: refs(item.actionIds, titles.actions),
    })),
    pendingChoices: plan.pendingChoices,
  };
}
