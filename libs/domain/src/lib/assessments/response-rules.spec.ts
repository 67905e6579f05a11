import fc from 'fast-check';

import { criterion } from '../readiness/readiness.fixtures';
import { isAnswered, normaliseResponse } from './response-rules';
import type { ResponseInput } from './round.types';

const scored: ResponseInput = {
  level: 2,
  targetLevel: 3,
  rationale: '  Teams bespreken de opdracht.  ',
  notApplicable: false,
  notApplicableReason: 'vergeten veld',
  state: 'draft',
};
const waived: ResponseInput = {
  level: 2,
  targetLevel: 4,
  rationale: '',
  notApplicable: true,
  notApplicableReason: ' Wij hebben geen vrijwilligers. ',
  state: 'ready-for-review',
};
const mandatory = criterion('VAK-01');
const waivable = criterion('OPD-05', { allowNotApplicable: true });

describe('normaliseResponse', () => {
  it('keeps a scored answer, trims the rationale and drops a stray reason', () => {
    expect(normaliseResponse(mandatory, scored)).toEqual({
      ...scored,
      rationale: 'Teams bespreken de opdracht.',
      notApplicableReason: null,
    });
  });

  it('drops the levels of a not-applicable answer and trims its reason', () => {
    expect(normaliseResponse(waivable, waived)).toEqual({
      ...waived,
      level: null,
      targetLevel: null,
      notApplicableReason: 'Wij hebben geen vrijwilligers.',
    });
  });

  it.each<[string, ResponseInput, string]>([
    ['a level above the scale', { ...scored, level: 5 }, 'level-outside-scale'],
    ['a level below the scale', { ...scored, level: 0 }, 'level-outside-scale'],
    ['a fractional level', { ...scored, level: 2.5 }, 'level-outside-scale'],
    ['a target level off the scale', { ...scored, targetLevel: 9 }, 'level-outside-scale'],
    [
      'ready for review without a level',
      { ...scored, level: null, state: 'ready-for-review' },
      'response-not-answered',
    ],
  ])('refuses %s', (_case, input, code) => {
    expect(() => normaliseResponse(mandatory, input)).toThrow(expect.objectContaining({ code }));
  });

  it('refuses not applicable where the rubric does not allow it', () => {
    expect(() => normaliseResponse(mandatory, waived)).toThrow(
      expect.objectContaining({
        code: 'not-applicable-not-allowed',
        details: { criterionCode: 'VAK-01' },
      }),
    );
  });

  it.each([null, '', '   '])('refuses not applicable with the reason %p', (reason) => {
    expect(() => normaliseResponse(waivable, { ...waived, notApplicableReason: reason })).toThrow(
      expect.objectContaining({ code: 'not-applicable-reason-required' }),
    );
  });

  it('names the scale bounds when a level is off the scale', () => {
    expect(() => normaliseResponse(mandatory, { ...scored, level: 7 })).toThrow(
      expect.objectContaining({
        details: { criterionCode: 'VAK-01', field: 'level', min: 1, max: 4 },
      }),
    );
  });

  it('accepts every level on the scale and answers with it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
        (level, targetLevel) => {
          const result = normaliseResponse(mandatory, { ...scored, level, targetLevel });
          expect(result.level).toBe(level);
          expect(isAnswered(mandatory, result)).toBe(true);
        },
      ),
    );
  });
});

describe('isAnswered', () => {
  it.each([
    [mandatory, { level: 3, notApplicable: false }, true],
    [mandatory, { level: null, notApplicable: false }, false],
    [mandatory, { level: 7, notApplicable: false }, false],
    [mandatory, { level: null, notApplicable: true }, false],
    [waivable, { level: null, notApplicable: true }, true],
  ])('%#: %p', (given, response, expected) => {
    expect(isAnswered(given, response)).toBe(expected);
  });
});
