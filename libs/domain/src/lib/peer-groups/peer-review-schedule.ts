import { DomainRuleViolation } from '../errors/domain-rule-violation';

/** One line of a toetsingsgroep's schedule: this member reviews that one. */
export interface PeerReviewPair {
  reviewerId: string;
  reviewedId: string;
}

/**
 * Who reviews whom in one cycle of a toetsingsgroep, from the members in the order they joined.
 *
 * A round-robin: in cycle `c` every member reviews the member `1 + (c mod (n − 1))` places after
 * it in join order, wrapping round. So nobody reviews itself, every member reviews exactly one
 * other and is reviewed by exactly one other, two members review each other (reciprocal pairs),
 * and over n − 1 consecutive cycles every member reviews every other member exactly once. A group
 * of fewer than two has no schedule. Pairs come in join order of the reviewer.
 */
export function peerReviewSchedule(memberIds: readonly string[], cycle = 0): PeerReviewPair[] {
  if (!Number.isInteger(cycle) || cycle < 0) {
    throw new RangeError(`cycle must be a non-negative integer, got ${cycle}`);
  }
  if (new Set(memberIds).size !== memberIds.length) {
    throw new DomainRuleViolation('duplicate-peer-group-member');
  }
  const count = memberIds.length;
  if (count < 2) {
    return [];
  }
  const offset = 1 + (cycle % (count - 1));
  return memberIds.map((reviewerId, index) => ({
    reviewerId,
    reviewedId: memberIds[(index + offset) % count],
  }));
}

/** The pairs of a schedule in which this member is the one reviewed. */
export function reviewersOf(
  schedule: readonly PeerReviewPair[],
  memberId: string,
): PeerReviewPair[] {
  return schedule.filter((pair) => pair.reviewedId === memberId);
}
