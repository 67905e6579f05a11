import { canonicalJson } from '../common/canonical-json';
import type { ChangedCriterion, CriterionRef, FieldChange, RubricDiff } from './normset.types';
import type { Criterion, RubricDomain, RubricVersion } from './rubric.types';

export interface LocatedRubricCriterion {
  criterion: Criterion;
  domain: RubricDomain;
}

/** Every criterion of a version with its domain, in rubric order. */
export function rubricCriteria(rubric: RubricVersion): LocatedRubricCriterion[] {
  return rubric.domains.flatMap((domain) =>
    domain.criteria.map((criterion) => ({ criterion, domain })),
  );
}

export function criterionRef({ criterion, domain }: LocatedRubricCriterion): CriterionRef {
  return { code: criterion.code, title: criterion.title, domain: domain.code };
}

const SCALAR_FIELDS = [
  'title',
  'description',
  'weight',
  'required',
  'allowNotApplicable',
  'metLevel',
  'evidenceKinds',
  'guidanceQuestions',
] as const;

/**
 * What changed from one version to another, criteria matched by code: added (only in `to`),
 * removed (only in `from`), changed (field by field, see FieldChange for the paths) and unchanged.
 * Lists follow rubric order (`to`'s for added, changed and unchanged; `from`'s for removed).
 * English texts count as fields (`en.title`, …), so adding them shows as a change.
 */
export function diffRubricVersions(from: RubricVersion, to: RubricVersion): RubricDiff {
  const before = new Map(rubricCriteria(from).map((item) => [item.criterion.code, item]));
  const after = rubricCriteria(to);
  const afterCodes = new Set(after.map((item) => item.criterion.code));
  const added: CriterionRef[] = [];
  const changed: ChangedCriterion[] = [];
  const unchanged: string[] = [];
  for (const item of after) {
    const earlier = before.get(item.criterion.code);
    if (earlier === undefined) {
      added.push(criterionRef(item));
      continue;
    }
    const fields = diffCriteria(earlier.criterion, item.criterion);
    if (fields.length === 0) {
      unchanged.push(item.criterion.code);
    } else {
      changed.push({ ...criterionRef(item), fields });
    }
  }
  const removed = rubricCriteria(from)
    .filter((item) => !afterCodes.has(item.criterion.code))
    .map(criterionRef);
  return {
    from: from.version,
    to: to.version,
    added,
    removed,
    changed,
    unchanged,
    meta: diffMeta(from, to),
  };
}

/** Field changes between two criteria (their codes are not compared). */
export function diffCriteria(from: Criterion, to: Criterion): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of SCALAR_FIELDS) {
    compare(changes, field, from[field], to[field]);
  }
  diffScale(changes, 'maturityScale', from.maturityScale, to.maturityScale, [
    'level',
    'name',
    'descriptor',
  ]);
  compare(changes, 'en.title', from.en?.title, to.en?.title);
  compare(changes, 'en.description', from.en?.description, to.en?.description);
  compare(changes, 'en.guidanceQuestions', from.en?.guidanceQuestions, to.en?.guidanceQuestions);
  diffScale(changes, 'en.maturityScale', from.en?.maturityScale ?? [], to.en?.maturityScale ?? [], [
    'name',
    'descriptor',
  ]);
  return changes;
}

function diffScale<T extends object>(
  changes: FieldChange[],
  path: string,
  from: readonly T[],
  to: readonly T[],
  keys: readonly (keyof T & string)[],
): void {
  for (let i = 0; i < Math.max(from.length, to.length); i++) {
    const a = from[i];
    const b = to[i];
    if (a === undefined || b === undefined) {
      compare(changes, `${path}[${i}]`, a, b);
      continue;
    }
    for (const key of keys) {
      compare(changes, `${path}[${i}].${key}`, a[key], b[key]);
    }
  }
}

function diffMeta(from: RubricVersion, to: RubricVersion): FieldChange[] {
  const changes: FieldChange[] = [];
  compare(changes, 'title', from.title, to.title);
  compare(changes, 'effectiveDate', from.effectiveDate, to.effectiveDate);
  compare(changes, 'en.title', from.en?.title, to.en?.title);
  const domainCodes = [...new Set([...from.domains, ...to.domains].map((domain) => domain.code))];
  for (const code of domainCodes) {
    const a = from.domains.find((domain) => domain.code === code);
    const b = to.domains.find((domain) => domain.code === code);
    const path = `domains[${code}]`;
    if (a === undefined || b === undefined) {
      compare(changes, path, a && { title: a.title }, b && { title: b.title });
      continue;
    }
    compare(changes, `${path}.title`, a.title, b.title);
    compare(changes, `${path}.description`, a.description, b.description);
    compare(changes, `${path}.en.title`, a.en?.title, b.en?.title);
    compare(changes, `${path}.en.description`, a.en?.description, b.en?.description);
  }
  return changes;
}

function compare(changes: FieldChange[], path: string, from: unknown, to: unknown): void {
  if (canonicalJson(from) !== canonicalJson(to)) {
    changes.push({ path, from, to });
  }
}
