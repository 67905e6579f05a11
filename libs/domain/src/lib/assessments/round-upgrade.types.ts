/** What the upgrade of an open round to a newer rubric version does, as the API shows it. */
import type { MappingKind, UpgradeOutcome } from '../rubric/normset.types';
import type { DomainCode } from '../rubric/rubric.types';
import type { AssessmentRoundDetail } from './round.types';

/** An earlier answer, as it carries over (or as it stays readable in the history). */
export interface UpgradeAnswerView {
  criterionCode: string;
  level: number | null;
  targetLevel: number | null;
  rationale: string;
  notApplicable: boolean;
  notApplicableReason: string | null;
}

export interface UpgradeItemRef {
  id: string;
  title: string;
}

export interface RoundUpgradeCriterion {
  code: string;
  title: string;
  domain: DomainCode;
  kind: MappingKind;
  outcome: UpgradeOutcome;
  /** Earlier criteria this one continues. */
  sources: string[];
  /** For a merged criterion, whose answer it takes; else null. */
  chosenSource: string | null;
  /** The answer it starts with; null when it starts empty (new) or waits for a choice. */
  answer: UpgradeAnswerView | null;
  /** Every earlier answer of `sources`: for a merged criterion, what to choose from. */
  candidates: UpgradeAnswerView[];
  /** Whether the answer must be confirmed ("Klopt nog") after the upgrade. */
  toConfirm: boolean;
  evidence: UpgradeItemRef[];
  actions: UpgradeItemRef[];
}

export interface RoundUpgradeDropped {
  code: string;
  title: string;
  answer: UpgradeAnswerView | null;
  evidence: UpgradeItemRef[];
  actions: UpgradeItemRef[];
}

export interface RoundUpgradePreview {
  roundId: string;
  rubricId: string;
  from: string;
  to: string;
  criteria: RoundUpgradeCriterion[];
  dropped: RoundUpgradeDropped[];
  /** Merged criteria that still need a choice of earlier answer before the upgrade can run. */
  pendingChoices: string[];
}

export interface RoundUpgradeResult {
  upgrade: RoundUpgradePreview;
  round: AssessmentRoundDetail;
}
