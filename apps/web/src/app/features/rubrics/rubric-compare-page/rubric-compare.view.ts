import { FieldChange, formatDate, MappingKind } from '@labelklaar/domain';

import { RubricComparison } from '../data-access/rubric-library-api.service';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface FieldRow {
  label: string;
  from: string;
  to: string;
}

export interface CriterionRow {
  code: string;
  title: string;
  domain: string;
  kind: MappingKind | null;
  /** Added: the earlier codes it continues; removed: the codes that continue it. */
  related: string[];
  /** Changes of the Dutch content: what the rubric says. */
  fields: FieldRow[];
  /** Changes of the English texts (`en.*`), shown apart: adding translations touches every criterion. */
  englishFields: FieldRow[];
}

export interface ComparisonView {
  from: string;
  to: string;
  added: CriterionRow[];
  removed: CriterionRow[];
  changed: CriterionRow[];
  /** Changed in their English texts only. */
  englishOnly: CriterionRow[];
  unchangedCount: number;
  meta: FieldRow[];
  /** Mapping entries that are not one to one and unchanged, in rubric order. */
  mapping: { code: string; kind: MappingKind; previousCodes: string[] }[];
  hasMapping: boolean;
}

const SCALE = /^(en\.)?maturityScale\[(\d+)\](?:\.(\w+))?$/;
const DOMAIN = /^domains\[(\w+)\](?:\.(.+))?$/;

/** A changed path as the admin reads it: `maturityScale[2].descriptor` → "Niveau 3: omschrijving". */
export function fieldLabel(path: string, t: Translate): string {
  const scale = SCALE.exec(path);
  if (scale) {
    const [, english, index, key] = scale;
    const label = t(`rubrics.compare.fields.scale.${key ?? 'whole'}`, { level: Number(index) + 1 });
    return english ? t('rubrics.compare.fields.english', { field: label }) : label;
  }
  const domain = DOMAIN.exec(path);
  if (domain) {
    const [, code, rest] = domain;
    return t('rubrics.compare.fields.domain', { code, field: fieldLabel(rest ?? 'title', t) });
  }
  if (path.startsWith('en.')) {
    return t('rubrics.compare.fields.english', { field: fieldLabel(path.slice(3), t) });
  }
  const key = `rubrics.compare.fields.${path}`;
  const text = t(key);
  return text === key ? path : text;
}

/**
 * A field's value as text: lists one item a line, yes/no, a scale level with its name, a date
 * written out in the UI language (`1 januari 2026`).
 */
export function formatValue(value: unknown, t: Translate, lang = 'nl'): string {
  if (value === undefined || value === null) {
    return '–';
  }
  if (typeof value === 'boolean') {
    return t(value ? 'common.yes' : 'common.no');
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? '–' : value.map((item) => formatValue(item, t, lang)).join('\n');
  }
  if (typeof value === 'object') {
    const { level, name, descriptor, title } = value as Record<string, unknown>;
    const parts = [level, name, descriptor ?? title].filter((part) => part !== undefined);
    return parts.join(' · ');
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return formatDate(value, lang);
  }
  return String(value);
}

function fieldRows(changes: readonly FieldChange[], t: Translate, lang: string): FieldRow[] {
  return changes.map((change) => ({
    label: fieldLabel(change.path, t),
    from: formatValue(change.from, t, lang),
    to: formatValue(change.to, t, lang),
  }));
}

const isEnglish = (change: FieldChange) => change.path.startsWith('en.');

export function toComparisonView(
  comparison: RubricComparison,
  t: Translate,
  lang = 'nl',
): ComparisonView {
  const entries = comparison.mapping?.entries ?? [];
  const kindOf = new Map(entries.map((entry) => [entry.code, entry]));
  const row = (
    ref: { code: string; title: string; domain: string },
    related: string[] = [],
    changes: readonly FieldChange[] = [],
  ): CriterionRow => ({
    ...ref,
    kind: kindOf.get(ref.code)?.kind ?? null,
    related,
    fields: fieldRows(
      changes.filter((change) => !isEnglish(change)),
      t,
      lang,
    ),
    englishFields: fieldRows(changes.filter(isEnglish), t, lang),
  });
  const continuing = (code: string) =>
    entries.filter((entry) => entry.previousCodes.includes(code)).map((entry) => entry.code);
  const changed = comparison.changed.map((ref) => row(ref, [], ref.fields));
  return {
    from: comparison.from,
    to: comparison.to,
    added: comparison.added.map((ref) => row(ref, kindOf.get(ref.code)?.previousCodes ?? [])),
    removed: comparison.removed.map((ref) => row(ref, continuing(ref.code))),
    changed: changed.filter((item) => item.fields.length > 0),
    englishOnly: changed.filter((item) => item.fields.length === 0),
    unchangedCount: comparison.unchanged.length,
    meta: fieldRows(comparison.meta, t, lang),
    mapping: entries.filter((entry) => entry.kind !== 'unchanged'),
    hasMapping: comparison.mapping !== null,
  };
}

/** Newest last, by semantic version. */
export function bySemver(a: string, b: string): number {
  return a.localeCompare(b, undefined, { numeric: true });
}
