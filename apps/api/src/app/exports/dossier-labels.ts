import {
  ActionStatus,
  CriterionStatus,
  formatDate,
  formatNumber,
  formatPercent,
  formatShortDate,
  RoundRoute,
  RoundStatus,
} from '@labelklaar/domain';

/** Dutch wording of the exports; the same words as the web app's nl.json. */
export const CRITERION_STATUS_NL: Record<CriterionStatus, string> = {
  met: 'Behaald',
  gap: 'Nog niet behaald',
  'not-scored': 'Niet beoordeeld',
  'not-applicable': 'Niet van toepassing',
  'evidence-missing': 'Bewijs ontbreekt',
  'evidence-expired': 'Bewijs verlopen',
};

export const ACTION_STATUS_NL: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In uitvoering',
  done: 'Afgerond',
  cancelled: 'Geannuleerd',
};

export const ROUND_STATUS_NL: Record<RoundStatus, string> = {
  draft: 'Concept',
  submitted: 'Ingediend',
  reviewed: 'Beoordeeld',
  withdrawn: 'Ingetrokken',
};

export const ROUTE_NL: Record<RoundRoute, string> = {
  'external-audit': 'Externe audit',
  'peer-review': 'Intercollegiale toetsing',
  internal: 'Intern',
};

export const yesNo = (value: boolean) => (value ? 'ja' : 'nee');

/**
 * Dates and figures of the exports go through the one formatter of libs/domain (common/format.ts)
 * that the web app's pipes use: the same `15 maart 2027` and `66,7%` on paper as on screen.
 */
const EXPORT_LANGUAGE = 'nl';

/** `2027-03-15` → `15 maart 2027`; written out, as Dutch documents do. */
export function longDay(isoDay: string): string {
  return formatDate(isoDay, EXPORT_LANGUAGE);
}

/** `2027-03-15` → `15-03-2027`, compact for tables; null stays empty. */
export function shortDay(isoDay: string | null): string {
  return formatShortDate(isoDay, EXPORT_LANGUAGE);
}

/** A readiness percentage with a decimal comma (`66,7%`), or a dash when nothing applies. */
export function percent(score: number | null): string {
  return formatPercent(score, EXPORT_LANGUAGE);
}

/** A number with a decimal comma (`1,5`). */
export function decimal(value: number): string {
  return formatNumber(value, EXPORT_LANGUAGE);
}

/** A file-name-safe slug of a title: ASCII letters and digits joined by dashes. */
export function slug(text: string, fallback = 'ronde'): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return plain || fallback;
}
