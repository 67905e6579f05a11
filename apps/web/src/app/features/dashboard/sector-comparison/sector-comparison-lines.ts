import type { SectorReadiness } from '@labelklaar/domain';

import type { Translate } from '../dashboard-i18n';

/**
 * The comparison in plain words: the basis version, the organisations on other versions that
 * count through the mapping or not at all, the criteria left out, and the domains that only the
 * basis version's organisations say anything about.
 */
export function sectorComparisonLines(sector: SectorReadiness, t: Translate): string[] {
  const basis = sector.versions.find((use) => use.role === 'basis');
  const lines = [
    t('dashboard.sector.comparedOn', {
      version: sector.rubricVersion,
      count: basis?.organisations ?? 0,
    }),
  ];
  for (const use of sector.versions.filter((item) => item.organisations > 0)) {
    if (use.role === 'via-mapping') {
      lines.push(
        t('dashboard.sector.viaMapping', { count: use.organisations, version: use.version }),
      );
    } else if (use.role === 'not-comparable') {
      lines.push(
        t('dashboard.sector.notComparable', { count: use.organisations, version: use.version }),
      );
    }
  }
  if (sector.comparison === 'via-mapping' && sector.criteriaLeftOut > 0) {
    lines.push(
      t('dashboard.sector.criteriaLeftOut', {
        count: sector.criteriaLeftOut,
        version: sector.rubricVersion,
      }),
    );
  }
  for (const domain of sector.domains) {
    if (domain.comparison === 'same-version' && domain.organisationsLeftOut > 0) {
      lines.push(
        t('dashboard.sector.domainSameVersion', {
          domain: domain.title,
          version: sector.rubricVersion,
        }),
      );
    }
  }
  return lines;
}
