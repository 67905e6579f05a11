import {
  Criterion,
  CriterionMapping,
  DomainCode,
  RubricDomain,
  RubricVersion,
} from '@labelklaar/domain';

/**
 * Immutable edits of a draft's content for the editor. A draft may break rules while it is being
 * written (validateRubricContent says which), so these only keep the parts consistent that the
 * author cannot see: the mapping follows a criterion that is added, renamed or removed, and level
 * numbers stay 1, 2, 3, … with the English scale in step.
 */

/** The four parts of the kwaliteitsvisie, in the label's order. */
export const DOMAIN_CODES: readonly DomainCode[] = ['OPD', 'VMS', 'VAK', 'IMP'];

export type Selection =
  | { kind: 'version' }
  | { kind: 'mapping' }
  | { kind: 'domain'; domain: number }
  | { kind: 'criterion'; domain: number; criterion: number };

export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) {
    return [...items];
  }
  const moved = [...items];
  [moved[index], moved[target]] = [moved[target] as T, moved[index] as T];
  return moved;
}

export function updateDomain(
  content: RubricVersion,
  index: number,
  change: (domain: RubricDomain) => RubricDomain,
): RubricVersion {
  return {
    ...content,
    domains: content.domains.map((domain, i) => (i === index ? change(domain) : domain)),
  };
}

export function updateCriterion(
  content: RubricVersion,
  domainIndex: number,
  criterionIndex: number,
  change: (criterion: Criterion) => Criterion,
): RubricVersion {
  return updateDomain(content, domainIndex, (domain) => ({
    ...domain,
    criteria: domain.criteria.map((criterion, i) =>
      i === criterionIndex ? change(criterion) : criterion,
    ),
  }));
}

/** Replaces a criterion; a new code renames its mapping entry, so the mapping stays whole. */
export function replaceCriterion(
  content: RubricVersion,
  domainIndex: number,
  criterionIndex: number,
  next: Criterion,
): RubricVersion {
  const before = content.domains[domainIndex]?.criteria[criterionIndex];
  const updated = updateCriterion(content, domainIndex, criterionIndex, () => next);
  if (!before || before.code === next.code || !updated.mapping) {
    return updated;
  }
  const mapping = updated.mapping.map((entry) =>
    entry.code === before.code ? { ...entry, code: next.code } : entry,
  );
  return { ...updated, mapping };
}

const allCodes = (content: RubricVersion) =>
  new Set(content.domains.flatMap((domain) => domain.criteria.map((criterion) => criterion.code)));

/** The first free code of a domain: VAK-01, VAK-02, … */
export function nextCriterionCode(content: RubricVersion, domain: DomainCode): string {
  const taken = allCodes(content);
  for (let n = 1; n < 100; n++) {
    const code = `${domain}-${String(n).padStart(2, '0')}`;
    if (!taken.has(code)) {
      return code;
    }
  }
  return `${domain}-99`;
}

export function emptyCriterion(code: string): Criterion {
  return {
    code,
    title: '',
    description: '',
    guidanceQuestions: ['', ''],
    evidenceKinds: [],
    weight: 1,
    required: false,
    allowNotApplicable: false,
    maturityScale: [1, 2, 3, 4].map((level) => ({ level, name: '', descriptor: '' })),
    metLevel: 3,
  };
}

/** Adds an empty criterion at the end of a domain; mapped as new when the draft has a mapping. */
export function addCriterion(content: RubricVersion, domainIndex: number): RubricVersion {
  const domain = content.domains[domainIndex];
  if (!domain) {
    return content;
  }
  const code = nextCriterionCode(content, domain.code);
  const added = updateDomain(content, domainIndex, (item) => ({
    ...item,
    criteria: [...item.criteria, emptyCriterion(code)],
  }));
  return added.mapping
    ? { ...added, mapping: [...added.mapping, { code, previousCodes: [] }] }
    : added;
}

export function removeCriterion(
  content: RubricVersion,
  domainIndex: number,
  criterionIndex: number,
): RubricVersion {
  const code = content.domains[domainIndex]?.criteria[criterionIndex]?.code;
  const removed = updateDomain(content, domainIndex, (domain) => ({
    ...domain,
    criteria: domain.criteria.filter((_, i) => i !== criterionIndex),
  }));
  return removed.mapping
    ? { ...removed, mapping: removed.mapping.filter((entry) => entry.code !== code) }
    : removed;
}

/** The first domain code the draft does not have yet; undefined when all four are there. */
export function freeDomainCode(content: RubricVersion): DomainCode | undefined {
  const taken = new Set(content.domains.map((domain) => domain.code));
  return DOMAIN_CODES.find((code) => !taken.has(code));
}

export function addDomain(content: RubricVersion): RubricVersion {
  const code = freeDomainCode(content);
  if (!code) {
    return content;
  }
  const domain: RubricDomain = { code, title: '', description: '', criteria: [] };
  return addCriterion(
    { ...content, domains: [...content.domains, domain] },
    content.domains.length,
  );
}

export function removeDomain(content: RubricVersion, domainIndex: number): RubricVersion {
  const codes = new Set(content.domains[domainIndex]?.criteria.map((criterion) => criterion.code));
  return {
    ...content,
    domains: content.domains.filter((_, i) => i !== domainIndex),
    ...(content.mapping && {
      mapping: content.mapping.filter((entry) => !codes.has(entry.code)),
    }),
  };
}

/** Adds a level at the top of the scale (in the English scale too, when there is one). */
export function addLevel(criterion: Criterion): Criterion {
  const level = criterion.maturityScale.length + 1;
  return {
    ...criterion,
    maturityScale: [...criterion.maturityScale, { level, name: '', descriptor: '' }],
    ...(criterion.en && {
      en: {
        ...criterion.en,
        maturityScale: [...criterion.en.maturityScale, { name: '', descriptor: '' }],
      },
    }),
  };
}

/** Removes a level and numbers the rest 1, 2, 3, …; the met level stays within the scale. */
export function removeLevel(criterion: Criterion, index: number): Criterion {
  const scale = criterion.maturityScale
    .filter((_, i) => i !== index)
    .map((step, i) => ({ ...step, level: i + 1 }));
  return {
    ...criterion,
    maturityScale: scale,
    metLevel: Math.min(criterion.metLevel, Math.max(scale.length, 1)),
    ...(criterion.en && {
      en: {
        ...criterion.en,
        maturityScale: criterion.en.maturityScale.filter((_, i) => i !== index),
      },
    }),
  };
}

/** English texts of a criterion, empty where there are none yet. */
export function englishOf(criterion: Criterion): NonNullable<Criterion['en']> {
  return (
    criterion.en ?? {
      title: '',
      description: '',
      guidanceQuestions: criterion.guidanceQuestions.map(() => ''),
      maturityScale: criterion.maturityScale.map(() => ({ name: '', descriptor: '' })),
    }
  );
}

/** Sets the mapping entry of one criterion (added when it had none), in rubric order. */
export function setMappingEntry(
  content: RubricVersion,
  code: string,
  previousCodes: string[],
): RubricVersion {
  const order = content.domains.flatMap((domain) => domain.criteria.map((item) => item.code));
  const others = (content.mapping ?? []).filter((entry) => entry.code !== code);
  const mapping: CriterionMapping[] = [...others, { code, previousCodes }].sort(
    (a, b) => rank(order, a.code) - rank(order, b.code),
  );
  return { ...content, mapping };
}

const rank = (order: readonly string[], code: string) => {
  const index = order.indexOf(code);
  return index < 0 ? order.length : index;
};

/** The English title of the version; an empty one leaves the English texts out. */
export function withEnglishTitle(content: RubricVersion, title: string): RubricVersion {
  const rest = { ...content };
  delete rest.en;
  return title === '' ? rest : { ...rest, en: { title } };
}

/** A Dutch or English text of a domain; no English texts at all when both are emptied. */
export function withDomainText(
  domain: RubricDomain,
  field: 'title' | 'description',
  value: string,
  lang: 'nl' | 'en',
): RubricDomain {
  if (lang === 'nl') {
    return { ...domain, [field]: value };
  }
  const english = { title: '', description: '', ...domain.en, [field]: value };
  const rest = { ...domain };
  delete rest.en;
  return english.title === '' && english.description === '' ? rest : { ...rest, en: english };
}

/** Leaves out mapping lines of criteria the draft no longer has. */
export function pruneMapping(content: RubricVersion): RubricVersion {
  const codes = allCodes(content);
  return { ...content, mapping: (content.mapping ?? []).filter((entry) => codes.has(entry.code)) };
}
