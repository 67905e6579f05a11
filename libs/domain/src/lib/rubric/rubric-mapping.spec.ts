import { criterion, rubric } from '../readiness/readiness.fixtures';
import {
  classifyMapping,
  findMappingProblems,
  proposeMapping,
  TITLE_SIMILARITY_THRESHOLD,
  titleSimilarity,
} from './rubric-mapping';
import type { CriterionMapping, RubricVersion } from './rubric.types';

const previous = rubric([
  {
    code: 'VAK',
    criteria: [
      criterion('VAK-01', { title: 'Onderbouwde besluiten' }),
      criterion('VAK-02', { title: 'Casuïstiek en intervisie' }),
      criterion('VAK-03', { title: 'Vernieuwen vanuit de praktijk' }),
      criterion('VAK-04', { title: 'Leren van resultaten' }),
      criterion('VAK-05', { title: 'Beroepscode' }),
    ],
  },
]);

const next: RubricVersion = {
  ...rubric([
    {
      code: 'VAK',
      criteria: [
        criterion('VAK-01', {
          title: 'Onderbouwde besluiten',
          en: {
            title: 'Reasoned decisions',
            description: 'd',
            guidanceQuestions: [],
            maturityScale: [],
          },
        }),
        criterion('VAK-02', { title: 'Casusbespreking en intervisie' }),
        criterion('VAK-06', { title: 'Teamafspraken over terugkerende vragen' }),
        criterion('VAK-04', { title: 'Leren van resultaten en praktijk' }),
        criterion('VAK-07', { title: 'Leren met cliënten' }),
      ],
    },
  ]),
  version: '1.1.0',
};

const mapping: CriterionMapping[] = [
  { code: 'VAK-01', previousCodes: ['VAK-01'] },
  { code: 'VAK-02', previousCodes: ['VAK-02'] },
  { code: 'VAK-06', previousCodes: ['VAK-02'] },
  { code: 'VAK-04', previousCodes: ['VAK-03', 'VAK-04'] },
  { code: 'VAK-07', previousCodes: [] },
];

describe('classifyMapping', () => {
  it('derives every kind and the dropped criteria', () => {
    expect(classifyMapping(previous, next, mapping)).toEqual({
      entries: [
        { code: 'VAK-01', previousCodes: ['VAK-01'], kind: 'unchanged' },
        { code: 'VAK-02', previousCodes: ['VAK-02'], kind: 'split' },
        { code: 'VAK-06', previousCodes: ['VAK-02'], kind: 'split' },
        { code: 'VAK-04', previousCodes: ['VAK-03', 'VAK-04'], kind: 'merged' },
        { code: 'VAK-07', previousCodes: [], kind: 'new' },
      ],
      dropped: ['VAK-05'],
    });
  });

  it.each([
    ['the title', { title: 'Besluiten onderbouwen' }],
    [
      'a level descriptor',
      { maturityScale: [1, 2].map((level) => ({ level, name: 'n', descriptor: 'd' })) },
    ],
    ['the met level', { metLevel: 2 }],
    ['the weight', { weight: 5 }],
    ['the evidence kinds', { evidenceKinds: ['verbeterplan'] }],
  ])('calls a one-to-one entry reworded when %s changed', (_name, overrides) => {
    const changed = rubric([
      {
        code: 'VAK',
        criteria: [criterion('VAK-01', { title: 'Onderbouwde besluiten', ...overrides })],
      },
    ]);
    const result = classifyMapping(previous, changed, [
      { code: 'VAK-01', previousCodes: ['VAK-01'] },
    ]);
    expect(result.entries).toEqual([
      { code: 'VAK-01', previousCodes: ['VAK-01'], kind: 'reworded' },
    ]);
  });

  it('calls a renumbered criterion with the same content unchanged', () => {
    const renumbered = rubric([
      { code: 'VAK', criteria: [criterion('VAK-09', { title: 'Beroepscode' })] },
    ]);
    const result = classifyMapping(previous, renumbered, [
      { code: 'VAK-09', previousCodes: ['VAK-05'] },
    ]);
    expect(result.entries[0]?.kind).toBe('unchanged');
  });

  it('skips unknown codes rather than guessing', () => {
    const result = classifyMapping(previous, next, [
      { code: 'VAK-99', previousCodes: ['VAK-01'] },
      { code: 'VAK-01', previousCodes: ['VAK-01', 'VAK-98'] },
    ]);
    expect(result.entries).toEqual([
      { code: 'VAK-01', previousCodes: ['VAK-01'], kind: 'unchanged' },
    ]);
    expect(result.dropped).toEqual(['VAK-02', 'VAK-03', 'VAK-04', 'VAK-05']);
  });
});

describe('titleSimilarity', () => {
  it.each([
    ['Leren van resultaten', 'Leren van resultaten', 1],
    ['Casuïstiek en intervisie', 'casuistiek, intervisie', 1],
    ['Casuïstiek en intervisie', 'Casusbespreking en intervisie', 0.5],
    ['Leren van resultaten', 'Leren met cliënten', 0.5],
    ['Beroepscode', 'Zicht op de wijk', 0],
    ['de en het', 'de en het', 0],
  ])('%s ~ %s = %d', (a, b, score) => {
    expect(titleSimilarity(a, b)).toBeCloseTo(score);
  });

  it('documents its threshold', () => {
    expect(TITLE_SIMILARITY_THRESHOLD).toBe(0.5);
  });
});

describe('proposeMapping', () => {
  it('continues equal codes, then similar titles, and proposes merges for the rest', () => {
    expect(proposeMapping(previous, next)).toEqual([
      { code: 'VAK-01', previousCodes: ['VAK-01'] },
      { code: 'VAK-02', previousCodes: ['VAK-02'] },
      { code: 'VAK-06', previousCodes: [] },
      // 'Vernieuwen vanuit de praktijk' shares "praktijk" with 1 of 4 words: below the threshold.
      { code: 'VAK-04', previousCodes: ['VAK-04'] },
      // 'Leren met cliënten' ~ 'Leren van resultaten' = 0.5, so it is proposed as a split.
      { code: 'VAK-07', previousCodes: ['VAK-04'] },
    ]);
  });

  it('maps a version to itself one to one', () => {
    const identity = proposeMapping(previous, previous);
    expect(identity).toEqual(
      ['VAK-01', 'VAK-02', 'VAK-03', 'VAK-04', 'VAK-05'].map((code) => ({
        code,
        previousCodes: [code],
      })),
    );
    expect(findMappingProblems(previous, previous, identity)).toEqual([]);
  });

  it('picks up a renumbered criterion by its title and merges a dropped one with a similar title', () => {
    const renumbered = rubric([
      {
        code: 'VAK',
        criteria: [
          criterion('VAK-11', { title: 'Onderbouwde besluiten nemen' }),
          criterion('VAK-12', { title: 'Vernieuwen en leren van resultaten vanuit de praktijk' }),
        ],
      },
    ]);
    expect(proposeMapping(previous, renumbered)).toEqual([
      { code: 'VAK-11', previousCodes: ['VAK-01'] },
      { code: 'VAK-12', previousCodes: ['VAK-03', 'VAK-04'] },
    ]);
  });
});

describe('findMappingProblems', () => {
  it('accepts a complete mapping', () => {
    expect(findMappingProblems(previous, next, mapping)).toEqual([]);
  });

  it('reports every problem with its location and rule', () => {
    const broken: CriterionMapping[] = [
      { code: 'VAK-01', previousCodes: ['VAK-01'] },
      { code: 'VAK-99', previousCodes: [] },
      { code: 'VAK-01', previousCodes: ['VAK-01'] },
      { code: 'VAK-02', previousCodes: ['VAK-02', 'VAK-77', 'VAK-78'] },
    ];
    expect(findMappingProblems(previous, next, broken)).toEqual([
      {
        location: 'mapping[1].code',
        rule: 'mapping-unknown-code',
        detail: 'criterion VAK-99 does not exist in this version',
      },
      {
        location: 'mapping[2].code',
        rule: 'duplicate-mapping-code',
        detail: 'criterion VAK-01 is mapped more than once',
      },
      {
        location: 'mapping[3].previousCodes[1]',
        rule: 'mapping-unknown-previous-code',
        detail: 'criterion VAK-77 does not exist in the previous version',
      },
      {
        location: 'mapping[3].previousCodes[2]',
        rule: 'mapping-unknown-previous-code',
        detail: 'criterion VAK-78 does not exist in the previous version',
      },
      {
        location: 'mapping',
        rule: 'mapping-incomplete',
        detail:
          'criteria VAK-06, VAK-04, VAK-07 are not in the mapping (list a new criterion with previousCodes: [])',
      },
    ]);
  });
});
