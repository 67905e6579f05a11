import { criterion, rubric } from '../readiness/readiness.fixtures';
import { diffCriteria, diffRubricVersions } from './rubric-diff';
import type { Criterion, RubricVersion } from './rubric.types';

const base = criterion('VAK-01', {
  title: 'Casuïstiek',
  guidanceQuestions: ['Wanneer?', 'Met wie?'],
  evidenceKinds: ['intervisieverslag'],
});

describe('diffCriteria', () => {
  const english = {
    title: 'Case discussion',
    description: 'd',
    guidanceQuestions: ['When?', 'With whom?'],
    maturityScale: base.maturityScale.map(() => ({ name: 'n', descriptor: 'd' })),
  };
  const scale = base.maturityScale;
  it.each<[string, Partial<Criterion>, { path: string; from: unknown; to: unknown }[]]>([
    ['nothing', {}, []],
    [
      'the title',
      { title: 'Casusbespreking' },
      [{ path: 'title', from: 'Casuïstiek', to: 'Casusbespreking' }],
    ],
    [
      'the description',
      { description: 'Nieuw' },
      [{ path: 'description', from: 'Test criterion', to: 'Nieuw' }],
    ],
    ['the weight', { weight: 3 }, [{ path: 'weight', from: 1, to: 3 }]],
    ['required', { required: false }, [{ path: 'required', from: true, to: false }]],
    [
      'may be not applicable',
      { allowNotApplicable: true },
      [{ path: 'allowNotApplicable', from: false, to: true }],
    ],
    ['the met level', { metLevel: 2 }, [{ path: 'metLevel', from: 3, to: 2 }]],
    [
      'the evidence kinds',
      { evidenceKinds: ['intervisieverslag', 'overig'] },
      [{ path: 'evidenceKinds', from: ['intervisieverslag'], to: ['intervisieverslag', 'overig'] }],
    ],
    [
      'a guidance question',
      { guidanceQuestions: ['Wanneer?', 'Met welk team?'] },
      [
        {
          path: 'guidanceQuestions',
          from: ['Wanneer?', 'Met wie?'],
          to: ['Wanneer?', 'Met welk team?'],
        },
      ],
    ],
    [
      'a level descriptor',
      {
        maturityScale: scale.map((step, i) => (i === 2 ? { ...step, descriptor: 'Borgen' } : step)),
      },
      [{ path: 'maturityScale[2].descriptor', from: 'Test descriptor', to: 'Borgen' }],
    ],
    [
      'a level name',
      { maturityScale: scale.map((step, i) => (i === 0 ? { ...step, name: 'Start' } : step)) },
      [{ path: 'maturityScale[0].name', from: 'Level 1', to: 'Start' }],
    ],
    [
      'a level removed',
      { maturityScale: scale.slice(0, 3) },
      [{ path: 'maturityScale[3]', from: scale[3], to: undefined }],
    ],
    [
      'the English texts added',
      { en: english },
      [
        { path: 'en.title', from: undefined, to: 'Case discussion' },
        { path: 'en.description', from: undefined, to: 'd' },
        { path: 'en.guidanceQuestions', from: undefined, to: ['When?', 'With whom?'] },
        ...english.maturityScale.map((step, i) => ({
          path: `en.maturityScale[${i}]`,
          from: undefined,
          to: step,
        })),
      ],
    ],
  ])('reports a change of %s', (_name, overrides, fields) => {
    expect(diffCriteria(base, { ...base, ...overrides })).toEqual(fields);
  });

  it('reports every changed field, in field order', () => {
    const fields = diffCriteria(base, { ...base, weight: 2, title: 'Nieuw', metLevel: 4 });
    expect(fields.map((field) => field.path)).toEqual(['title', 'weight', 'metLevel']);
  });

  it('ignores the code', () => {
    expect(diffCriteria(base, { ...base, code: 'VAK-09' })).toEqual([]);
  });
});

describe('diffRubricVersions', () => {
  const from = rubric([
    { code: 'OPD', criteria: [criterion('OPD-01'), criterion('OPD-02')] },
    { code: 'VAK', criteria: [criterion('VAK-01'), criterion('VAK-02')] },
  ]);
  const to: RubricVersion = {
    ...rubric([
      { code: 'OPD', criteria: [criterion('OPD-01'), criterion('OPD-02', { weight: 2 })] },
      { code: 'VAK', criteria: [criterion('VAK-02'), criterion('VAK-03')] },
    ]),
    version: '1.1.0',
    title: 'Test rubric 1.1',
  };

  it('sorts criteria into added, removed, changed and unchanged by code', () => {
    expect(diffRubricVersions(from, to)).toEqual({
      from: '1.0.0',
      to: '1.1.0',
      added: [{ code: 'VAK-03', title: 'Title VAK-03', domain: 'VAK' }],
      removed: [{ code: 'VAK-01', title: 'Title VAK-01', domain: 'VAK' }],
      changed: [
        {
          code: 'OPD-02',
          title: 'Title OPD-02',
          domain: 'OPD',
          fields: [{ path: 'weight', from: 1, to: 2 }],
        },
      ],
      unchanged: ['OPD-01', 'VAK-02'],
      meta: [{ path: 'title', from: 'Test rubric', to: 'Test rubric 1.1' }],
    });
  });

  it('finds nothing between a version and itself', () => {
    const diff = diffRubricVersions(from, structuredClone(from));
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.meta).toEqual([]);
    expect(diff.unchanged).toEqual(['OPD-01', 'OPD-02', 'VAK-01', 'VAK-02']);
  });

  it('reports a domain added or retitled', () => {
    const next = rubric([
      { code: 'OPD', criteria: [criterion('OPD-01'), criterion('OPD-02')] },
      { code: 'VAK', criteria: [criterion('VAK-01'), criterion('VAK-02')] },
      { code: 'IMP', criteria: [criterion('IMP-01')] },
    ]);
    next.domains[0] = { ...next.domains[0], title: 'Opdracht' } as (typeof next.domains)[0];
    expect(diffRubricVersions(from, next).meta).toEqual([
      { path: 'domains[OPD].title', from: 'Domain OPD', to: 'Opdracht' },
      { path: 'domains[IMP]', from: undefined, to: { title: 'Domain IMP' } },
    ]);
  });
});
