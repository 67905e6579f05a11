/** Shapes of assessment rounds and criterion responses, shared by the API and the web app. */
import type { LinkedEvidence } from '../evidence/evidence.types';
import type { DomainCode } from '../rubric/rubric.types';
import type { ResponseCheckStatus } from './response-check-rules';
import type { RoundSignOff } from './sign-off';

/** What the round prepares for: an audit by a certifying body, an intercollegiale toetsing, or the organisation itself. */
export const ROUND_ROUTES = ['external-audit', 'peer-review', 'internal'] as const;
export type RoundRoute = (typeof ROUND_ROUTES)[number];

/**
 * `reviewed` follows when a peer review is closed; a submitted round never changes. `withdrawn`:
 * a draft the quality officer took back; it stays, with its history, but leaves every list.
 */
export const ROUND_STATUSES = ['draft', 'submitted', 'reviewed', 'withdrawn'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const RESPONSE_STATES = ['draft', 'ready-for-review'] as const;
export type ResponseState = (typeof RESPONSE_STATES)[number];

/** The groups the label wants the organisation to learn with during the self-evaluation. */
export const PARTICIPANT_GROUPS = ['staff', 'volunteers', 'clients', 'partners', 'board'] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];

export const PARTICIPATION_METHODS = ['session', 'survey', 'interview'] as const;
export type ParticipationMethod = (typeof PARTICIPATION_METHODS)[number];

export const RATIONALE_MAX_LENGTH = 10_000;
export const ROUND_TEXT_MAX_LENGTH = 10_000;
export const ROUND_TITLE_MAX_LENGTH = 200;
export const PARTICIPATION_NOTE_MAX_LENGTH = 500;
export const NOT_APPLICABLE_REASON_MAX_LENGTH = 2_000;

/** One occasion on which a group took part in the self-evaluation; dates are ISO days. */
export interface ParticipationEntry {
  group: ParticipantGroup;
  method: ParticipationMethod;
  date: string;
  note: string;
}

/** A member as shown next to a criterion or action. */
export interface MemberRef {
  memberId: string;
  displayName: string;
}

/** A person who did something; kept by user, since members can leave an organisation. */
export interface UserRef {
  userId: string;
  displayName: string;
}

export interface DomainProgress {
  code: DomainCode;
  total: number;
  answered: number;
}

export interface RoundProgress {
  total: number;
  answered: number;
  readyForReview: number;
  carriedOver: number;
  domains: DomainProgress[];
}

export interface AssessmentRound {
  id: string;
  title: string;
  rubricId: string;
  rubricVersion: string;
  targetDate: string;
  route: RoundRoute;
  selfEvaluationDeadline: string;
  ambitions: string;
  bottlenecks: string;
  participation: ParticipationEntry[];
  status: RoundStatus;
  previousRoundId: string | null;
  contentHash: string | null;
  submittedAt: string | null;
  submittedBy: UserRef | null;
  withdrawnAt: string | null;
  /** The vaststelling by a manager, or null while the round is not established. */
  signOff: RoundSignOff | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: UserRef | null;
  version: number;
  isSelfEvaluationOverdue: boolean;
  progress: RoundProgress;
  /** The latest published version of the round's rubric later than its own, or null. */
  newerVersion: string | null;
}

/** The answer to one criterion in one round. */
export interface CriterionResponse {
  roundId: string;
  criterionCode: string;
  level: number | null;
  targetLevel: number | null;
  rationale: string;
  notApplicable: boolean;
  notApplicableReason: string | null;
  state: ResponseState;
  owner: MemberRef | null;
  /** Taken over from the previous round and not yet confirmed by saving it. */
  isCarriedOver: boolean;
  version: number;
  updatedAt: string;
  updatedBy: UserRef | null;
  evidence: LinkedEvidence[];
  /** The quality officer's check of an answer marked ready ("klaar voor controle"), or null. */
  review: ResponseReview | null;
}

/** Accepted, or sent back with a comment; by whom and when. */
export interface ResponseReview {
  status: ResponseCheckStatus;
  comment: string | null;
  reviewedAt: string;
  reviewedBy: UserRef | null;
}

export interface AssessmentRoundDetail extends AssessmentRound {
  responses: CriterionResponse[];
}

/** The editable part of a response, as a client sends it. */
export interface ResponseInput {
  level: number | null;
  targetLevel: number | null;
  rationale: string;
  notApplicable: boolean;
  notApplicableReason: string | null;
  state: ResponseState;
}

/** A criterion assigned to the current member in a round that is still open. */
export interface MyCriterion {
  roundId: string;
  roundTitle: string;
  targetDate: string;
  selfEvaluationDeadline: string;
  isSelfEvaluationOverdue: boolean;
  criterionCode: string;
  criterionTitle: string;
  domainCode: DomainCode;
  level: number | null;
  notApplicable: boolean;
  state: ResponseState;
  isCarriedOver: boolean;
  updatedAt: string;
  /** The quality officer's check, e.g. sent back with a comment. */
  review: ResponseReview | null;
}

export interface SubmittedRound {
  status: 'submitted';
  contentHash: string;
  submittedAt: string;
}
