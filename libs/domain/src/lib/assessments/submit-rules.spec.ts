import fc from 'fast-check';

import { criterion, rubric } from '../readiness/readiness.fixtures';
import { computeRoundProgress } from './round-progress';
import { checkSubmit, type ResponseForSubmit } from './submit-rules';

const sample = rubric([
  {
    code: 'OPD',
    criteria: [criterion('OPD-01'), criterion('OPD-02', { allowNotApplicable: true })],
  },
  { code: 'VAK', criteria: [criterion('VAK-01'), criterion('VAK-02')] },
]);
const CODES = ['OPD-01', 'OPD-02', 'VAK-01', 'VAK-02'];

const response = (
  criterionCode: string,
  overrides: Partial<ResponseForSubmit> = {},
): ResponseForSubmit => ({
  criterionCode,
  level: 2,
  notApplicable: false,
  isCarriedOver: false,
  ...overrides,
});

describe('checkSubmit', () => {
  it('allows submitting when every criterion is scored or not applicable', () => {
    const all = [
      response('OPD-01'),
      response('OPD-02', { level: null, notApplicable: true }),
      response('VAK-01', { level: 1 }),
      response('VAK-02', { level: 4 }),
    ];
    expect(checkSubmit(sample, all)).toEqual({
      canSubmit: true,
      missing: [],
      unconfirmed: [],
      signOffMissing: false,
    });
  });

  it('lists what is missing and what is unconfirmed, in rubric order', () => {
    const some = [
      response('VAK-02', { level: null }),
      response('OPD-02', { isCarriedOver: true }),
      response('OPD-01', { level: 9 }),
    ];
    expect(checkSubmit(sample, some)).toEqual({
      canSubmit: false,
      missing: ['OPD-01', 'VAK-01', 'VAK-02'],
      unconfirmed: ['OPD-02'],
      signOffMissing: false,
    });
  });

  it('asks for the vaststelling only where the organisation requires it', () => {
    const all = sample.domains.flatMap((domain) =>
      domain.criteria.map((criterion) => response(criterion.code, { level: 1 })),
    );
    const required = { required: true, signedOff: false };
    expect(checkSubmit(sample, all, required)).toMatchObject({
      canSubmit: false,
      signOffMissing: true,
    });
    expect(checkSubmit(sample, all, { required: true, signedOff: true }).canSubmit).toBe(true);
    expect(checkSubmit(sample, all, { required: false, signedOff: false }).canSubmit).toBe(true);
  });

  it.each([
    ['no response at all', undefined],
    ['no level', response('VAK-01', { level: null })],
    ['a level off the scale', response('VAK-01', { level: 0 })],
    [
      'not applicable where the rubric forbids it',
      response('VAK-01', { level: null, notApplicable: true }),
    ],
  ])('counts %s as missing', (_case, given) => {
    const others = CODES.filter((code) => code !== 'VAK-01').map((code) => response(code));
    expect(checkSubmit(sample, given ? [...others, given] : others).missing).toEqual(['VAK-01']);
  });

  it('never allows a submit while something is missing, and always once nothing is', () => {
    const answerArb = fc.record({
      level: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
      notApplicable: fc.boolean(),
      isCarriedOver: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(fc.option(answerArb, { nil: undefined }), { minLength: 4, maxLength: 4 }),
        (answers) => {
          const given = answers.flatMap((answer, index) =>
            answer ? [{ criterionCode: CODES[index] ?? '', ...answer }] : [],
          );
          const check = checkSubmit(sample, given);
          const progress = computeRoundProgress(
            sample,
            given.map((g) => ({ ...g, state: 'draft' as const })),
          );
          expect(check.canSubmit).toBe(
            check.missing.length === 0 && check.unconfirmed.length === 0,
          );
          expect(check.missing.length).toBe(progress.total - progress.answered);
        },
      ),
    );
  });
});

describe('computeRoundProgress', () => {
  it('counts answered, ready and carried-over criteria overall and per domain', () => {
    expect(
      computeRoundProgress(sample, [
        { ...response('OPD-01'), state: 'ready-for-review' },
        {
          ...response('OPD-02', { level: null, notApplicable: true, isCarriedOver: true }),
          state: 'draft',
        },
        { ...response('VAK-01', { level: null }), state: 'draft' },
        { ...response('OLD-99'), state: 'ready-for-review' },
      ]),
    ).toEqual({
      total: 4,
      answered: 2,
      readyForReview: 1,
      carriedOver: 1,
      domains: [
        { code: 'OPD', total: 2, answered: 2 },
        { code: 'VAK', total: 2, answered: 0 },
      ],
    });
  });
});
