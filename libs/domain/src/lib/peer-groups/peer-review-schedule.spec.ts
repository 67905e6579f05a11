import fc from 'fast-check';

import { DomainRuleViolation } from '../errors/domain-rule-violation';
import { peerReviewSchedule, reviewersOf, type PeerReviewPair } from './peer-review-schedule';

const pairsOf = (schedule: PeerReviewPair[]) =>
  schedule.map(({ reviewerId, reviewedId }) => `${reviewerId}→${reviewedId}`);

/** Distinct member ids, in join order. */
const membersArb = (minLength: number, maxLength = 12) =>
  fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength, maxLength });
const cycleArb = fc.integer({ min: 0, max: 1_000 });

describe('peerReviewSchedule', () => {
  it.each<[string, string[], number, string[]]>([
    ['nobody', [], 0, []],
    ['a single member', ['a'], 0, []],
    ['two members, who review each other', ['a', 'b'], 0, ['a→b', 'b→a']],
    ['two members in a later cycle, still each other', ['a', 'b'], 5, ['a→b', 'b→a']],
    ['three members, each the next in join order', ['a', 'b', 'c'], 0, ['a→b', 'b→c', 'c→a']],
    ['three members, second cycle: two places on', ['a', 'b', 'c'], 1, ['a→c', 'b→a', 'c→b']],
    ['three members, third cycle: back to the first', ['a', 'b', 'c'], 2, ['a→b', 'b→c', 'c→a']],
    [
      'four members, second cycle: reciprocal pairs',
      ['a', 'b', 'c', 'd'],
      1,
      ['a→c', 'b→d', 'c→a', 'd→b'],
    ],
  ])('schedules %s', (_case, members, cycle, expected) => {
    expect(pairsOf(peerReviewSchedule(members, cycle))).toEqual(expected);
  });

  it('refuses an organisation listed twice', () => {
    expect(() => peerReviewSchedule(['a', 'b', 'a'])).toThrow(
      new DomainRuleViolation('duplicate-peer-group-member'),
    );
  });

  it.each([-1, 1.5, Number.NaN])('refuses cycle %p', (cycle) => {
    expect(() => peerReviewSchedule(['a', 'b'], cycle)).toThrow(RangeError);
  });

  it('never lets a member review itself', () => {
    fc.assert(
      fc.property(membersArb(0), cycleArb, (members, cycle) => {
        expect(
          peerReviewSchedule(members, cycle).every((pair) => pair.reviewerId !== pair.reviewedId),
        ).toBe(true);
      }),
    );
  });

  it('with two or more members, has every member review once and be reviewed once', () => {
    fc.assert(
      fc.property(membersArb(2), cycleArb, (members, cycle) => {
        const schedule = peerReviewSchedule(members, cycle);
        const sorted = [...members].sort();
        expect(schedule.map((pair) => pair.reviewerId)).toEqual(members);
        expect(schedule.map((pair) => pair.reviewedId).sort()).toEqual(sorted);
      }),
    );
  });

  it('only pairs members of the group', () => {
    fc.assert(
      fc.property(membersArb(0), cycleArb, (members, cycle) => {
        const ids = new Set(members);
        for (const pair of peerReviewSchedule(members, cycle)) {
          expect(ids.has(pair.reviewerId) && ids.has(pair.reviewedId)).toBe(true);
        }
      }),
    );
  });

  it('makes the pairs of a two-member group reciprocal in every cycle', () => {
    fc.assert(
      fc.property(membersArb(2, 2), cycleArb, ([first, second], cycle) => {
        expect(peerReviewSchedule([first, second], cycle)).toEqual([
          { reviewerId: first, reviewedId: second },
          { reviewerId: second, reviewedId: first },
        ]);
      }),
    );
  });

  it('over n − 1 consecutive cycles pairs every member with every other exactly once', () => {
    fc.assert(
      fc.property(membersArb(2, 9), cycleArb, (members, start) => {
        const seen = Array.from({ length: members.length - 1 }, (_, i) =>
          pairsOf(peerReviewSchedule(members, start + i)),
        ).flat();
        const expected = members.flatMap((a) =>
          members.filter((b) => b !== a).map((b) => `${a}→${b}`),
        );
        expect(seen.sort()).toEqual(expected.sort());
      }),
    );
  });

  it('gives the same pairs whichever member is listed first, and leaves the list alone', () => {
    fc.assert(
      fc.property(membersArb(1), cycleArb, fc.nat(), (members, cycle, shift) => {
        const copy = [...members];
        const start = shift % members.length;
        const rotated = [...members.slice(start), ...members.slice(0, start)];
        expect(pairsOf(peerReviewSchedule(rotated, cycle)).sort()).toEqual(
          pairsOf(peerReviewSchedule(members, cycle)).sort(),
        );
        expect(members).toEqual(copy);
      }),
    );
  });
});

describe('reviewersOf', () => {
  it('finds the pairs in which a member is reviewed', () => {
    const schedule = peerReviewSchedule(['a', 'b', 'c']);
    expect(reviewersOf(schedule, 'a')).toEqual([{ reviewerId: 'c', reviewedId: 'a' }]);
    expect(reviewersOf(schedule, 'z')).toEqual([]);
  });

  it('gives each member of a group of two or more exactly one reviewer', () => {
    fc.assert(
      fc.property(membersArb(2), cycleArb, (members, cycle) => {
        const schedule = peerReviewSchedule(members, cycle);
        for (const member of members) {
          expect(reviewersOf(schedule, member)).toHaveLength(1);
        }
      }),
    );
  });
});
