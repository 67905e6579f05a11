/** Figures of the readiness dashboard, shared by the API, the dossier exports and the web app. */
import type { MemberRef, RoundStatus } from '../assessments/round.types';
import type {
  AuditBlocker,
  CriterionStatus,
  DomainReadiness,
  ReadinessSummary,
  StatusCounts,
} from '../readiness/readiness.types';
import type { DomainCode } from '../rubric/rubric.types';

/** One criterion of the round, for the heatmap and tables. */
export interface HeatmapRow {
  code: string;
  title: string;
  domainCode: DomainCode;
  weight: number;
  required: boolean;
  status: CriterionStatus;
  /** Current (self-assessed) level. */
  level: number | null;
  /** The level from which the rubric counts it as met. */
  metLevel: number;
  /** The organisation's ambition for this criterion (response.targetLevel ?? metLevel). */
  targetLevel: number;
  /** Top of the rubric's scale. */
  maxLevel: number;
}

export interface ExpiringEvidence {
  evidenceId: string;
  title: string;
  kind: string;
  validUntil: string;
  criterionCodes: string[];
}

export interface ActionOwnerSummary {
  owner: MemberRef | null;
  open: number;
  overdue: number;
}

export interface ActionSummary {
  open: number;
  overdue: number;
  done: number;
  byOwner: ActionOwnerSummary[];
}

export interface RoundReadinessReport {
  round: {
    id: string;
    title: string;
    status: RoundStatus;
    targetDate: string;
    rubricId: string;
    rubricVersion: string;
    contentHash: string | null;
  };
  /** ISO day the figures are computed for (today, organisation's clock). */
  referenceDate: string;
  /** Calendar days from referenceDate to targetDate; negative once past. */
  daysToTarget: number;
  /** 100: the label asks every applicable criterion to be met. */
  targetScore: number;
  /** As of referenceDate. */
  overall: ReadinessSummary;
  domains: DomainReadiness[];
  criteria: HeatmapRow[];
  statusCounts: StatusCounts;
  /** Required criteria not met or without valid evidence ON THE TARGET DATE, heaviest first. */
  blockers: AuditBlocker[];
  /**
   * The day the blockers are evaluated on: the target date, or the reference date once the target
   * date has passed (evidence that expired since then still blocks the audit).
   */
  blockersOn?: string;
  /** Valid today, expired by the target date, soonest first. */
  expiringBeforeTarget: ExpiringEvidence[];
  actions: ActionSummary;
}

export interface TrendPoint {
  roundId: string;
  title: string;
  status: RoundStatus;
  targetDate: string;
  submittedAt: string | null;
  overall: number | null;
  domains: { code: DomainCode; title: string; score: number | null }[];
}

/** Rounds oldest first. */
export interface OrganisationTrend {
  rounds: TrendPoint[];
}

export type CriterionChange = 'improved' | 'declined' | 'unchanged' | 'added' | 'removed';

export interface ComparedCriterion {
  code: string;
  title: string;
  domainCode: DomainCode;
  change: CriterionChange;
  before: { level: number | null; status: CriterionStatus; rationale: string } | null;
  after: { level: number | null; status: CriterionStatus; rationale: string } | null;
}

export interface RoundComparison {
  from: { id: string; title: string };
  to: { id: string; title: string };
  counts: Record<CriterionChange, number>;
  criteria: ComparedCriterion[];
}

export const SECTOR_MINIMUM_GROUP = 5;

/**
 * How a sector figure compares organisations: all on the basis version (`same-version`), or
 * organisations on other versions too, through the mapping, on the criteria that continue one to
 * one (`via-mapping`).
 */
export type SectorComparability = 'same-version' | 'via-mapping';

/** Whether the organisations on a version count: it is the basis, it maps onto it, or neither. */
export type SectorVersionRole = 'basis' | 'via-mapping' | 'not-comparable';

export interface SectorComparisonNote {
  comparison: SectorComparability;
  /** Criteria of the basis version this figure leaves out: no one-to-one counterpart. */
  criteriaLeftOut: number;
  /** Organisations on other versions this figure leaves out: not comparable with the basis. */
  organisationsLeftOut: number;
}

export interface SectorDomainFigure extends SectorComparisonNote {
  code: DomainCode;
  title: string;
  organisations: number;
  median: number | null;
  p25: number | null;
  p75: number | null;
}

export interface SectorVersionUse {
  version: string;
  /** Organisations whose latest submitted round is on this version. */
  organisations: number;
  role: SectorVersionRole;
  /** Criteria of this version that no figure of the comparison takes into account. */
  criteriaLeftOut: number;
}

/**
 * One rubric, compared on one basis version; suppressed=true and no figures when fewer than 5
 * organisations count; never names or texts. The top-level note is the overall figure's.
 */
export interface SectorReadiness extends SectorComparisonNote {
  rubricId: string;
  /** The basis version: every figure is on its criteria. */
  rubricVersion: string;
  minimumGroupSize: number;
  organisations: number;
  suppressed: boolean;
  overall: { median: number | null; p25: number | null; p75: number | null } | null;
  domains: SectorDomainFigure[];
  /** Every published or retired version of the rubric, oldest first. */
  versions: SectorVersionUse[];
}
