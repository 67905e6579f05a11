import type { RubricVersion } from '@labelklaar/domain';

import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted (by UTF-16 code unit, so independent of locale) and no whitespace.
 * Properties whose value is undefined are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown) => canonicalJson(item)).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * sha256 (hex) of the rubric's canonical JSON. `status` is left out: it is lifecycle, not content,
 * so retiring a published version keeps its lock entry and the hash recorded by past rounds.
 */
export function rubricContentHash(rubric: RubricVersion): string {
  const content = canonicalJson({ ...rubric, status: undefined });
  return createHash('sha256').update(content, 'utf8').digest('hex');
}
