import { readinessScore } from '../readiness/readiness';
import type { CriterionStatus } from '../readiness/readiness.types';
import { rubricCriteria } from '../rubric/rubric-diff';
import { classifyMapping } from '../rubric/rubric-mapping';
import type { Criterion, RubricVersion } from '../rubric/rubric.types';
import type {
  SectorComparisonNote,
  SectorReadiness,
  SectorVersionRole,
  SectorVersionUse,
} from './dashboard.types';
import {
  aggregateSectorGroup,
  compareVersions,
  type SectorFigures,
  type SectorOrganisationScores,
} from './sector';

/**
 * One organisation's criterion statuses on the version its round is on, by criterion code:
 * statuses only, no name, id or text.
 */
export type SectorOrganisationStatuses = ReadonlyMap<string, CriterionStatus>;

/** The organisations whose latest submitted round is on this version (maybe none). */
export interface SectorVersionGroup {
  rubric: RubricVersion;
  organisations: readonly SectorOrganisationStatuses[];
}

/**
 * Basis criterion code → the code of `from`'s criterion it continues one to one, through the
 * chain of mappings between the two versions (either direction). Only unchanged and reworded
 * criteria continue one to one; a merged, split, new or dropped criterion measures something
 * else, so it has no counterpart. null when no chain of mappings links the versions.
 */
export function oneToOneCodes(
  from: RubricVersion,
  basis: RubricVersion,
  versions: readonly RubricVersion[],
): Map<string, string> | null {
  const newerFirst = compareVersions(from.version, basis.version) > 0;
  const [older, newer] = newerFirst ? [basis, from] : [from, basis];
  let codes = new Map(
    rubricCriteria(newer).map(({ criterion }) => [criterion.code, criterion.code]),
  );
  let current = newer;
  const seen = new Set<string>();
  while (current.version !== older.version) {
    const previous = versions.find((version) => version.version === current.previousVersion);
    if (previous === undefined || current.mapping === undefined || seen.has(current.version)) {
      return null;
    }
    seen.add(current.version);
    const step = new Map(
      classifyMapping(previous, current, current.mapping)
        .entries.filter((entry) => entry.kind === 'unchanged' || entry.kind === 'reworded')
        .map((entry) => [entry.code, entry.previousCodes[0]]),
    );
    codes = new Map(
      [...codes].flatMap(([newerCode, currentCode]): [string, string][] => {
        const previousCode = step.get(currentCode);
        return previousCode === undefined ? [] : [[newerCode, previousCode]];
      }),
    );
    current = previous;
  }
  return newerFirst
    ? new Map([...codes].map(([newerCode, olderCode]) => [olderCode, newerCode]))
    : codes;
}

interface Counted {
  group: SectorVersionGroup;
  /** Basis code → this version's code; the identity on the basis itself. */
  codes: ReadonlyMap<string, string>;
}

/**
 * The sector figures of one rubric compared like with like, on one basis version: `basisVersion`
 * when given (null when the rubric has no such version), else the newest version organisations
 * are on, else the newest. Organisations on another version count through the mapping, on the
 * basis criteria that every such version continues one to one; a version with no mapping chain
 * to the basis (or none of its criteria continuing) is left out, with its organisations counted.
 * Per domain: through the mapping when at least one of its criteria carries over, else on the
 * basis version's organisations alone. Fewer than SECTOR_MINIMUM_GROUP organisations: no figures.
 */
export function compareSector(
  groups: readonly SectorVersionGroup[],
  basisVersion?: string,
): SectorReadiness | null {
  const ordered = [...groups].sort((a, b) => compareVersions(a.rubric.version, b.rubric.version));
  const basis = chooseBasis(ordered, basisVersion);
  if (basis === undefined) {
    return null;
  }
  const rubrics = ordered.map((group) => group.rubric);
  const uses = ordered.map((group) => {
    const codes =
      group === basis ? identity(basis.rubric) : oneToOneCodes(group.rubric, basis.rubric, rubrics);
    return { group, codes, role: roleOf(group === basis, codes) };
  });
  const counted: Counted[] = uses.flatMap(({ group, codes, role }) =>
    role !== 'not-comparable' && codes !== null && group.organisations.length > 0
      ? [{ group, codes }]
      : [],
  );
  const others = counted.filter((entry) => entry.group !== basis);
  const comparable = new Set(
    [...identity(basis.rubric).keys()].filter((code) =>
      others.every(({ codes }) => codes.has(code)),
    ),
  );
  const notComparable = uses
    .filter(({ role }) => role === 'not-comparable')
    .reduce((sum, { group }) => sum + group.organisations.length, 0);
  const shared = others.length > 0 ? comparable : null;
  const figures = aggregateSectorGroup({
    rubric: basis.rubric,
    organisations: counted.flatMap((entry) =>
      entry.group.organisations.map((statuses) => scoresOf(basis.rubric, statuses, entry, shared)),
    ),
  });
  return describe(figures, basis.rubric, {
    comparable: shared,
    notComparable,
    otherOrganisations: others.reduce((sum, entry) => sum + entry.group.organisations.length, 0),
    versions: uses.map(({ group, codes, role }) => versionUse(group, role, codes, shared)),
  });
}

function chooseBasis(
  ordered: readonly SectorVersionGroup[],
  basisVersion: string | undefined,
): SectorVersionGroup | undefined {
  if (basisVersion !== undefined) {
    return ordered.find((group) => group.rubric.version === basisVersion);
  }
  return [...ordered].reverse().find((group) => group.organisations.length > 0) ?? ordered.at(-1);
}

function roleOf(isBasis: boolean, codes: ReadonlyMap<string, string> | null): SectorVersionRole {
  if (isBasis) {
    return 'basis';
  }
  return codes !== null && codes.size > 0 ? 'via-mapping' : 'not-comparable';
}

function identity(rubric: RubricVersion): Map<string, string> {
  return new Map(rubricCriteria(rubric).map(({ criterion }) => [criterion.code, criterion.code]));
}

/**
 * An organisation's scores on the basis criteria, weighted as the basis weighs them; each status
 * as its own version judged it. `comparable` null: every basis criterion counts (no other version
 * takes part). A domain with none of its criteria comparable counts only on the basis version.
 */
function scoresOf(
  basis: RubricVersion,
  statuses: SectorOrganisationStatuses,
  { codes, group }: Counted,
  comparable: ReadonlySet<string> | null,
): SectorOrganisationScores {
  const isBasis = group.rubric.version === basis.version;
  const score = (criteria: readonly Criterion[]) => {
    let met = 0;
    let applicable = 0;
    for (const criterion of criteria) {
      const status = statuses.get(codes.get(criterion.code) ?? '') ?? 'not-scored';
      applicable += status === 'not-applicable' ? 0 : criterion.weight;
      met += status === 'met' ? criterion.weight : 0;
    }
    return readinessScore(met, applicable);
  };
  const inComparison = (criteria: readonly Criterion[]) =>
    comparable === null ? criteria : criteria.filter((criterion) => comparable.has(criterion.code));
  const all = basis.domains.flatMap((domain) => domain.criteria);
  return {
    overall:
      inComparison(all).length > 0 || isBasis ? score(overallCriteria(all, comparable)) : null,
    domains: basis.domains.map((domain) => {
      const shared = inComparison(domain.criteria);
      if (shared.length > 0) {
        return { code: domain.code, score: score(shared) };
      }
      return { code: domain.code, score: isBasis ? score(domain.criteria) : null };
    }),
  };
}

/** The overall figure: on the comparable criteria, or on all when none carry over. */
function overallCriteria(
  all: readonly Criterion[],
  comparable: ReadonlySet<string> | null,
): readonly Criterion[] {
  if (comparable === null || comparable.size === 0) {
    return all;
  }
  return all.filter((criterion) => comparable.has(criterion.code));
}

interface Notes {
  comparable: ReadonlySet<string> | null;
  notComparable: number;
  otherOrganisations: number;
  versions: SectorVersionUse[];
}

function describe(figures: SectorFigures, basis: RubricVersion, notes: Notes): SectorReadiness {
  const note = (codes: readonly string[]): SectorComparisonNote => {
    const shared = codes.filter((code) => notes.comparable?.has(code)).length;
    if (notes.comparable === null || shared === 0) {
      return {
        comparison: 'same-version',
        criteriaLeftOut: 0,
        organisationsLeftOut: notes.notComparable + notes.otherOrganisations,
      };
    }
    return {
      comparison: 'via-mapping',
      criteriaLeftOut: codes.length - shared,
      organisationsLeftOut: notes.notComparable,
    };
  };
  const codesOf = (criteria: readonly Criterion[]) => criteria.map((criterion) => criterion.code);
  return {
    ...figures,
    ...note(codesOf(basis.domains.flatMap((domain) => domain.criteria))),
    domains: figures.domains.map((domain) => ({
      ...domain,
      ...note(codesOf(basis.domains.find((item) => item.code === domain.code)?.criteria ?? [])),
    })),
    versions: notes.versions,
  };
}

function versionUse(
  group: SectorVersionGroup,
  role: SectorVersionRole,
  codes: ReadonlyMap<string, string> | null,
  comparable: ReadonlySet<string> | null,
): SectorVersionUse {
  const total = rubricCriteria(group.rubric).length;
  const counted =
    role === 'not-comparable' || codes === null
      ? 0
      : [...codes.keys()].filter((code) => comparable === null || comparable.has(code)).length;
  return {
    version: group.rubric.version,
    organisations: group.organisations.length,
    role,
    criteriaLeftOut: total - counted,
  };
}
