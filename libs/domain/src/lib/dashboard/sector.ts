import type { DomainCode, RubricVersion } from '../rubric/rubric.types';
import {
  SECTOR_MINIMUM_GROUP,
  type SectorComparisonNote,
  type SectorDomainFigure,
  type SectorReadiness,
} from './dashboard.types';
import { compareCodeUnits } from './round-report';

/** A group's figures before the comparison says how they were compared. */
export type SectorFigures = Omit<
  SectorReadiness,
  keyof SectorComparisonNote | 'versions' | 'domains'
> & {
  domains: Omit<SectorDomainFigure, keyof SectorComparisonNote>[];
};

/**
 * One organisation's scores as the sector view takes them: numbers only. The input carries no
 * name, id or text, so the output cannot leak one.
 */
export interface SectorOrganisationScores {
  overall: number | null;
  domains: { code: DomainCode; score: number | null }[];
}

/** The organisations whose latest submitted round is on this rubric version. */
export interface SectorGroupInput {
  rubric: Pick<RubricVersion, 'id' | 'version' | 'domains'>;
  organisations: readonly SectorOrganisationScores[];
}

type Quartiles = { median: number | null; p25: number | null; p75: number | null };

const NO_FIGURES: Quartiles = { median: null, p25: null, p75: null };

/**
 * The p-quantile (0..1) of ascending values, interpolating linearly between the two nearest ranks
 * (the method of Excel's PERCENTILE.INC and numpy's default), rounded to one decimal.
 */
export function quantile(ascending: readonly number[], p: number): number {
  if (ascending.length === 0) {
    throw new RangeError('quantile of no values');
  }
  const position = (ascending.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const value = ascending[lower] + (ascending[upper] - ascending[lower]) * (position - lower);
  return Math.round(value * 10) / 10;
}

/**
 * Median and quartiles of the scores, or no figures at all when fewer than SECTOR_MINIMUM_GROUP
 * organisations have a score: a smaller group could be traced back to its members.
 */
export function sectorQuartiles(
  scores: readonly (number | null)[],
): Quartiles & { organisations: number } {
  const values = scores.filter((score): score is number => score !== null).sort((a, b) => a - b);
  if (values.length < SECTOR_MINIMUM_GROUP) {
    return { organisations: values.length, ...NO_FIGURES };
  }
  return {
    organisations: values.length,
    median: quantile(values, 0.5),
    p25: quantile(values, 0.25),
    p75: quantile(values, 0.75),
  };
}

/**
 * Readiness across organisations per rubric version, anonymised: a version with fewer than
 * SECTOR_MINIMUM_GROUP organisations is suppressed (no figures at all), and so is any single
 * figure that fewer organisations have a score for. Sorted by rubric id, then version.
 */
export function aggregateSector(groups: readonly SectorGroupInput[]): SectorFigures[] {
  return [...groups]
    .sort(
      (a, b) =>
        compareCodeUnits(a.rubric.id, b.rubric.id) ||
        compareVersions(a.rubric.version, b.rubric.version),
    )
    .map(aggregateSectorGroup);
}

/** One group's figures (see aggregateSector), all of it on the basis version. */
export function aggregateSectorGroup({ rubric, organisations }: SectorGroupInput): SectorFigures {
  const base = {
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    minimumGroupSize: SECTOR_MINIMUM_GROUP,
    organisations: organisations.length,
  };
  if (organisations.length < SECTOR_MINIMUM_GROUP) {
    return { ...base, suppressed: true, overall: null, domains: [] };
  }
  const { median, p25, p75 } = sectorQuartiles(organisations.map((org) => org.overall));
  const domains: SectorFigures['domains'] = rubric.domains.map((domain) => ({
    code: domain.code,
    title: domain.title,
    ...sectorQuartiles(
      organisations.map(
        (org) => org.domains.find((figure) => figure.code === domain.code)?.score ?? null,
      ),
    ),
  }));
  return { ...base, suppressed: false, overall: { median, p25, p75 }, domains };
}

/** Semantic versions by their numbers (1.10.0 after 1.9.0); anything else by code units. */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.split(/[.+-]/).map((part) => Number(part));
  const left = parts(a);
  const right = parts(b);
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const difference = left[index] - right[index];
    if (Number.isNaN(difference)) {
      break;
    }
    if (difference !== 0) {
      return difference;
    }
  }
  return compareCodeUnits(a, b);
}
