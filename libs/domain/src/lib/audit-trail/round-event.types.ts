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
] as const;
export type RoundEventSubject = (typeof ROUND_EVENT_SUBJECTS)[number];

export const ROUND_EVENT_TYPES = [
  'round.created',
  'round.updated',
  'round.submitted',
  'round.withdrawn',
  'response.carried-over',
  'response.updated',
  'response.owner-changed',
  'response.confirmed',
  'round.upgraded',
  'response.removed',
  'evidence.linked',
  'evidence.unlinked',
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
