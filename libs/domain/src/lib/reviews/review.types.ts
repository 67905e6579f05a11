/**
 * Intercollegiale toetsing: reviews, findings, the leerrapport and the self-vs-peer gaps,
 * shared by the API and the web app.
 */
import type { UserRef } from '../assessments/round.types';
import type { CriterionStatus } from '../readiness/readiness.types';
import type { DomainCode } from '../rubric/rubric.types';

/** The label's judgement scale (voldoet / voldoet deels / voldoet niet / niet beoordeeld). */
export const PEER_JUDGEMENTS = ['meets', 'partly-meets', 'does-not-meet', 'not-assessed'] as const;
export type PeerJudgement = (typeof PEER_JUDGEMENTS)[number];

/** The judgements that say something about the criterion (all but 'not-assessed'). */
export const ASSESSED_JUDGEMENTS = ['meets', 'partly-meets', 'does-not-meet'] as const;
export type AssessedJudgement = (typeof ASSESSED_JUDGEMENTS)[number];

export const REVIEW_STATUSES = ['draft', 'submitted'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const LEERRAPPORT_STATUSES = ['draft', 'hearing', 'final'] as const;
export type LeerrapportStatus = (typeof LEERRAPPORT_STATUSES)[number];

/** Self vs peer: does the merged peer judgement agree with the self-assessment? */
export const PEER_GAPS = ['agrees', 'peer-lower', 'peer-higher', 'not-assessed'] as const;
export type PeerGap = (typeof PEER_GAPS)[number];

/** Hoor en wederhoor: the days the reviewed organisation has to respond (default). */
export const DEFAULT_HEARING_DAYS = 14;
export const MAX_HEARING_DAYS = 90;

export const FINDING_MAX_LENGTH = 10_000;
export const QUESTIONS_MAX_LENGTH = 5_000;
export const OVERALL_TEXT_MAX_LENGTH = 10_000;
export const RESPONSE_TEXT_MAX_LENGTH = 10_000;

/** A review as listed (GET /reviews). */
export interface ReviewSummary {
  id: string;
  roundId: string;
  roundTitle: string;
  organisationName: string;
  reviewer: UserRef;
  reviewerOrganisationName: string;
  status: ReviewStatus;
  lead: boolean;
  expiresAt: string;
  submittedAt: string | null;
  /**
   * Whether the current user may open it: false for a member while it is a draft, and for a
   * reviewer whose invitation expired or was revoked.
   */
  canOpen: boolean;
  /** The state of the invitation behind the review: only an active one lets the reviewer in. */
  access: ReviewAccess;
  /** Why the current user sees it: they wrote it, or it reviews their active organisation. */
  perspective: ReviewPerspective;
}

export const REVIEW_PERSPECTIVES = ['reviewer', 'organisation'] as const;
export type ReviewPerspective = (typeof REVIEW_PERSPECTIVES)[number];

export const REVIEW_ACCESS = ['active', 'expired', 'revoked'] as const;
export type ReviewAccess = (typeof REVIEW_ACCESS)[number];

export interface OverallJudgement {
  judgement: PeerJudgement | null;
  strengths: string;
  improvements: string;
}

export interface FindingResponse {
  text: string;
  respondedBy: UserRef;
  respondedAt: string;
}

export interface ReviewFinding {
  criterionCode: string;
  judgement: PeerJudgement | null;
  finding: string;
  questions: string;
  response: FindingResponse | null;
  actionId: string | null;
  updatedAt: string;
  /** Send it back with a change; a stale one answers 409 version-conflict. */
  version: number;
}

export interface ReviewDetail extends ReviewSummary {
  overall: OverallJudgement;
  /** One entry per criterion the reviewer has written on (criteria without a row are missing). */
  findings: ReviewFinding[];
  version: number;
}

/** What a client sends for one finding; `version` (of the finding) guards against lost updates. */
export interface FindingInput {
  judgement: PeerJudgement;
  finding: string;
  questions?: string;
  version?: number;
}

/** The overall judgement; `version` is the review's, which saving a finding leaves alone. */
export interface OverallInput {
  judgement: PeerJudgement;
  strengths: string;
  improvements: string;
  version?: number;
}

/** The organisation's response to a finding during hoor en wederhoor. */
export interface FindingResponseInput {
  text: string;
  version?: number;
}

/** A finding turned into a verbeteractie in one step. */
export interface FindingActionInput {
  title: string;
  description?: string;
  ownerMemberId?: string | null;
  dueDate?: string | null;
  /** The open round to plan it in; default the organisation's newest open round. */
  roundId?: string;
}

export interface IssueLeerrapportInput {
  /** Days the organisation gets to respond (hoor en wederhoor); default 14. */
  hearingDays?: number;
}

/** What keeps a review from being submitted. */
export interface ReviewCompleteness {
  complete: boolean;
  /** Criterion codes without a judgement, in rubric order. */
  missingCriteria: string[];
  missingOverall: boolean;
}

/** One reviewer's finding on a criterion inside the leerrapport. */
export interface LeerrapportFinding {
  reviewId: string;
  reviewer: UserRef;
  reviewerOrganisationName: string;
  lead: boolean;
  judgement: PeerJudgement;
  finding: string;
  questions: string;
  response: FindingResponse | null;
  actionId: string | null;
}

export interface LeerrapportCriterion {
  criterionCode: string;
  criterionTitle: string;
  domainCode: DomainCode;
  mergedJudgement: PeerJudgement;
  findings: LeerrapportFinding[];
}

export interface LeerrapportOverall {
  mergedJudgement: PeerJudgement;
  reviews: {
    reviewId: string;
    reviewer: UserRef;
    reviewerOrganisationName: string;
    lead: boolean;
    judgement: PeerJudgement;
    strengths: string;
    improvements: string;
  }[];
}

export interface Leerrapport {
  roundId: string;
  roundTitle: string;
  organisationName: string;
  status: LeerrapportStatus;
  leadReviewId: string | null;
  issuedAt: string | null;
  /** The last day (ISO) on which the organisation can respond; null before it is issued. */
  hearingEndsOn: string | null;
  /** True while responses are accepted (status 'hearing' and today ≤ hearingEndsOn). */
  hearingOpen: boolean;
  finalisedAt: string | null;
  contentHash: string | null;
  criteria: LeerrapportCriterion[];
  overall: LeerrapportOverall;
}

/** Self vs peer for one criterion (GET /rounds/{id}/peer-gaps). */
export interface PeerGapRow {
  criterionCode: string;
  criterionTitle: string;
  domainCode: DomainCode;
  selfStatus: CriterionStatus;
  selfLevel: number | null;
  metLevel: number;
  /** The self-assessment read on the peer scale (what the organisation claims). */
  selfJudgement: PeerJudgement;
  peerJudgement: PeerJudgement;
  gap: PeerGap;
}

export interface PeerGapCounts {
  agrees: number;
  'peer-lower': number;
  'peer-higher': number;
  'not-assessed': number;
}

export interface PeerGaps {
  roundId: string;
  /** Which reviews the figures are based on: the leerrapport's ('leerrapport') or the submitted reviews so far. */
  source: 'leerrapport' | 'submitted-reviews' | 'none';
  /** The day the self-assessment's statuses are taken on: the round's submission day. */
  referenceDate: string;
  counts: PeerGapCounts;
  criteria: PeerGapRow[];
}
