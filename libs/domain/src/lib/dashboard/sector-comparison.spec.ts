import type { CriterionStatus } from '../readiness/readiness.types';
import type { RubricVersion } from '../rubric/rubric.types';
import { criterion, rubric } from './dashboard.fixtures';
import { aggregateSector } from './sector';
import { compareSector, oneToOneCodes, type SectorOrganisationStatuses } from './sector-comparison';

/** OPD-01, OPD-02 (weight 2), VAK-01, VAK-02. */
const v1: RubricVersion = rubric([
  { code: 'OPD', criteria: [criterion('OPD-01'), criterion('OPD-02', { weight: 2 })] },
  { code: 'VAK', criteria: [criterion('VAK-01'), criterion('VAK-02')] },
]);

/** OPD-01 unchanged, OPD-02 reworded, VAK-01 and VAK-02 merged into VAK-10. */
const v2: RubricVersion = {
  ...rubric([
    {
      code: 'OPD',
      criteria: [criterion('OPD-01'), criterion('OPD-02', { weight: 2, title: 'Nieuwe titel' })],
    },
    { code: 'VAK', criteria: [criterion('VAK-10')] },
  ]),
  version: '1.1.0',
  previousVersion: '1.0.0',
  mapping: [
    { code: 'OPD-01', previousCodes: ['OPD-01'] },
    { code: 'OPD-02', previousCodes: ['OPD-02'] },
    { code: 'VAK-10', previousCodes: ['VAK-01', 'VAK-02'] },
  ],
};

/** OPD-02 split into OPD-02 and OPD-03; the rest unchanged. */
const v3: RubricVersion = {
  ...rubric([
    {
      code: 'OPD',
      criteria: [
        criterion('OPD-01'),
        criterion('OPD-02', { weight: 2, title: 'Nieuwe titel' }),
        criterion('OPD-03'),
      ],
    },
    { code: 'VAK', criteria: [criterion('VAK-10')] },
  ]),
  version: '1.2.0',
  previousVersion: '1.1.0',
  mapping: [
    { code: 'OPD-01', previousCodes: ['OPD-01'] },
    { code: 'OPD-02', previousCodes: ['OPD-02'] },
    { code: 'OPD-03', previousCodes: ['OPD-02'] },
    { code: 'VAK-10', previousCodes: ['VAK-10'] },
  ],
};

/** A version that states no mapping onto an earlier one. */
const unlinked: RubricVersion = { ...v1, version: '2.0.0' };

function org(statuses: Record<string, CriterionStatus>): SectorOrganisationStatuses {
  return new Map(Object.entries(statuses));
}

const onV1 = (met: boolean) =>
  org({ 'OPD-01': met ? 'met' : 'gap', 'OPD-02': 'met', 'VAK-01': 'gap', 'VAK-02': 'met' });
const onV2 = (met: boolean) =>
  org({ 'OPD-01': met ? 'met' : 'gap', 'OPD-02': 'gap', 'VAK-10': 'met' });

describe('oneToOneCodes', () => {
  it.each([
    ['an older version onto a newer', v1, v2, { 'OPD-01': 'OPD-01', 'OPD-02': 'OPD-02' }],
    ['a newer version onto an older', v2, v1, { 'OPD-01': 'OPD-01', 'OPD-02': 'OPD-02' }],
    ['through a chain of mappings, dropping what splits', v1, v3, { 'OPD-01': 'OPD-01' }],
    [
      'a version onto itself',
      v2,
      v2,
      { 'OPD-01': 'OPD-01', 'OPD-02': 'OPD-02', 'VAK-10': 'VAK-10' },
    ],
  ])('maps %s, only unchanged and reworded criteria', (_, from, basis, expected) => {
    expect(Object.fromEntries(oneToOneCodes(from, basis, [v1, v2, v3]) ?? [])).toEqual(expected);
  });

  it('finds no correspondence without a chain of mappings', () => {
    expect(oneToOneCodes(v1, unlinked, [v1, unlinked])).toBeNull();
    expect(oneToOneCodes(v1, v3, [v1, v3])).toBeNull();
  });
});

describe('compareSector', () => {
  const fiveOnV2 = [true, true, false, false, true].map(onV2);
  const threeOnV1 = [true, false, true].map(onV1);

  it('compares on the newest version in use; alone it equals the plain aggregation', () => {
    const result = compareSector([
      { rubric: v1, organisations: [] },
      { rubric: v2, organisations: fiveOnV2 },
    ]);
    const [plain] = aggregateSector([
      {
        rubric: v2,
        organisations: [100, 100, 0, 0, 100].map((opd01) => ({
          overall: Math.round(((opd01 / 100 + 1) / 4) * 1000) / 10,
          domains: [
            { code: 'OPD', score: Math.round((opd01 / 100 / 3) * 1000) / 10 },
            { code: 'VAK', score: 100 },
          ],
        })),
      },
    ]);
    const sameVersion = { comparison: 'same-version', criteriaLeftOut: 0, organisationsLeftOut: 0 };
    expect(result).toEqual({
      ...plain,
      ...sameVersion,
      domains: plain.domains.map((domain) => ({ ...domain, ...sameVersion })),
      versions: [
        { version: '1.0.0', organisations: 0, role: 'via-mapping', criteriaLeftOut: 2 },
        { version: '1.1.0', organisations: 5, role: 'basis', criteriaLeftOut: 0 },
      ],
    });
  });

  it('counts organisations on an older version through the mapping, on shared criteria only', () => {
    const result = compareSector([
      { rubric: v1, organisations: threeOnV1 },
      { rubric: v2, organisations: fiveOnV2 },
    ]);
    // Overall on OPD-01 (1) and OPD-02 (2): v2 organisations 33.3 or 0, v1 ones 100 or 66.7.
    expect(result).toMatchObject({
      rubricVersion: '1.1.0',
      organisations: 8,
      suppressed: false,
      comparison: 'via-mapping',
      criteriaLeftOut: 1,
      organisationsLeftOut: 0,
      overall: { median: 33.3, p25: 25, p75: 75 },
      versions: [
        { version: '1.0.0', organisations: 3, role: 'via-mapping', criteriaLeftOut: 2 },
        { version: '1.1.0', organisations: 5, role: 'basis', criteriaLeftOut: 1 },
      ],
    });
    expect(result?.domains).toEqual([
      expect.objectContaining({ code: 'OPD', organisations: 8, comparison: 'via-mapping' }),
      // VAK-10 merges two criteria: only the five organisations on 1.1.0 say anything about it.
      expect.objectContaining({
        code: 'VAK',
        organisations: 5,
        median: 100,
        comparison: 'same-version',
        criteriaLeftOut: 0,
        organisationsLeftOut: 3,
      }),
    ]);
  });

  it('compares on a version asked for, and keeps the minimum group per figure', () => {
    const result = compareSector(
      [
        { rubric: v1, organisations: threeOnV1 },
        { rubric: v2, organisations: fiveOnV2 },
      ],
      '1.0.0',
    );
    expect(result).toMatchObject({
      rubricVersion: '1.0.0',
      organisations: 8,
      comparison: 'via-mapping',
      criteriaLeftOut: 2,
    });
    // VAK-01 and VAK-02 only exist on 1.0.0, where three organisations are too few to show.
    expect(result?.domains[1]).toMatchObject({
      code: 'VAK',
      organisations: 3,
      median: null,
      comparison: 'same-version',
      organisationsLeftOut: 5,
    });
  });

  it('leaves out organisations on a version that has no mapping onto the basis', () => {
    const result = compareSector([
      { rubric: v2, organisations: fiveOnV2 },
      { rubric: unlinked, organisations: threeOnV1 },
    ]);
    expect(result).toMatchObject({
      rubricVersion: '2.0.0',
      organisations: 3,
      suppressed: true,
      overall: null,
      domains: [],
      organisationsLeftOut: 5,
      versions: [
        { version: '1.1.0', organisations: 5, role: 'not-comparable', criteriaLeftOut: 3 },
        { version: '2.0.0', organisations: 3, role: 'basis', criteriaLeftOut: 0 },
      ],
    });
  });

  it('keeps each status as the organisation’s own version judged it', () => {
    const waived = org({ 'OPD-01': 'met', 'OPD-02': 'not-applicable', 'VAK-01': 'gap' });
    const result = compareSector(
      [
        { rubric: v1, organisations: [waived, waived, waived, waived, waived] },
        { rubric: v2, organisations: [] },
      ],
      '1.1.0',
    );
    expect(result?.domains[0]).toMatchObject({ code: 'OPD', organisations: 5, median: 100 });
  });

  it('answers null for a version the rubric does not have', () => {
    expect(compareSector([{ rubric: v1, organisations: [] }], '9.9.9')).toBeNull();
  });
});
