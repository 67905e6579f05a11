/** What the dashboard functions need as input; the API loads it, the web app may hold it already. */
import type { ActionStatus } from '../actions/action.types';
import type { MemberRef, RoundStatus } from '../assessments/round.types';
import type { RubricVersion } from '../rubric/rubric.types';

/** One evidence item linked to a response; `validUntil: null` never expires. */
export interface ReportEvidence {
  id: string;
  title: string;
  kind: string;
  validUntil: string | null;
}

/** The answer to one criterion, with the evidence linked to it. */
export interface ReportResponse {
  criterionCode: string;
  level: number | null;
  /** The organisation's ambition; null means the rubric's met level. */
  targetLevel: number | null;
  notApplicable: boolean;
  rationale: string;
  /** Shown as the rationale of a not-applicable answer that has no rationale of its own. */
  notApplicableReason?: string | null;
  evidence: readonly ReportEvidence[];
}

export interface ReportAction {
  status: ActionStatus;
  dueDate: string | null;
  owner: MemberRef | null;
}

export interface ReportRound {
  id: string;
  title: string;
  status: RoundStatus;
  targetDate: string;
  rubricId: string;
  rubricVersion: string;
  contentHash: string | null;
}

export interface RoundReportInput {
  rubric: RubricVersion;
  round: ReportRound;
  responses: readonly ReportResponse[];
  actions: readonly ReportAction[];
  /** The ISO day the figures are for: today in the organisation's time zone. */
  referenceDate: string;
}
