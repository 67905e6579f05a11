import fc from 'fast-check';

import { DomainRuleViolation } from '../errors/domain-rule-violation';
import { criterion, rubric } from '../readiness/readiness.fixtures';
import type { UpgradeAnswer, UpgradeInput } from '../rubric/normset.types';
import type { RubricVersion } from '../rubric/rubric.types';
import {
  actionTargets,
  assertNoPendingChoices,
  assertUpgradeTarget,
  assertValidChoices,
  confirmAfterUpgrade,
  hasAnswer,
  ListedVersion,
  newerPublishedVersion,
  planRoundUpgrade,
} from './round-upgrade';

const from = rubric([
  {
    code: 'VAK',
    criteria: ['VAK-01', 'VAK-02', 'VAK-03', 'VAK-04', 'VAK-05'].map((code) => criterion(code)),
  },
]);

const to: RubricVersion = {
  ...rubric([
    {
      code: 'VAK',
      criteria: [
        criterion('VAK-01'),
        criterion('VAK-02', { title: 'Anders verwoord' }),
        criterion('VAK-03', { title: 'Casusbespreking' }),
        criterion('VAK-09', { title: 'Teamafspraken' }),
        criterion('VAK-04', { title: 'Samengevoegd' }),
        criterion('VAK-10', { title: 'Leren met cliënten' }),
      ],
    },
  ]),
  version: '1.1.0',
  previousVersion: '1.0.0',
  mapping: [
    { code: 'VAK-01', previousCodes: ['VAK-01'] },
    { code: 'VAK-02', previousCodes: ['VAK-02'] },
    { code: 'VAK-03', previousCodes: ['VAK-03'] },
    { code: 'VAK-09', previousCodes: ['VAK-03'] },
    { code: 'VAK-04', previousCodes: ['VAK-04', 'VAK-05'] },
    { code: 'VAK-10', previousCodes: [] },
  ],
};

const answer = (criterionCode: string, level = 3): UpgradeAnswer => ({
  criterionCode,
  level,
  rationale: `Toelichting ${criterionCode}`,
});

const inputWith = (codes: string[], choices: Record<string, string> = {}): UpgradeInput => ({
  from,
  to,
  mapping: to.mapping ?? [],
  answers: codes.map((code) => answer(code)),
  evidenceLinks: [],
  actions: [
    { id: 'a3', criterionCode: 'VAK-03' },
    { id: 'a5', criterionCode: 'VAK-05' },
  ],
  choices,
});

const violationOf = (run: () => unknown): DomainRuleViolation => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainRuleViolation) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a DomainRuleViolation');
};

describe('newerPublishedVersion', () => {
  const versions: ListedVersion[] = [
    { id: 'r', version: '1.0.0', status: 'published' },
    { id: 'r', version: '1.1.0', status: 'published' },
    { id: 'r', version: '1.10.0', status: 'published' },
    { id: 'r', version: '2.0.0', status: 'retired' },
    { id: 'other', version: '9.0.0', status: 'published' },
  ];

  it.each([
    ['1.0.0', '1.10.0'],
    ['1.1.0', '1.10.0'],
    ['1.10.0', null],
    ['2.0.0', null],
  ])('from %s offers %s (numeric order, never retired or another rubric)', (version, newer) => {
    expect(newerPublishedVersion(versions, 'r', version)).toBe(newer);
  });
});

describe('assertUpgradeTarget', () => {
  it('accepts a later published version that maps onto the current one', () => {
    expect(assertUpgradeTarget(from, to, '1.1.0')).toBe(to);
  });

  it.each([
    ['unknown', null, 'upgrade-target-unknown', 'invalid'],
    ['another rubric', { ...to, id: 'other' }, 'upgrade-target-unknown', 'invalid'],
    ['a draft', { ...to, status: 'draft' as const }, 'upgrade-target-unknown', 'invalid'],
    ['retired', { ...to, status: 'retired' as const }, 'upgrade-target-retired', 'conflict'],
    ['not later', { ...to, version: '1.0.0' }, 'upgrade-target-not-later', 'invalid'],
    ['unmapped', { ...to, mapping: undefined }, 'upgrade-no-mapping', 'invalid'],
    ['mapped elsewhere', { ...to, previousVersion: '0.9.0' }, 'upgrade-no-mapping', 'invalid'],
  ])('refuses a target that is %s', (_label, target, code, kind) => {
    const violation = violationOf(() => assertUpgradeTarget(from, target, '1.1.0'));
    expect(violation).toMatchObject({ code, kind });
    expect(violation.details).toMatchObject({ rubricId: 'test-rubric', from: '1.0.0' });
  });
});

describe('planRoundUpgrade', () => {
  it('lets a merged criterion with one earlier answer take it without a choice', () => {
    const plan = planRoundUpgrade(inputWith(['VAK-01', 'VAK-05']));
    expect(plan.pendingChoices).toEqual([]);
    expect(plan.criteria.find((item) => item.code === 'VAK-04')).toMatchObject({
      outcome: 'needs-look',
      chosenSource: 'VAK-05',
      answer: { criterionCode: 'VAK-05' },
    });
  });

  it('waits for a choice when a merged criterion has several earlier answers', () => {
    const plan = planRoundUpgrade(inputWith(['VAK-04', 'VAK-05']));
    expect(plan.pendingChoices).toEqual(['VAK-04']);
    const violation = violationOf(() => assertNoPendingChoices(plan));
    expect(violation).toMatchObject({ code: 'upgrade-choice-missing' });
    expect(violation.extensions).toEqual({ codes: ['VAK-04'] });
  });

  it('takes the chosen answer', () => {
    const plan = planRoundUpgrade(inputWith(['VAK-04', 'VAK-05'], { 'VAK-04': 'VAK-04' }));
    expect(() => assertNoPendingChoices(plan)).not.toThrow();
    expect(plan.criteria.find((item) => item.code === 'VAK-04')?.answer?.criterionCode).toBe(
      'VAK-04',
    );
  });

  it('starts a merged criterion none of whose sources was answered as new', () => {
    const plan = planRoundUpgrade(inputWith(['VAK-01']));
    expect(plan.criteria.find((item) => item.code === 'VAK-04')?.outcome).toBe('new');
  });

  it('is deterministic: the preview and the upgrade make the same plan', () => {
    const codes = ['VAK-01', 'VAK-02', 'VAK-03', 'VAK-04', 'VAK-05'];
    fc.assert(
      fc.property(
        fc.subarray(codes),
        fc.option(fc.constantFrom('VAK-04', 'VAK-05'), { nil: undefined }),
        (answered, chosen) => {
          const choices: Record<string, string> = chosen ? { 'VAK-04': chosen } : {};
          const first = planRoundUpgrade(inputWith(answered, choices));
          const second = planRoundUpgrade(inputWith([...answered], { ...choices }));
          expect(second).toEqual(first);
          // Every answer lands on a criterion of the new version or is listed as dropped.
          const carried = new Set(
            first.criteria.flatMap((item) => item.candidates.map((c) => c.criterionCode)),
          );
          const dropped = new Set(first.dropped.map((item) => item.code));
          expect(answered.every((code) => carried.has(code) || dropped.has(code))).toBe(true);
        },
      ),
    );
  });
});

describe('assertValidChoices', () => {
  const plan = planRoundUpgrade(inputWith(['VAK-01', 'VAK-04', 'VAK-05']));

  it('accepts a source of a merged criterion that has an answer', () => {
    expect(() => assertValidChoices(plan, { 'VAK-04': 'VAK-05' })).not.toThrow();
  });

  it.each([
    ['not merged', { 'VAK-03': 'VAK-03' }, ['VAK-03']],
    ['not a source', { 'VAK-04': 'VAK-01' }, ['VAK-04']],
    ['unknown', { 'VAK-99': 'VAK-04' }, ['VAK-99']],
  ])('refuses a choice that is %s, naming it', (_label, choices, codes) => {
    const violation = violationOf(() => assertValidChoices(plan, choices));
    expect(violation).toMatchObject({ code: 'upgrade-choice-invalid' });
    expect(violation.extensions).toEqual({ codes });
  });

  it('refuses a source without an answer', () => {
    const unanswered = planRoundUpgrade(inputWith(['VAK-04']));
    expect(() => assertValidChoices(unanswered, { 'VAK-04': 'VAK-05' })).toThrow(
      DomainRuleViolation,
    );
  });
});

describe('hasAnswer', () => {
  it.each([
    [{ level: 2, rationale: '' }, true],
    [{ level: null, rationale: 'Tekst' }, true],
    [{ level: null, rationale: '', notApplicable: true }, true],
    [{ level: null, rationale: '   ' }, false],
    [{ level: null, rationale: '', notApplicable: false }, false],
  ])('%j → %s', (response, expected) => {
    expect(hasAnswer(response)).toBe(expected);
  });
});

describe('confirmAfterUpgrade', () => {
  it.each([
    ['needs-look', false, true],
    ['needs-look', true, true],
    ['carried-over', false, false],
    ['carried-over', true, true],
    ['new', false, false],
    ['choose', true, false],
  ] as const)('%s (was carried over: %s) → %s', (outcome, wasCarriedOver, expected) => {
    expect(confirmAfterUpgrade({ outcome }, wasCarriedOver)).toBe(expected);
  });
});

describe('actionTargets', () => {
  it('sends an action to the first part of a split and to the merged criterion', () => {
    const plan = planRoundUpgrade(inputWith(['VAK-03', 'VAK-05']));
    expect(Object.fromEntries(actionTargets(plan))).toEqual({ a3: 'VAK-03', a5: 'VAK-04' });
  });

  it('leaves actions of a dropped criterion out', () => {
    const narrowed: RubricVersion = {
      ...to,
      domains: [
        { ...to.domains[0], criteria: to.domains[0].criteria.filter((c) => c.code !== 'VAK-04') },
      ],
      mapping: (to.mapping ?? []).filter((entry) => entry.code !== 'VAK-04'),
    };
    const plan = planRoundUpgrade({
      ...inputWith([]),
      to: narrowed,
      mapping: narrowed.mapping ?? [],
    });
    expect(plan.dropped.map((item) => item.code)).toEqual(
      expect.arrayContaining(['VAK-04', 'VAK-05']),
    );
    expect(actionTargets(plan).has('a5')).toBe(false);
  });
});
