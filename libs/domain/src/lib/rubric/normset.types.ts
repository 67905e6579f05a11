/**
 * Contract types of the norm-set core: comparing two rubric versions, classifying a mapping and
 * planning the upgrade of a round. The functions live next to this file.
 */
import type { CriterionMapping, DomainCode, RubricVersion } from './rubric.types';

/** A criterion named in a diff or a plan. */
export interface CriterionRef {
  code: string;
  title: string;
  domain: DomainCode;
}

/**
 * One changed field. `path` is relative to the criterion (or to the version for `meta`):
 * `title`, `weight`, `evidenceKinds`, `guidanceQuestions`, `maturityScale[2].descriptor`
 * (zero-based index into the scale), `en.title`, … A side that lacks the field gives undefined.
 */
export interface FieldChange {
  path: string;
  from: unknown;
  to: unknown;
}

export interface ChangedCriterion extends CriterionRef {
  fields: FieldChange[];
}

export interface RubricDiff {
  /** Version strings. */
  from: string;
  to: string;
  added: CriterionRef[];
  removed: CriterionRef[];
  changed: ChangedCriterion[];
  /** Codes of criteria whose every field is equal. */
  unchanged: string[];
  /** Changes of the version itself and its domains: `title`, `effectiveDate`, `domains[VAK].title`, … */
  meta: FieldChange[];
}

/** How a criterion of the next version continues the previous version's criteria. */
export type MappingKind = 'unchanged' | 'reworded' | 'merged' | 'split' | 'new';

export interface ClassifiedMapping {
  code: string;
  previousCodes: string[];
  kind: MappingKind;
}

export interface MappingClassification {
  /** One per mapping entry whose code is a criterion of the next version, in rubric order. */
  entries: ClassifiedMapping[];
  /** Codes of the previous version no entry continues, in rubric order. */
  dropped: string[];
}

/** A broken mapping rule; same shape as the criteria library's RuleViolation. */
export interface MappingProblem {
  location: string;
  rule:
    | 'mapping-unknown-code'
    | 'duplicate-mapping-code'
    | 'mapping-unknown-previous-code'
    | 'mapping-incomplete';
  detail: string;
}

/** What planUpgrade needs to know of an answer; the plan hands the same objects back. */
export interface UpgradeAnswer {
  criterionCode: string;
  level: number | null;
  notApplicable?: boolean;
  rationale: string;
}

export interface UpgradeLink {
  id: string;
  criterionCode: string;
}

export interface UpgradeInput<A extends UpgradeAnswer = UpgradeAnswer> {
  from: RubricVersion;
  to: RubricVersion;
  mapping: CriterionMapping[];
  answers: readonly A[];
  evidenceLinks: readonly UpgradeLink[];
  actions: readonly UpgradeLink[];
  /** For a merged criterion: which earlier criterion's answer it takes (`{ 'VAK-03': 'VAK-02' }`). */
  choices?: Record<string, string>;
}

/**
 * - `carried-over`: unchanged criterion, the earlier answer carries as it is;
 * - `needs-look`: reworded or split criterion (or a merged one whose choice was made): the earlier
 *   answer carries and must be confirmed;
 * - `new`: no earlier answer to carry (a new criterion, or a merged one whose parts were unanswered);
 * - `choose`: a merged criterion with earlier answers and no valid choice yet.
 */
export type UpgradeOutcome = 'carried-over' | 'needs-look' | 'new' | 'choose';

export interface PlannedCriterion<A extends UpgradeAnswer = UpgradeAnswer> {
  code: string;
  title: string;
  domain: DomainCode;
  kind: MappingKind;
  outcome: UpgradeOutcome;
  /** Earlier codes this criterion continues (the mapping's previousCodes that exist in `from`). */
  sources: string[];
  /** The answer the criterion starts with; undefined for `new` and `choose`. */
  answer?: A;
  /** For a merged criterion, the source answers that was chosen from; else undefined. */
  chosenSource?: string;
  /** The answers of `sources` (in the order of `sources`), to show and choose from. */
  candidates: A[];
  evidenceLinkIds: string[];
  actionIds: string[];
}

export interface DroppedCriterion<A extends UpgradeAnswer = UpgradeAnswer> {
  code: string;
  /** The criterion's title in `from`; the code itself for an answer whose code is not in `from`. */
  title: string;
  answer?: A;
  evidenceLinkIds: string[];
  actionIds: string[];
}

export interface UpgradePlan<A extends UpgradeAnswer = UpgradeAnswer> {
  from: string;
  to: string;
  /** One per criterion of `to`, in rubric order. */
  criteria: PlannedCriterion<A>[];
  dropped: DroppedCriterion<A>[];
  /** Codes whose outcome is `choose`: the upgrade may not run until each has a choice. */
  pendingChoices: string[];
}
