/** The audit trail of a round: append-only, shared by the API and the web app. */
import type { UserRef } from '../assessments/round.types';
import type { JsonValue } from '../common/canonical-json';

export const ROUND_EVENT_SUBJECTS = [
  'round',
  'response',
  'evidence-link',
  'action',
  // Intercollegiale toetsing: review invitations (subjectId: the invitation) and reviews.
  'review',
  // Overleg on a criterion (subjectId: the comment); the text stays in the thread.
  'comment',
] as const;
export type RoundEventSubject = (typeof ROUND_EVENT_SUBJECTS)[number];

export const ROUND_EVENT_TYPES = [
  'round.created',
  'round.updated',
  'round.submitted',
  'round.withdrawn',
  'round.signed-off',
  'round.sign-off-withdrawn',
  'response.carried-over',
  'response.updated',
  'response.owner-changed',
  'response.confirmed',
  'response.accepted',
  'response.sent-back',
  'round.upgraded',
  'response.removed',
  'evidence.linked',
  'evidence.unlinked',
  // A new revision of linked evidence: a draft round's link follows it.
  'evidence.revised',
  'action.created',
  'action.updated',
  'review-invitation.created',
  'review-invitation.revoked',
  'review-invitation.accepted',
  'review.finding-saved',
  'review.overall-saved',
  'review.submitted',
  'leerrapport.issued',
  'finding.responded',
  'finding.action-created',
  'leerrapport.finalised',
  'comment.added',
  'comment.removed',
] as const;
export type RoundEventType = (typeof ROUND_EVENT_TYPES)[number];

export type EventSnapshot = Record<string, JsonValue>;

/** Who did what, when, to which part of the round, with the state before and after. */
export interface RoundEvent {
  id: string;
  sequence: number;
  roundId: string;
  criterionCode: string | null;
  subject: RoundEventSubject;
  subjectId: string | null;
  type: RoundEventType;
  actor: UserRef | null;
  occurredAt: string;
  before: EventSnapshot | null;
  after: EventSnapshot | null;
}
