import { smallRubric } from './dashboard.fixtures';
import { SECTOR_MINIMUM_GROUP } from './dashboard.types';
import {
  aggregateSector,
  compareVersions,
  quantile,
  sectorQuartiles,
  type SectorOrganisationScores,
} from './sector';

function scores(
  overall: number | null,
  opd: number | null = overall,
  vak: number | null = overall,
): SectorOrganisationScores {
  return {
    overall,
    domains: [
      { code: 'OPD', score: opd },
      { code: 'VAK', score: vak },
    ],
  };
}

const group = (organisations: SectorOrganisationScores[], version = '1.0.0') => ({
  rubric: { ...smallRubric(), version },
  organisations,
});

describe('quantile', () => {
  it('interpolates linearly between ranks (PERCENTILE.INC)', () => {
    expect(quantile([10, 20, 30, 40, 50], 0.5)).toBe(30);
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(quantile([10, 20, 30, 40, 50, 60], 0.5)).toBe(35);
    expect(quantile([10, 20, 30, 40, 50, 60], 0.25)).toBe(22.5);
    expect(quantile([1, 2], 0.75)).toBe(1.8);
    expect(quantile([42], 0.25)).toBe(42);
  });

  it('refuses no values', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });
});

describe('sectorQuartiles', () => {
  it('gives no figures for fewer than the minimum group of scores, ignoring missing ones', () => {
    expect(sectorQuartiles([10, 20, 30, 40, null])).toEqual({
      organisations: 4,
      median: null,
      p25: null,
      p75: null,
    });
    expect(sectorQuartiles([50, 10, 40, 20, 30])).toEqual({
      organisations: 5,
      median: 30,
      p25: 20,
      p75: 40,
    });
  });
});

describe('aggregateSector', () => {
  it('suppresses a rubric version with fewer than 5 organisations: no figures at all', () => {
    const [result] = aggregateSector([group([scores(10), scores(20), scores(30), scores(40)])]);
    expect(SECTOR_MINIMUM_GROUP).toBe(5);
    expect(result).toEqual({
      rubricId: 'test-rubric',
      rubricVersion: '1.0.0',
      minimumGroupSize: 5,
      organisations: 4,
      suppressed: true,
      overall: null,
      domains: [],
    });
  });

  it('gives median and quartiles overall and per domain from 5 organisations on', () => {
    const [result] = aggregateSector([
      group([
        scores(10, 0, 20),
        scores(20, 10, 40),
        scores(30, 20, 60),
        scores(40, 30, 80),
        scores(50, 40, 100),
      ]),
    ]);
    expect(result).toEqual({
      rubricId: 'test-rubric',
      rubricVersion: '1.0.0',
      minimumGroupSize: 5,
      organisations: 5,
      suppressed: false,
      overall: { median: 30, p25: 20, p75: 40 },
      domains: [
        { code: 'OPD', title: 'Domain OPD', organisations: 5, median: 20, p25: 10, p75: 30 },
        { code: 'VAK', title: 'Domain VAK', organisations: 5, median: 60, p25: 40, p75: 80 },
      ],
    });
  });

  it('suppresses a single domain that fewer than 5 organisations have a score for', () => {
    const [result] = aggregateSector([
      group([scores(10, 10, null), scores(20, 20, null), scores(30), scores(40), scores(50)]),
    ]);
    expect(result.suppressed).toBe(false);
    expect(result.domains[1]).toEqual({
      code: 'VAK',
      title: 'Domain VAK',
      organisations: 3,
      median: null,
      p25: null,
      p75: null,
    });
  });

  it('reports one entry per rubric version, in version order', () => {
    const five = [scores(10), scores(20), scores(30), scores(40), scores(50)];
    const results = aggregateSector([
      group(five, '1.10.0'),
      group(five, '1.9.0'),
      group([], '2.0.0'),
    ]);
    expect(results.map((result) => [result.rubricVersion, result.suppressed])).toEqual([
      ['1.9.0', false],
      ['1.10.0', false],
      ['2.0.0', true],
    ]);
  });
});

describe('compareVersions', () => {
  it('orders semantic versions by number', () => {
    expect(['1.10.0', '1.2.0', '0.9.1', '1.2.0-beta'].sort(compareVersions)).toEqual([
      '0.9.1',
      '1.2.0',
      '1.2.0-beta',
      '1.10.0',
    ]);
  });
});
