import fc from 'fast-check';

import { criterion, rubric } from '../readiness/readiness.fixtures';
import type { RubricVersion } from '../rubric/rubric.types';
import {
  carryOverOwners,
  carryOverSources,
  planCarryOver,
  type PreviousAnswer,
} from './carry-over';
import { isLevelOnScale } from './response-rules';

const v1 = rubric([
  {
    code: 'OPD',
    criteria: [
      criterion('OPD-01'),
      criterion('OPD-02'),
      criterion('OPD-03', { allowNotApplicable: true }),
    ],
  },
  {
    code: 'VAK',
    criteria: [criterion('VAK-01'), criterion('VAK-02', { allowNotApplicable: true })],
  },
]);

/** 1.1.0 merges OPD-01 and OPD-02, renames VAK-01, makes OPD-03 mandatory and adds IMP-01. */
const v11: RubricVersion = {
  ...rubric([
    { code: 'OPD', criteria: [criterion('OPD-01'), criterion('OPD-03')] },
    {
      code: 'VAK',
      criteria: [
        criterion('VAK-10', {
          maturityScale: [1, 2, 3].map((level) => ({ level, name: `L${level}`, descriptor: 'd' })),
        }),
        criterion('VAK-02', { allowNotApplicable: true }),
      ],
    },
    { code: 'IMP', criteria: [criterion('IMP-01')] },
  ]),
  version: '1.1.0',
  previousVersion: '1.0.0',
  mapping: [
    { code: 'OPD-01', previousCodes: ['OPD-01', 'OPD-02'] },
    { code: 'OPD-03', previousCodes: ['OPD-03'] },
    { code: 'VAK-10', previousCodes: ['VAK-01'] },
    { code: 'VAK-02', previousCodes: [] },
    { code: 'IMP-01', previousCodes: [] },
  ],
};

function answer(criterionCode: string, overrides: Partial<PreviousAnswer> = {}): PreviousAnswer {
  return {
    criterionCode,
    level: 3,
    targetLevel: 4,
    rationale: `Toelichting ${criterionCode}`,
    notApplicable: false,
    notApplicableReason: null,
    evidenceIds: [`ev-${criterionCode}`],
    ...overrides,
  };
}

describe('carryOverSources', () => {
  it('follows the mapping of the next version', () => {
    expect(Object.fromEntries(carryOverSources(v1, v11))).toEqual({
      'OPD-01': ['OPD-01', 'OPD-02'],
      'OPD-03': ['OPD-03'],
      'VAK-10': ['VAK-01'],
      'VAK-02': [],
      'IMP-01': [],
    });
  });

  it('matches on the same code within one version', () => {
    expect(Object.fromEntries(carryOverSources(v1, v1))).toEqual({
      'OPD-01': ['OPD-01'],
      'OPD-02': ['OPD-02'],
      'OPD-03': ['OPD-03'],
      'VAK-01': ['VAK-01'],
      'VAK-02': ['VAK-02'],
    });
  });

  it('matches on the same code when the mapping is not about the previous round’s version', () => {
    const unrelated = { ...v11, previousVersion: '0.9.0' };
    expect(carryOverSources(v1, unrelated).get('VAK-10')).toEqual([]);
    expect(carryOverSources(v1, unrelated).get('VAK-02')).toEqual(['VAK-02']);
  });
});

describe('planCarryOver', () => {
  it('copies answers and evidence with the same code', () => {
    const given = [
      answer('OPD-01'),
      answer('VAK-02', {
        notApplicable: true,
        level: null,
        notApplicableReason: 'Geen vrijwilligers',
      }),
    ];

    expect(planCarryOver(v1, v1, given)).toEqual([
      { ...answer('OPD-01'), sourceCodes: ['OPD-01'] },
      {
        ...answer('VAK-02'),
        level: null,
        targetLevel: null,
        notApplicable: true,
        notApplicableReason: 'Geen vrijwilligers',
        sourceCodes: ['VAK-02'],
      },
    ]);
  });

  it('merges mapped criteria: weakest level, highest target, both rationales and all evidence', () => {
    const [merged] = planCarryOver(v1, v11, [
      answer('OPD-01', { level: 4 }),
      answer('OPD-02', { level: 2, targetLevel: 3 }),
    ]);

    expect(merged).toEqual({
      criterionCode: 'OPD-01',
      level: 2,
      targetLevel: 4,
      rationale: 'OPD-01: Toelichting OPD-01\n\nOPD-02: Toelichting OPD-02',
      notApplicable: false,
      notApplicableReason: null,
      evidenceIds: ['ev-OPD-01', 'ev-OPD-02'],
      sourceCodes: ['OPD-01', 'OPD-02'],
    });
  });

  it('leaves a merged criterion unscored while one of its parts was unscored', () => {
    const [merged] = planCarryOver(v1, v11, [answer('OPD-01'), answer('OPD-02', { level: null })]);
    expect(merged?.level).toBeNull();
  });

  it('drops a level the new scale does not have, and a waiver the new version refuses', () => {
    const plan = planCarryOver(v1, v11, [
      answer('VAK-01', { level: 4, targetLevel: 4 }),
      answer('OPD-03', {
        notApplicable: true,
        level: null,
        targetLevel: null,
        notApplicableReason: 'n.v.t.',
      }),
    ]);

    expect(plan.find((item) => item.criterionCode === 'VAK-10')).toMatchObject({
      level: null,
      targetLevel: null,
      sourceCodes: ['VAK-01'],
    });
    expect(plan.find((item) => item.criterionCode === 'OPD-03')).toMatchObject({
      notApplicable: false,
      notApplicableReason: null,
      level: null,
    });
  });

  it('carries nothing into criteria mapped to nothing, and skips empty answers', () => {
    const plan = planCarryOver(v1, v11, [
      answer('VAK-02'),
      answer('OPD-03', { level: null, targetLevel: null, rationale: '', evidenceIds: [] }),
    ]);
    expect(plan).toEqual([]);
  });

  const answerArb = (code: string) =>
    fc.record({
      criterionCode: fc.constant(code),
      level: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
      targetLevel: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
      rationale: fc.string({ maxLength: 30 }),
      notApplicable: fc.boolean(),
      notApplicableReason: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
      evidenceIds: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
    });
  const answersArb = fc
    .subarray(['OPD-01', 'OPD-02', 'OPD-03', 'VAK-01', 'VAK-02'])
    .chain((codes) => fc.tuple(...codes.map(answerArb)));

  it.each([
    ['the same version', v1],
    ['the next version', v11],
  ])('only ever gives valid answers on %s', (_case, next) => {
    fc.assert(
      fc.property(answersArb, (given) => {
        const criteria = new Map(next.domains.flatMap((d) => d.criteria).map((c) => [c.code, c]));
        const givenIds = new Set<string>(given.flatMap((a) => a.evidenceIds));
        for (const carried of planCarryOver(v1, next, given)) {
          const target = criteria.get(carried.criterionCode);
          expect(target).toBeDefined();
          if (!target) {
            return;
          }
          expect(carried.level === null || isLevelOnScale(target, carried.level)).toBe(true);
          expect(carried.targetLevel === null || isLevelOnScale(target, carried.targetLevel)).toBe(
            true,
          );
          expect(
            !carried.notApplicable ||
              (target.allowNotApplicable && (carried.notApplicableReason ?? '') !== ''),
          ).toBe(true);
          expect(carried.evidenceIds.every((id) => givenIds.has(id))).toBe(true);
          expect(new Set(carried.evidenceIds).size).toBe(carried.evidenceIds.length);
        }
      }),
    );
  });
});

describe('carryOverOwners', () => {
  const version = rubric([
    { code: 'OPD', criteria: [criterion('OPD-01'), criterion('OPD-02'), criterion('OPD-03')] },
  ]);

  it('keeps the owner of the same criterion, while they may still own one', () => {
    const owners = carryOverOwners(
      version,
      version,
      new Map([
        ['OPD-01', 'anna'],
        ['OPD-02', 'manager-now'],
        ['OPD-03', null],
      ]),
      (id) => id !== 'manager-now',
    );
    expect([...owners]).toEqual([
      ['OPD-01', 'anna'],
      ['OPD-02', null],
      ['OPD-03', null],
    ]);
  });
});
