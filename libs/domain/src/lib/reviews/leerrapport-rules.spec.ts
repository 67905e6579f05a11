import fc from 'fast-check';

import type { DomainRuleViolation } from '../errors/domain-rule-violation';
import {
  assertActionRound,
  assertFindingWithoutAction,
  assertHearingOpen,
  assertHearingStarted,
  assertLeerrapportFinalisable,
  assertLeerrapportNotIssued,
  assertMayIssueLeerrapport,
  canIssueLeerrapport,
  pendingReviews,
  type IssuedLeerrapport,
  type ReviewInProgress,
} from './leerrapport-rules';
import { REVIEW_ACCESS, REVIEW_STATUSES, type ReviewStatus } from './review.types';

const violation = (fields: Partial<DomainRuleViolation>) =>
  expect.objectContaining(fields) as DomainRuleViolation;

const review = (overrides: Partial<ReviewInProgress> = {}): ReviewInProgress => ({
  lead: false,
  status: 'draft',
  access: 'active',
  reviewerName: 'Bo',
  reviewerOrganisationName: 'Buurtkracht',
  ...overrides,
});

describe('canIssueLeerrapport', () => {
  it.each<[boolean, ReviewStatus, boolean]>([
    [true, 'submitted', true],
    [true, 'draft', false],
    [false, 'submitted', false],
    [false, 'draft', false],
  ])('lead %s with their review %s: %s', (lead, status, expected) => {
    expect(canIssueLeerrapport({ lead, status })).toBe(expected);
  });
});

describe('assertMayIssueLeerrapport', () => {
  const lead = { lead: true, status: 'submitted' as const };

  it('refuses anyone but the lead reviewer first (403)', () => {
    expect(() => assertMayIssueLeerrapport({ lead: false, status: 'draft' }, [review()])).toThrow(
      violation({ code: 'not-lead-reviewer', kind: 'not-permitted' }),
    );
  });

  it('waits for the lead’s own review (409)', () => {
    expect(() => assertMayIssueLeerrapport({ lead: true, status: 'draft' }, [])).toThrow(
      violation({ code: 'review-not-submitted', kind: 'conflict' }),
    );
  });

  it('names the reviewers still writing (409)', () => {
    const reviews = [
      review({ lead: true, status: 'submitted' }),
      review({ reviewerName: 'Ali', reviewerOrganisationName: 'Wijkwerk' }),
      review({ reviewerName: 'Cas', access: 'expired' }),
      review({ reviewerName: 'Dee', access: 'revoked' }),
      review({ reviewerName: 'Eva', status: 'submitted' }),
    ];
    expect(() => assertMayIssueLeerrapport(lead, reviews)).toThrow(
      violation({
        code: 'reviews-pending',
        kind: 'conflict',
        details: { reviewers: 'Ali (Wijkwerk)' },
      }),
    );
  });

  it('is refused exactly while some draft with active access remains', () => {
    const arbitraryReview = fc.record({
      lead: fc.boolean(),
      status: fc.constantFrom(...REVIEW_STATUSES),
      access: fc.constantFrom(...REVIEW_ACCESS),
      reviewerName: fc.constantFrom('Ali', 'Bo'),
      reviewerOrganisationName: fc.constant('Wijkwerk'),
    });
    fc.assert(
      fc.property(fc.array(arbitraryReview, { maxLength: 6 }), (reviews) => {
        const pending = pendingReviews(reviews);
        expect(pending.every((r) => r.status === 'draft' && r.access === 'active')).toBe(true);
        const issue = () => assertMayIssueLeerrapport(lead, reviews);
        if (pending.length > 0) {
          expect(issue).toThrow(violation({ code: 'reviews-pending' }));
        } else {
          expect(issue).not.toThrow();
        }
      }),
    );
  });
});

describe('the leerrapport once issued', () => {
  const hearing: IssuedLeerrapport = { status: 'hearing', hearingEndsOn: '2026-03-15' };
  const final: IssuedLeerrapport = { status: 'final', hearingEndsOn: '2026-03-15' };

  it('is issued once (409 the second time)', () => {
    expect(() => assertLeerrapportNotIssued(null)).not.toThrow();
    expect(() => assertLeerrapportNotIssued(hearing)).toThrow(
      violation({ code: 'leerrapport-issued', kind: 'conflict' }),
    );
  });

  it.each<[string, IssuedLeerrapport | null, string]>([
    ['before it is issued', null, 'leerrapport-not-issued'],
    ['once it is final', final, 'leerrapport-final'],
  ])('cannot be finalised %s (409)', (_case, issued, code) => {
    expect(() => assertLeerrapportFinalisable(issued)).toThrow(
      violation({ code, kind: 'conflict' }),
    );
  });

  it('is finalised while the hearing runs', () => {
    expect(assertLeerrapportFinalisable(hearing)).toBe(hearing);
  });

  it('has no hearing before it is issued (409)', () => {
    expect(assertHearingStarted(hearing)).toBe(hearing);
    expect(() => assertHearingStarted(null)).toThrow(
      violation({ code: 'hearing-not-started', kind: 'conflict' }),
    );
  });

  it.each<[string, IssuedLeerrapport | null, string, string | null]>([
    ['on its last day', hearing, '2026-03-15', null],
    ['the day after', hearing, '2026-03-16', '2026-03-15'],
    ['once final', final, '2026-03-01', '2026-03-15'],
    ['without a leerrapport', null, '2026-03-01', '—'],
  ])('takes responses %s: refused with %p', (_case, issued, today, endsOn) => {
    const respond = () => assertHearingOpen(issued, today);
    if (endsOn === null) {
      expect(respond).not.toThrow();
    } else {
      expect(respond).toThrow(
        violation({ code: 'hearing-closed', kind: 'conflict', details: { hearingEndsOn: endsOn } }),
      );
    }
  });
});

describe('actions from findings', () => {
  it('turns a finding into one action only, naming the one it has (409)', () => {
    expect(() => assertFindingWithoutAction({ actionId: null })).not.toThrow();
    expect(() => assertFindingWithoutAction({ actionId: 'a1' })).toThrow(
      violation({ code: 'finding-has-action', kind: 'conflict', extensions: { actionId: 'a1' } }),
    );
  });

  it('needs an open round to plan it in (409)', () => {
    expect(assertActionRound({ id: 'r2' })).toEqual({ id: 'r2' });
    expect(() => assertActionRound(null)).toThrow(
      violation({ code: 'no-open-round', kind: 'conflict' }),
    );
  });
});
