/**
 * Learning with clients and other organisations (issue 16): what was asked of clients (a client
 * council, a survey, conversations), what was learned from or with another organisation, and what
 * came of it. Per team, or for the organisation as a whole.
 */
export const LEARNING_RECORD_KINDS = [
  'client-council',
  'client-survey',
  'client-conversations',
  'client-other',
  'organisation-exchange',
] as const;
export type LearningRecordKind = (typeof LEARNING_RECORD_KINDS)[number];

/** Whether a kind is about clients (the rest: learning with other organisations). */
export function isClientLearning(kind: LearningRecordKind): boolean {
  return kind !== 'organisation-exchange';
}

export const LEARNING_RECORD_LIMITS = { text: 4000, counterpart: 200 } as const;

export interface LearningRecordInput {
  /** The team it belongs to; null (or absent) for the organisation as a whole. */
  teamId?: string | null;
  kind: LearningRecordKind;
  date: string;
  /** Who was asked or learned with, without names of people: "de cliëntenraad", "Stichting X". */
  counterpart?: string;
  /** What was asked, or the topic of the exchange. */
  asked: string;
  /** What was learned. */
  learned: string;
  /** What came of it: what changed, or what is planned. */
  outcome?: string;
}

export interface LearningRecord {
  id: string;
  teamId: string | null;
  kind: LearningRecordKind;
  date: string;
  counterpart: string;
  asked: string;
  learned: string;
  outcome: string;
  recordedBy: { userId: string; displayName: string } | null;
  createdAt: string;
  updatedAt: string;
}
