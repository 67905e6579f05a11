import type { DomainRuleViolation } from '../errors/domain-rule-violation';
import type { RubricStatus } from '../rubric/rubric.types';
import {
  assertCarryOverSource,
  assertRoundOpen,
  assertRoundReviewable,
  assertRoundWithdrawable,
  assertSecondOpenRoundConfirmed,
  assertStartableRubric,
  assertSubmittable,
  isRoundListed,
  isRoundOpen,
  isRoundReviewable,
  submittedContentOf,
} from './round-rules';
import type { RoundStatus } from './round.types';

const violation = (fields: Partial<DomainRuleViolation>) =>
  expect.objectContaining(fields) as DomainRuleViolation;

describe('round states', () => {
  it.each<[RoundStatus, boolean, boolean]>([
    ['draft', true, false],
    ['submitted', false, true],
    ['reviewed', false, false],
    ['withdrawn', false, false],
  ])('a %s round is open: %s, reviewable: %s', (status, open, reviewable) => {
    expect(isRoundOpen(status)).toBe(open);
    expect(isRoundReviewable(status)).toBe(reviewable);
  });

  it.each<RoundStatus>(['submitted', 'reviewed'])(
    'refuses changes to a %s round (409)',
    (status) => {
      expect(() => assertRoundOpen(status)).toThrow(
        violation({ code: 'round-submitted', kind: 'conflict' }),
      );
    },
  );

  it.each<RoundStatus>(['draft', 'reviewed'])(
    'refuses reviewers for a %s round (409)',
    (status) => {
      expect(() => assertRoundReviewable(status)).toThrow(
        violation({ code: 'round-not-reviewable', kind: 'conflict' }),
      );
    },
  );

  it('lets an open round change and a submitted one be reviewed', () => {
    expect(() => assertRoundOpen('draft')).not.toThrow();
    expect(() => assertRoundReviewable('submitted')).not.toThrow();
  });
});

describe('submittedContentOf', () => {
  it('gives the text the hash was taken of', () => {
    expect(submittedContentOf({ submittedContent: '{"format":1}' })).toBe('{"format":1}');
  });

  it('refuses a round that has none yet (409)', () => {
    expect(() => submittedContentOf({ submittedContent: null })).toThrow(
      violation({ code: 'round-not-submitted', kind: 'conflict' }),
    );
  });
});

describe('assertSubmittable', () => {
  it('passes a complete round', () => {
    expect(() =>
      assertSubmittable({ canSubmit: true, missing: [], unconfirmed: [], signOffMissing: false }),
    ).not.toThrow();
  });

  it('names what is missing and unconfirmed, in the message and the body (422)', () => {
    expect(() =>
      assertSubmittable({
        canSubmit: false,
        missing: ['OPD-01'],
        unconfirmed: ['VAK-02'],
        signOffMissing: true,
      }),
    ).toThrow(
      violation({
        code: 'round-incomplete',
        kind: 'invalid',
        details: { missing: ['OPD-01'], unconfirmed: ['VAK-02'] },
        extensions: { missing: ['OPD-01'], unconfirmed: ['VAK-02'], signOffMissing: true },
      }),
    );
  });

  it('says "vastgesteld ontbreekt" when only the required sign-off is missing (422)', () => {
    expect(() =>
      assertSubmittable({ canSubmit: false, missing: [], unconfirmed: [], signOffMissing: true }),
    ).toThrow(
      violation({
        code: 'sign-off-missing',
        kind: 'invalid',
        extensions: { missing: [], unconfirmed: [], signOffMissing: true },
      }),
    );
  });
});

describe('starting a round', () => {
  const ref = { rubricId: 'sterk-sociaal-werk', version: '1.0.0' };

  it.each<[string, { status: RubricStatus } | null]>([
    ['an unknown version', null],
    ['a draft', { status: 'draft' }],
  ])('refuses %s (422)', (_case, rubric) => {
    expect(() => assertStartableRubric(rubric, ref)).toThrow(
      violation({ code: 'rubric-not-published', kind: 'invalid', details: ref }),
    );
  });

  it('refuses a retired version, saying it is retired (422)', () => {
    expect(() => assertStartableRubric({ status: 'retired' }, ref)).toThrow(
      violation({ code: 'rubric-retired', kind: 'invalid', details: ref }),
    );
  });

  it('accepts a published version', () => {
    const published = { status: 'published' as const, id: 'x' };
    expect(assertStartableRubric(published, ref)).toBe(published);
  });

  it('carries over only from a submitted round (422 without one)', () => {
    expect(assertCarryOverSource({ id: 'r1' })).toEqual({ id: 'r1' });
    expect(() => assertCarryOverSource(null)).toThrow(
      violation({ code: 'no-submitted-round', kind: 'invalid' }),
    );
  });
});

describe('withdrawing a round', () => {
  it.each<[RoundStatus, boolean]>([
    ['draft', true],
    ['submitted', true],
    ['reviewed', true],
    ['withdrawn', false],
  ])('a %s round is listed: %s', (status, listed) => {
    expect(isRoundListed(status)).toBe(listed);
  });

  it('withdraws a draft round', () => {
    expect(() => assertRoundWithdrawable('draft')).not.toThrow();
  });

  it.each<[RoundStatus, string]>([
    ['submitted', 'round-submitted'],
    ['reviewed', 'round-submitted'],
    ['withdrawn', 'round-withdrawn'],
  ])('refuses to withdraw a %s round (409 %s)', (status, code) => {
    expect(() => assertRoundWithdrawable(status)).toThrow(violation({ code, kind: 'conflict' }));
  });

  it('refuses any change to a withdrawn round, naming it withdrawn', () => {
    expect(() => assertRoundOpen('withdrawn')).toThrow(violation({ code: 'round-withdrawn' }));
  });
});

describe('a second open round on one rubric', () => {
  const open = [{ id: 'r1', title: 'Zelfevaluatie 2027' }];

  it.each<[{ id: string; title: string }[], boolean]>([
    [[], false],
    [[], true],
    [open, true],
  ])('starts with open rounds %j and confirmation %s', (rounds, confirmed) => {
    expect(() => assertSecondOpenRoundConfirmed(rounds, confirmed)).not.toThrow();
  });

  it('asks for confirmation (409) and names the open rounds', () => {
    expect(() => assertSecondOpenRoundConfirmed(open, false)).toThrow(
      violation({
        code: 'second-open-round',
        kind: 'conflict',
        details: { titles: 'Zelfevaluatie 2027' },
        extensions: { openRounds: open },
      }),
    );
  });
});
