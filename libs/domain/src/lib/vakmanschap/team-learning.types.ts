import type { CheckInCadence, CheckInQuestion } from './check-in-calendar';
import type { TeamAgreementStatus, TeamSessionType } from './reflection.types';

/** Sizes of the team learning texts. */
export const TEAM_LEARNING_LIMITS = { text: 4000, short: 500, maxPresent: 500 } as const;

export interface TeamSession {
  id: string;
  teamId: string;
  sessionType: TeamSessionType;
  date: string;
  presentCount: number;
  /** Shared reflections the session discussed (ids; those no longer readable are left out). */
  reflectionIds: string[];
  modelId: string | null;
  stoodOut: string;
  similaritiesAndDifferences: string;
  insights: string;
  agreementsMade: string;
  recordedBy: { userId: string; displayName: string } | null;
  createdAt: string;
  updatedAt: string;
}

export interface TeamSessionInput {
  teamId: string;
  sessionType: TeamSessionType;
  date: string;
  presentCount: number;
  reflectionIds?: string[];
  modelId?: string | null;
  stoodOut?: string;
  similaritiesAndDifferences?: string;
  insights?: string;
  agreementsMade?: string;
}

export interface TeamAgreementVersion {
  version: number;
  question: string;
  agreement: string;
  rationale: string;
  agreedOn: string;
  reviewOn: string | null;
  status: TeamAgreementStatus;
  changedBy: { userId: string; displayName: string } | null;
  changedAt: string;
}

export interface TeamAgreement extends TeamAgreementVersion {
  id: string;
  teamId: string;
  createdAt: string;
  /** Every earlier version, newest first (the current one is the agreement itself). */
  history: TeamAgreementVersion[];
}

export interface TeamAgreementInput {
  teamId: string;
  question: string;
  agreement: string;
  rationale?: string;
  agreedOn: string;
  reviewOn?: string | null;
  status?: TeamAgreementStatus;
}

export interface CheckInSchedule {
  teamId: string;
  cadence: CheckInCadence;
  /** The running period and whether the asking member answered it. */
  currentPeriod: { key: string; from: string; to: string };
  hasAnsweredCurrent: boolean;
}

export type CheckInAnswers = Record<CheckInQuestion, string>;

export interface CheckIn {
  id: string;
  teamId: string;
  periodKey: string;
  author: { userId: string; displayName: string };
  isOwn: boolean;
  answers: CheckInAnswers;
  /** The improvement actions answers became, per question. */
  actions: { question: CheckInQuestion; actionId: string }[];
  createdAt: string;
  updatedAt: string;
}
