import fc from 'fast-check';

import { criterion, rubric } from '../readiness/readiness.fixtures';
import type { UpgradeAnswer, UpgradeInput, UpgradeLink } from './normset.types';
import type { CriterionMapping, DomainCode, RubricVersion } from './rubric.types';
import { planUpgrade } from './upgrade-plan';

const from = rubric([
  {
    code: 'VAK',
    criteria: [
      criterion('VAK-01'),
      criterion('VAK-02'),
      criterion('VAK-03'),
      criterion('VAK-04'),
      criterion('VAK-05'),
      criterion('VAK-06'),
    ],
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
};

const mapping: CriterionMapping[] = [
  { code: 'VAK-01', previousCodes: ['VAK-01'] },
  { code: 'VAK-02', previousCodes: ['VAK-02'] },
  { code: 'VAK-03', previousCodes: ['VAK-03'] },
  { code: 'VAK-09', previousCodes: ['VAK-03'] },
  { code: 'VAK-04', previousCodes: ['VAK-04', 'VAK-05'] },
  { code: 'VAK-10', previousCodes: [] },
];

const answer = (criterionCode: string, level = 3): UpgradeAnswer => ({
  criterionCode,
  level,
  rationale: `Toelichting ${criterionCode}`,
});
const answers = ['VAK-01', 'VAK-02', 'VAK-03', 'VAK-04', 'VAK-05', 'VAK-06'].map((code, i) =>
  answer(code, 1 + (i % 4)),
);
const link = (id: string, criterionCode: string): UpgradeLink => ({ id, criterionCode });
const input: UpgradeInput = {
  from,
  to,
  mapping,
  answers,
  evidenceLinks: [
    link('e1', 'VAK-01'),
    link('e3', 'VAK-03'),
    link('e4', 'VAK-04'),
    link('e5', 'VAK-05'),
    link('e6', 'VAK-06'),
  ],
  actions: [link('a3', 'VAK-03'), link('a5', 'VAK-05'), link('a6', 'VAK-06')],
};

describe('planUpgrade', () => {
  const plan = planUpgrade(input);
  const row = (code: string) => plan.criteria.find((item) => item.code === code);

  it.each([
    ['VAK-01', 'unchanged', 'carried-over', ['VAK-01'], 'VAK-01', ['e1'], []],
    ['VAK-02', 'reworded', 'needs-look', ['VAK-02'], 'VAK-02', [], []],
    ['VAK-03', 'split', 'needs-look', ['VAK-03'], 'VAK-03', ['e3'], ['a3']],
    ['VAK-09', 'split', 'needs-look', ['VAK-03'], 'VAK-03', ['e3'], ['a3']],
    ['VAK-04', 'merged', 'choose', ['VAK-04', 'VAK-05'], undefined, ['e4', 'e5'], ['a5']],
    ['VAK-10', 'new', 'new', [], undefined, [], []],
  ])(
    'plans %s as %s → %s',
    (code, kind, outcome, sources, answerFrom, evidenceLinkIds, actionIds) => {
      const planned = row(code);
      expect(planned).toMatchObject({ code, kind, outcome, sources, evidenceLinkIds, actionIds });
      expect(planned?.answer?.criterionCode).toBe(answerFrom);
    },
  );

  it('offers every earlier answer of a merged criterion and waits for a choice', () => {
    expect(row('VAK-04')?.candidates.map((item) => item.criterionCode)).toEqual([
      'VAK-04',
      'VAK-05',
    ]);
    expect(plan.pendingChoices).toEqual(['VAK-04']);
  });

  it('takes the chosen answer of a merged criterion', () => {
    const chosen = planUpgrade({ ...input, choices: { 'VAK-04': 'VAK-05' } });
    const merged = chosen.criteria.find((item) => item.code === 'VAK-04');
    expect(merged).toMatchObject({
      outcome: 'needs-look',
      chosenSource: 'VAK-05',
      answer: answers[4],
    });
    expect(chosen.pendingChoices).toEqual([]);
  });

  it('ignores a choice that is not one of the sources', () => {
    const chosen = planUpgrade({ ...input, choices: { 'VAK-04': 'VAK-01', 'VAK-01': 'VAK-02' } });
    expect(chosen.criteria.find((item) => item.code === 'VAK-04')?.outcome).toBe('choose');
    expect(chosen.criteria.find((item) => item.code === 'VAK-01')?.answer).toBe(answers[0]);
  });

  it('calls a merged criterion without earlier answers new', () => {
    const unanswered = planUpgrade({ ...input, answers: answers.slice(0, 3) });
    expect(unanswered.criteria.find((item) => item.code === 'VAK-04')?.outcome).toBe('new');
    expect(unanswered.pendingChoices).toEqual([]);
  });

  it('lists the dropped criterion with its answer, evidence and actions', () => {
    expect(plan.dropped).toEqual([
      {
        code: 'VAK-06',
        title: 'Title VAK-06',
        answer: answers[5],
        evidenceLinkIds: ['e6'],
        actionIds: ['a6'],
      },
    ]);
  });

  it('lists answers and links of codes the earlier version does not know as dropped', () => {
    const stray = planUpgrade({
      ...input,
      answers: [...answers, answer('OPD-07')],
      actions: [link('a9', 'OPD-07')],
    });
    expect(stray.dropped.map((item) => [item.code, item.title, item.actionIds])).toEqual([
      ['VAK-06', 'Title VAK-06', []],
      ['OPD-07', 'OPD-07', ['a9']],
    ]);
  });

  it('names the versions', () => {
    expect([plan.from, plan.to]).toEqual(['1.0.0', '1.1.0']);
  });
});

// Properties over generated rubrics, mappings, answers, links and actions.
const codeArb = fc.integer({ min: 1, max: 12 }).map((n) => `VAK-${String(n).padStart(2, '0')}`);
const rubricArb = (version: string) =>
  fc.uniqueArray(codeArb, { minLength: 1, maxLength: 8 }).chain((codes) =>
    fc
      .tuple(
        ...codes.map(() =>
          fc.record({ title: fc.constantFrom('A', 'B'), weight: fc.integer({ min: 1, max: 2 }) }),
        ),
      )
      .map((fields): RubricVersion => ({
        ...rubric([
          {
            code: 'VAK' as DomainCode,
            criteria: codes.map((code, i) => criterion(code, fields[i])),
          },
        ]),
        version,
      })),
  );
const codesOf = (version: RubricVersion) =>
  version.domains.flatMap((d) => d.criteria.map((c) => c.code));

const scenarioArb = fc.tuple(rubricArb('1.0.0'), rubricArb('1.1.0')).chain(([before, after]) => {
  const previousCodes = codesOf(before);
  const nextCodes = codesOf(after);
  const mappingArb = fc.tuple(
    ...nextCodes.map((code) =>
      fc
        .subarray(previousCodes, { maxLength: Math.min(3, previousCodes.length) })
        .map((sources): CriterionMapping => ({ code, previousCodes: sources })),
    ),
  );
  const answersArb = fc.subarray(previousCodes).chain((codes) =>
    fc.tuple(
      ...codes.map((criterionCode) =>
        fc.record({
          criterionCode: fc.constant(criterionCode),
          level: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
          rationale: fc.string(),
        }),
      ),
    ),
  );
  const linksArb = (prefix: string) =>
    fc
      .array(fc.constantFrom(...previousCodes), { maxLength: 8 })
      .map((codes) => codes.map((criterionCode, i) => link(`${prefix}${i}`, criterionCode)));
  return fc.record({
    from: fc.constant(before),
    to: fc.constant(after),
    mapping: mappingArb,
    answers: answersArb,
    evidenceLinks: linksArb('e'),
    actions: linksArb('a'),
  });
});

describe('planUpgrade properties', () => {
  it('carries every answer unchanged through an identity mapping', () => {
    fc.assert(
      fc.property(rubricArb('1.0.0'), fc.infiniteStream(fc.boolean()), (version, answered) => {
        const codes = codesOf(version);
        const given = codes.filter(() => answered.next().value).map((code) => answer(code));
        const plan = planUpgrade({
          from: version,
          to: { ...structuredClone(version), version: '1.0.1' },
          mapping: codes.map((code) => ({ code, previousCodes: [code] })),
          answers: given,
          evidenceLinks: given.map((item) => link(`e-${item.criterionCode}`, item.criterionCode)),
          actions: [],
        });
        expect(plan.dropped).toEqual([]);
        expect(
          plan.criteria.every(
            (item) => item.kind === 'unchanged' && item.outcome === 'carried-over',
          ),
        ).toBe(true);
        for (const item of given) {
          const planned = plan.criteria.find((row) => row.code === item.criterionCode);
          expect(planned?.answer).toBe(item);
          expect(planned?.evidenceLinkIds).toEqual([`e-${item.criterionCode}`]);
        }
      }),
    );
  });

  it('loses no answer, evidence link or action without listing it as dropped', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const plan = planUpgrade(scenario);
        const kept = new Set(
          plan.criteria.flatMap((item) => item.candidates.map((c) => c.criterionCode)),
        );
        const dropped = new Set(
          plan.dropped.flatMap((item) => (item.answer ? [item.answer.criterionCode] : [])),
        );
        for (const item of scenario.answers) {
          expect(kept.has(item.criterionCode) || dropped.has(item.criterionCode)).toBe(true);
        }
        const ids = (key: 'evidenceLinkIds' | 'actionIds') =>
          new Set([...plan.criteria, ...plan.dropped].flatMap((item) => item[key]));
        expect(scenario.evidenceLinks.every((item) => ids('evidenceLinkIds').has(item.id))).toBe(
          true,
        );
        expect(scenario.actions.every((item) => ids('actionIds').has(item.id))).toBe(true);
        // A criterion with an answer to carry carries one of its sources' answers.
        for (const item of plan.criteria) {
          if (item.answer !== undefined) {
            expect(item.sources).toContain(item.answer.criterionCode);
          }
          expect(item.outcome === 'choose').toBe(plan.pendingChoices.includes(item.code));
        }
      }),
    );
  });

  it('is deterministic, so the preview equals the result', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        expect(planUpgrade(structuredClone(scenario))).toEqual(planUpgrade(scenario));
      }),
    );
  });
});
