import { ActionStatus, CriterionStatus, RoundRoute, RoundStatus } from '@labelklaar/domain';

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

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** `2027-03-15` → `15 maart 2027`; written out, as Dutch documents do. */
export function longDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return `${day} ${MONTHS_NL[month - 1] ?? ''} ${year}`;
}

/** `2027-03-15` → `15-03-2027`, compact for tables; null stays empty. */
export function shortDay(isoDay: string | null): string {
  if (!isoDay) {
    return '';
  }
  const [year, month, day] = isoDay.split('-');
  return `${day}-${month}-${year}`;
}

/** A readiness percentage with a decimal comma, or a dash when nothing applies. */
export function percent(score: number | null): string {
  return score === null ? '–' : `${score.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} %`;
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
