import type { DomainRuleViolation } from '../errors/domain-rule-violation';
import {
  assertMayRemovePeerGroupMember,
  assertNotPeerGroupMember,
  assertPeerGroupCreator,
  assertRoundAwaitingReview,
  isPeerGroupCreator,
  scheduledReviewersOf,
} from './peer-group-rules';
import { peerReviewSchedule } from './peer-review-schedule';

const violation = (fields: Partial<DomainRuleViolation>) =>
  expect.objectContaining(fields) as DomainRuleViolation;

const group = { creatorOrganisationId: 'org-a' };

describe('the creator of a toetsingsgroep', () => {
  it.each<[string | null, string, boolean]>([
    ['org-a', 'org-a', true],
    ['org-a', 'org-b', false],
    [null, 'org-a', false],
  ])('created by %p, asked by %s: %s', (creatorOrganisationId, organisationId, expected) => {
    expect(isPeerGroupCreator({ creatorOrganisationId }, organisationId)).toBe(expected);
  });

  it('alone manages the group (403 for others)', () => {
    expect(() => assertPeerGroupCreator(group, 'org-a')).not.toThrow();
    expect(() => assertPeerGroupCreator(group, 'org-b')).toThrow(
      violation({ code: 'not-peer-group-creator', kind: 'not-permitted' }),
    );
  });

  it.each<[string, string, boolean]>([
    ['the creator removes another member', 'org-a', true],
    ['a member leaves on its own', 'org-b', true],
    ['a member removes another', 'org-c', false],
  ])('%s (the member is org-b): %s', (_case, organisationId, allowed) => {
    const remove = () =>
      assertMayRemovePeerGroupMember(group, { organisationId: 'org-b' }, organisationId);
    if (allowed) {
      expect(remove).not.toThrow();
    } else {
      expect(remove).toThrow(violation({ code: 'not-peer-group-creator' }));
    }
  });
});

describe('joining and scheduling', () => {
  it('lets an organisation join once (409 the second time)', () => {
    const members = [{ organisationId: 'org-a' }, { organisationId: 'org-b' }];
    expect(() => assertNotPeerGroupMember(members, 'org-c')).not.toThrow();
    expect(() => assertNotPeerGroupMember(members, 'org-b')).toThrow(
      violation({ code: 'already-peer-group-member', kind: 'conflict' }),
    );
  });

  it('finds the reviewers of a member, and none in a group of one (409)', () => {
    const schedule = peerReviewSchedule(['org-a', 'org-b', 'org-c']);
    expect(scheduledReviewersOf(schedule, 'org-b')).toEqual([
      { reviewerId: 'org-a', reviewedId: 'org-b' },
    ]);
    expect(() => scheduledReviewersOf(peerReviewSchedule(['org-a']), 'org-a')).toThrow(
      violation({ code: 'peer-group-has-no-schedule', kind: 'conflict' }),
    );
  });

  it('needs a round awaiting review (409 without one)', () => {
    expect(assertRoundAwaitingReview({ id: 'r1' })).toEqual({ id: 'r1' });
    expect(() => assertRoundAwaitingReview(undefined)).toThrow(
      violation({ code: 'no-round-awaiting-review', kind: 'conflict' }),
    );
  });
});
