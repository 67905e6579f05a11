import type { DomainRuleViolation } from '../errors/domain-rule-violation';
import { criterion, rubric } from '../readiness/readiness.fixtures';
import type { RubricVersion } from '../rubric/rubric.types';
import {
  actionTargets,
  assertNoPendingChoices,
  assertUpgradeTarget,
  assertValidChoices,
  confirmAfterUpgrade,
  hasAnswer,
  newerPublishedVersion,
  planRoundUpgrade,
} from './round-upgrade';

const violation = (fields: Partial<DomainRuleViolation>) =>
  expect.objectContaining(fields) as DomainRuleViolation;

const from = rubric([
  { code: 'VAK', criteria: [criterion('VAK-01'), criterion('VAK-02'), criterion('VAK-03')] },
]);
const to: RubricVersion = {
  ...rubric([
    {
      code: 'VAK',
      criteria: [
        criterion('VAK-01', { title: 'Gesplitst deel' }),
        criterion('VAK-09'),
        criterion('VAK-02', { title: 'Samen' }),
      ],
    },
  ]),
  version: '1.1.0',
  previousVersion: from.version,
  mapping: [
    { code: 'VAK-01', previousCodes: ['VAK-01'] },
    { code: 'VAK-09', previousCodes: ['VAK-01'] },
    { code: 'VAK-02', previousCodes: ['VAK-02', 'VAK-03'] },
  ],
};
const answer = (criterionCode: string) => ({ criterionCode, level: 2, rationale: 'x' });

describe('newerPublishedVersion', () => {
  it.each([
    ['1.0.0', '1.10.0'],
    ['1.10.0', null],
    ['2.0.0', null],
  ])('from %s offers %s (published only, by number)', (version, expected) => {
    const versions = [
      { id: 'r', version: '1.0.0', status: 'published' as const },
      { id: 'r', version: '1.9.0', status: 'published' as const },
      { id: 'r', version: '1.10.0', status: 'published' as const },
      { id: 'r', version: '3.0.0', status: 'retired' as const },
      { id: 'other', version: '9.0.0', status: 'published' as const },
    ];
    expect(newerPublishedVersion(versions, 'r', version)).toBe(expected);
  });
});

describe('assertUpgradeTarget', () => {
  const current = { ...from, version: '1.0.0' };
  const target = { ...to, previousVersion: '1.0.0' };
  it('accepts a later published version that maps onto the current one', () => {
    expect(assertUpgradeTarget(current, target, '1.1.0')).toBe(target);
  });
  it.each<[string, RubricVersion | null, string, 'invalid' | 'conflict']>([
    ['unknown', null, 'upgrade-target-unknown', 'invalid'],
    ['another rubric', { ...target, id: 'other' }, 'upgrade-target-unknown', 'invalid'],
    ['a draft', { ...target, status: 'draft' }, 'upgrade-target-unknown', 'invalid'],
    ['retired', { ...target, status: 'retired' }, 'upgrade-target-retired', 'conflict'],
    ['not later', { ...target, version: '1.0.0' }, 'upgrade-target-not-later', 'invalid'],
    ['not mapped', { ...target, previousVersion: '0.9.0' }, 'upgrade-no-mapping', 'invalid'],
  ])('refuses a target that is %s', (_, candidate, code, kind) => {
    expect(() => assertUpgradeTarget(current, candidate, '1.1.0')).toThrow(
      violation({ code, kind }),
    );
  });
});

describe('planRoundUpgrade', () => {
  const base = { from, to, mapping: to.mapping ?? [], evidenceLinks: [], actions: [] };
  it('takes the only earlier answer of a merged criterion without asking', () => {
    const plan = planRoundUpgrade({ ...base, answers: [answer('VAK-03')] });
    expect(plan.pendingChoices).toEqual([]);
    expect(plan.criteria[2]).toMatchObject({ outcome: 'needs-look', chosenSource: 'VAK-03' });
  });
  it('asks when a merged criterion has several answers, and checks the choices', () => {
    const plan = planRoundUpgrade({ ...base, answers: [answer('VAK-02'), answer('VAK-03')] });
    expect(plan.pendingChoices).toEqual(['VAK-02']);
    expect(() => assertNoPendingChoices(plan)).toThrow(
      violation({ code: 'upgrade-choice-missing' }),
    );
    expect(() => assertValidChoices(plan, { 'VAK-02': 'VAK-01' })).toThrow(
      violation({ code: 'upgrade-choice-invalid' }),
    );
    expect(() => assertValidChoices(plan, { 'VAK-09': 'VAK-01' })).toThrow(
      violation({ code: 'upgrade-choice-invalid' }),
    );
    const chosen = planRoundUpgrade({
      ...base,
      answers: plan.criteria.flatMap((c) => c.candidates),
      choices: { 'VAK-02': 'VAK-03' },
    });
    expect(() => assertValidChoices(chosen, { 'VAK-02': 'VAK-03' })).not.toThrow();
    expect(() => assertNoPendingChoices(chosen)).not.toThrow();
  });
  it('sends an action to the first part of a split and to the merged criterion', () => {
    const plan = planRoundUpgrade({
      ...base,
      answers: [],
      actions: [
        { id: 'a1', criterionCode: 'VAK-01' },
        { id: 'a2', criterionCode: 'VAK-03' },
      ],
    });
    expect(actionTargets(plan)).toEqual(
      new Map([
        ['a1', 'VAK-01'],
        ['a2', 'VAK-02'],
      ]),
    );
  });
});

describe('what must be confirmed after an upgrade', () => {
  it.each([
    ['needs-look', false, true],
    ['carried-over', false, false],
    ['carried-over', true, true],
    ['new', false, false],
  ] as const)('%s (was carried over: %s) → %s', (outcome, was, expected) => {
    expect(confirmAfterUpgrade({ outcome }, was)).toBe(expected);
  });
  it.each([
    [{ level: 2, rationale: '' }, true],
    [{ level: null, notApplicable: true, rationale: '' }, true],
    [{ level: null, rationale: '  ' }, false],
  ])('hasAnswer(%j) is %s', (response, expected) => {
    expect(hasAnswer(response)).toBe(expected);
  });
});
