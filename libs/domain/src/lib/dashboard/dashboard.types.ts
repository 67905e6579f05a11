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

export interface SectorDomainFigure {
  code: DomainCode;
  title: string;
  organisations: number;
  median: number | null;
  p25: number | null;
  p75: number | null;
}

/** suppressed=true and no figures when organisations < 5; never names or texts. */
export interface SectorReadiness {
  rubricId: string;
  rubricVersion: string;
  minimumGroupSize: number;
  organisations: number;
  suppressed: boolean;
  overall: { median: number | null; p25: number | null; p75: number | null } | null;
  domains: SectorDomainFigure[];
}
