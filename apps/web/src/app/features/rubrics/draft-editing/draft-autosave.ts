import { RubricVersion } from '@labelklaar/domain';

/**
 * What the shared autosave compares on a conflict: the draft's content in parts, each as JSON,
 * so the banner can say which part the other author changed (the autosave compares with ===).
 */
export interface DraftParts {
  title: string;
  version: string;
  effectiveDate: string;
  english: string;
  domains: string;
  mapping: string;
  other: string;
}

export const DRAFT_PARTS: readonly (keyof DraftParts)[] = [
  'title',
  'version',
  'effectiveDate',
  'english',
  'domains',
  'mapping',
  'other',
];

export function partsOf(content: RubricVersion): DraftParts {
  const { title, version, effectiveDate, en, domains, mapping, ...other } = content;
  return {
    title: JSON.stringify(title ?? null),
    version: JSON.stringify(version ?? null),
    effectiveDate: JSON.stringify(effectiveDate ?? null),
    english: JSON.stringify(en ?? null),
    domains: JSON.stringify(domains ?? null),
    mapping: JSON.stringify(mapping ?? null),
    other: JSON.stringify(other),
  };
}

export function contentOf(parts: DraftParts): RubricVersion {
  const part = (key: keyof DraftParts): unknown => JSON.parse(parts[key]) as unknown;
  const content: Record<string, unknown> = {
    ...(part('other') as Record<string, unknown>),
    title: part('title'),
    version: part('version'),
    effectiveDate: part('effectiveDate'),
    en: part('english'),
    domains: part('domains'),
    mapping: part('mapping'),
  };
  // Absent members stay absent: the schema refuses `en: null` and the like.
  for (const [key, value] of Object.entries(content)) {
    if (value === null) {
      delete content[key];
    }
  }
  return content as unknown as RubricVersion;
}
