/**
 * Overleg on a criterion: a thread per response for the members working on the round. Comments
 * are internal (never in a dossier) and stay open after submission, so the team can keep talking
 * about what they learn while the round is reviewed.
 *
 * A mention is stored apart from the text as a membership id (`mentions`): the id survives a
 * rename, and checking it is one lookup among the organisation's members. The text keeps what
 * the author typed ("@Jan de Vries"); the thread shows the mentioned people by their name today.
 */
import type { MemberRef, UserRef } from '../assessments/round.types';
import { DomainRuleViolation } from '../errors/domain-rule-violation';
import { isAllowed, type ActorKind } from '../permissions/permissions';

export const COMMENT_MAX_LENGTH = 2000;
export const COMMENT_MAX_MENTIONS = 20;
/** A slip can be taken back shortly after posting; later the others may have read and acted on it. */
export const COMMENT_REMOVE_MINUTES = 15;

export interface CriterionComment {
  id: string;
  roundId: string;
  criterionCode: string;
  /**
   * Someone who left the organisation keeps their id and an empty name; null once their account
   * is gone.
   */
  author: UserRef | null;
  body: string;
  /** The members mentioned who are still members, by their current name. */
  mentions: MemberRef[];
  createdAt: string;
}

/** What the web sends: the text and the membership ids of the people it mentions. */
export interface NewCriterionComment {
  body: string;
  mentions?: string[];
}

/** Members of the organisation read and write the thread; reviewers and outsiders never see it. */
export function canReadComments(actor: ActorKind | null): boolean {
  return actor !== null && isAllowed(actor, 'comments.read');
}

export function canWriteComment(actor: ActorKind | null): boolean {
  return actor !== null && isAllowed(actor, 'comment.write');
}

/** The text as stored: without surrounding blank space, not empty, within the limit. */
export function assertCommentBody(body: string): string {
  const text = body.trim();
  if (text.length === 0) {
    throw new DomainRuleViolation('comment-empty');
  }
  if (text.length > COMMENT_MAX_LENGTH) {
    throw new DomainRuleViolation('comment-too-long', { max: COMMENT_MAX_LENGTH });
  }
  return text;
}

/**
 * The mentions as stored: each id once, in the order given, every one a member of the
 * organisation (`memberIds`); unknown ids are refused together, named in `unknown`.
 */
export function assertMentions(
  mentions: readonly string[],
  memberIds: ReadonlySet<string>,
): string[] {
  const unique = [...new Set(mentions)];
  if (unique.length > COMMENT_MAX_MENTIONS) {
    throw new DomainRuleViolation('too-many-mentions', { max: COMMENT_MAX_MENTIONS });
  }
  const unknown = unique.filter((id) => !memberIds.has(id));
  if (unknown.length > 0) {
    throw new DomainRuleViolation('unknown-member', undefined, { extensions: { unknown } });
  }
  return unique;
}

/** Who is told about a comment: everyone mentioned but the author. */
export function mentionRecipients(
  mentions: readonly string[],
  authorMembershipId: string | null,
): string[] {
  return mentions.filter((id) => id !== authorMembershipId);
}

/** The author may take their own comment back within COMMENT_REMOVE_MINUTES of posting it. */
export function canRemoveComment(
  comment: Pick<CriterionComment, 'author' | 'createdAt'>,
  userId: string,
  now: Date,
): boolean {
  const age = now.getTime() - new Date(comment.createdAt).getTime();
  return comment.author?.userId === userId && age <= COMMENT_REMOVE_MINUTES * 60_000;
}

export function assertMayRemoveComment(
  comment: Pick<CriterionComment, 'author' | 'createdAt'>,
  userId: string,
  now: Date,
): void {
  if (comment.author?.userId !== userId) {
    throw new DomainRuleViolation('comment-not-yours', undefined, { kind: 'not-permitted' });
  }
  if (!canRemoveComment(comment, userId, now)) {
    throw new DomainRuleViolation(
      'comment-remove-too-late',
      { minutes: COMMENT_REMOVE_MINUTES },
      { kind: 'conflict' },
    );
  }
}
