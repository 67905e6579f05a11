import { DomainRuleViolation } from '../errors/domain-rule-violation';
import type { ActorKind } from '../permissions/permissions';
import {
  assertCommentBody,
  assertMayRemoveComment,
  assertMentions,
  canReadComments,
  canRemoveComment,
  canWriteComment,
  COMMENT_MAX_LENGTH,
  COMMENT_MAX_MENTIONS,
  COMMENT_REMOVE_MINUTES,
  mentionRecipients,
} from './comment-rules';

function violation(run: () => unknown): DomainRuleViolation {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainRuleViolation) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a DomainRuleViolation');
}

describe('comment rules', () => {
  it.each<[ActorKind | null, boolean]>([
    ['quality-officer', true],
    ['contributor', true],
    ['manager', true],
    ['reviewer', false],
    ['platform-admin', false],
    [null, false],
  ])('lets %s read and write the thread: %s', (actor, allowed) => {
    expect(canReadComments(actor)).toBe(allowed);
    expect(canWriteComment(actor)).toBe(allowed);
  });

  it.each([
    ['  Wie pakt dit op?  ', 'Wie pakt dit op?'],
    ['a', 'a'],
    ['x'.repeat(COMMENT_MAX_LENGTH), 'x'.repeat(COMMENT_MAX_LENGTH)],
    [` ${'x'.repeat(COMMENT_MAX_LENGTH)}\n`, 'x'.repeat(COMMENT_MAX_LENGTH)],
  ])('keeps the text %j without surrounding space', (body, stored) => {
    expect(assertCommentBody(body)).toBe(stored);
  });

  it.each([
    ['', 'comment-empty'],
    [' \n\t ', 'comment-empty'],
    ['x'.repeat(COMMENT_MAX_LENGTH + 1), 'comment-too-long'],
  ])('refuses the text %j with %s', (body, code) => {
    expect(violation(() => assertCommentBody(body)).code).toBe(code);
  });

  const members = new Set(['m-1', 'm-2', 'm-3']);

  it('keeps each mention once, in the order given', () => {
    expect(assertMentions(['m-2', 'm-1', 'm-2'], members)).toEqual(['m-2', 'm-1']);
    expect(assertMentions([], members)).toEqual([]);
  });

  it('refuses mentions of people outside the organisation, naming them', () => {
    const refused = violation(() => assertMentions(['m-1', 'x-9', 'x-8'], members));
    expect(refused.code).toBe('unknown-member');
    expect(refused.extensions).toEqual({ unknown: ['x-9', 'x-8'] });
  });

  it('refuses more mentions than a comment may have', () => {
    const many = Array.from({ length: COMMENT_MAX_MENTIONS + 1 }, (_, i) => `m-${i}`);
    expect(violation(() => assertMentions(many, new Set(many))).code).toBe('too-many-mentions');
    expect(assertMentions(many.slice(1), new Set(many))).toHaveLength(COMMENT_MAX_MENTIONS);
  });

  it.each([
    [['m-1', 'm-2'], 'm-1', ['m-2']],
    [['m-1', 'm-2'], null, ['m-1', 'm-2']],
    [['m-1'], 'm-1', []],
  ])('tells %j but the author %s: %j', (mentions, author, recipients) => {
    expect(mentionRecipients(mentions, author)).toEqual(recipients);
  });

  const posted = {
    author: { userId: 'u-1', displayName: 'Jan' },
    createdAt: '2026-12-06T10:00:00.000Z',
  };
  const after = (minutes: number) => new Date(Date.parse(posted.createdAt) + minutes * 60_000);

  it.each([
    ['u-1', 0, true],
    ['u-1', COMMENT_REMOVE_MINUTES, true],
    ['u-1', COMMENT_REMOVE_MINUTES + 0.01, false],
    ['u-2', 1, false],
  ])('lets %s remove the comment %d minutes after posting: %s', (userId, minutes, allowed) => {
    expect(canRemoveComment(posted, userId, after(minutes))).toBe(allowed);
  });

  it('says why a removal is refused', () => {
    expect(violation(() => assertMayRemoveComment(posted, 'u-2', after(1)))).toMatchObject({
      code: 'comment-not-yours',
      kind: 'not-permitted',
    });
    expect(violation(() => assertMayRemoveComment(posted, 'u-1', after(60)))).toMatchObject({
      code: 'comment-remove-too-late',
      kind: 'conflict',
    });
    expect(canRemoveComment({ ...posted, author: null }, 'u-1', after(1))).toBe(false);
  });
});
