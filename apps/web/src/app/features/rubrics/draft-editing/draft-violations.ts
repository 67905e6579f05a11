import { RubricVersion } from '@labelklaar/domain';

import { FieldMessage } from '../../../shared/forms/field-message';
import { DraftViolation } from '../data-access/rubric-drafts-api.service';
import { Selection } from './draft-editing';

/** Rules only the API checks (it knows every stored version); the web runs the loader's rules. */
export const PRODUCT_RULES: readonly string[] = [
  'rubric-id-mismatch',
  'version-exists',
  'unknown-previous-version',
  'version-not-after-previous',
  'previous-version-required',
];

/** Loader rules with a Dutch message of their own (`rubrics.draft.rules.<rule>`). */
const RULES_WITH_TEXT = new Set([
  ...PRODUCT_RULES,
  'duplicate-domain-code',
  'duplicate-criterion-code',
  'criterion-code-domain-mismatch',
  'non-positive-weight',
  'duplicate-scale-level',
  'scale-not-ascending',
  'met-level-outside-scale',
  'english-scale-mismatch',
  'unknown-evidence-kind',
  'mapping-unknown-code',
  'duplicate-mapping-code',
  'mapping-unknown-previous-code',
  'mapping-incomplete',
]);

/** JSON Schema keywords with a Dutch message (`rubrics.draft.rules.schema.<keyword>`). */
const SCHEMA_KEYWORDS = new Set([
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'pattern',
  'required',
  'type',
  'uniqueItems',
  'enum',
  'format',
]);

/** A violation in the editor's words; the loader's English detail where there is none. */
export function violationMessage(violation: DraftViolation): FieldMessage {
  if (violation.rule === 'schema') {
    const keyword = /\((\w+)\)$/.exec(violation.detail)?.[1];
    return keyword && SCHEMA_KEYWORDS.has(keyword)
      ? { key: `rubrics.draft.rules.schema.${keyword}` }
      : { text: violation.detail };
  }
  return RULES_WITH_TEXT.has(violation.rule)
    ? { key: `rubrics.draft.rules.${violation.rule}`, params: { detail: violation.detail } }
    : { text: violation.detail };
}

/**
 * The first violation per field under `prefix` (e.g. `domains[2].criteria[0]`), keyed by the path
 * after it (`title`, `maturityScale[1].descriptor`, `en.title`); `''` for the part as a whole.
 */
export function violationsUnder(
  violations: readonly DraftViolation[],
  prefix: string,
): Record<string, FieldMessage> {
  const fields: Record<string, FieldMessage> = {};
  for (const violation of violations) {
    const path = relativePath(violation.location, prefix);
    if (path !== null && !(path in fields)) {
      fields[path] = violationMessage(violation);
    }
  }
  return fields;
}

function relativePath(location: string, prefix: string): string | null {
  if (location === prefix) {
    return '';
  }
  if (location.startsWith(`${prefix}.`)) {
    return location.slice(prefix.length + 1);
  }
  return location.startsWith(`${prefix}[`) ? location.slice(prefix.length) : null;
}

/** Where a violation is: the criterion or domain it belongs to, to jump there from the summary. */
export function locate(location: string): { domain: number; criterion?: number } | null {
  const match = /^domains\[(\d+)\](?:\.criteria\[(\d+)\])?/.exec(location);
  if (!match) {
    return null;
  }
  return {
    domain: Number(match[1]),
    ...(match[2] !== undefined && { criterion: Number(match[2]) }),
  };
}

/** Violations per part of the outline: `version`, `mapping`, `d0` (the domain), `d0c3`. */
export function problemCounts(violations: readonly DraftViolation[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const violation of violations) {
    const key = partKey(violation.location);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

function partKey(location: string): string {
  if (location.startsWith('mapping')) {
    return 'mapping';
  }
  const at = locate(location);
  if (!at) {
    return 'version';
  }
  return at.criterion === undefined ? `d${at.domain}` : `d${at.domain}c${at.criterion}`;
}

/** A violation as the summary lists it: where (a part and a field), what, and where to go. */
export interface SummaryItem {
  part: string;
  field: { key: string; params?: Record<string, unknown> };
  message: FieldMessage;
  target: Selection;
}

/** The violations outside the mapping (the mapping panel lists its own), for the summary. */
export function summaryItems(
  violations: readonly DraftViolation[],
  content: RubricVersion,
): SummaryItem[] {
  return violations
    .filter((violation) => !violation.location.startsWith('mapping'))
    .map((violation) => {
      const at = locate(violation.location);
      const domain = at ? content.domains[at.domain] : undefined;
      const criterion = at?.criterion === undefined ? undefined : domain?.criteria[at.criterion];
      const target: Selection = !at
        ? { kind: 'version' }
        : at.criterion === undefined
          ? { kind: 'domain', domain: at.domain }
          : { kind: 'criterion', domain: at.domain, criterion: at.criterion };
      const prefix = /^domains\[\d+\](?:\.criteria\[\d+\])?\.?/.exec(violation.location)?.[0] ?? '';
      return {
        part: criterion?.code ?? domain?.code ?? '',
        field: fieldLabel(violation.location.slice(prefix.length)),
        message: violationMessage(violation),
        target,
      };
    });
}

const FIELD_LABELS: Record<string, string> = {
  code: 'code',
  title: 'title',
  description: 'description',
  guidanceQuestions: 'questions',
  evidenceKinds: 'evidenceKinds',
  weight: 'weight',
  metLevel: 'metLevel',
  maturityScale: 'levels',
  version: 'version',
  effectiveDate: 'effectiveDate',
  previousVersion: 'previousVersion',
  id: 'id',
  domains: 'domains',
  criteria: 'criteria',
  'en.title': 'titleEn',
  'en.description': 'descriptionEn',
  'en.guidanceQuestions': 'questionsEn',
  'en.maturityScale': 'levelsEn',
};

/** `maturityScale[1].descriptor` → "niveau 2, beschrijving" (keys `rubrics.draft.where.*`). */
export function fieldLabel(path: string): { key: string; params?: Record<string, unknown> } {
  const level = /^(en\.)?maturityScale\[(\d+)\]\.?(\w*)/.exec(path);
  if (level) {
    const part = level[3] === 'name' || level[3] === 'descriptor' ? level[3] : 'level';
    return {
      key: `rubrics.draft.where.${level[1] ? 'levelEn' : 'level'}.${part}`,
      params: { n: Number(level[2]) + 1 },
    };
  }
  const question = /^(en\.)?guidanceQuestions\[(\d+)\]/.exec(path);
  if (question) {
    return {
      key: `rubrics.draft.where.question${question[1] ? 'En' : ''}`,
      params: { n: Number(question[2]) + 1 },
    };
  }
  const field = path.replace(/\[\d+\]$/, '');
  const label = FIELD_LABELS[field];
  return label
    ? { key: `rubrics.draft.where.${label}` }
    : { key: 'rubrics.draft.where.other', params: { path } };
}
