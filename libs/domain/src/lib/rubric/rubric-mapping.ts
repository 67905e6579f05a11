import { canonicalJson } from '../common/canonical-json';
import type {
  ClassifiedMapping,
  MappingClassification,
  MappingKind,
  MappingProblem,
} from './normset.types';
import { rubricCriteria } from './rubric-diff';
import type { Criterion, CriterionMapping, RubricVersion } from './rubric.types';

/**
 * Title similarity at or above which proposeMapping links two criteria: the Dice coefficient
 * 2·|A∩B| / (|A|+|B|) of the titles' normalised word sets (see titleTokens). 0.5 means at least
 * half of the words are shared, e.g. "Leren van resultaten" ~ "Leren van resultaten en klachten".
 */
export const TITLE_SIMILARITY_THRESHOLD = 0.5;

// Words too common in Dutch (and English) titles to say two criteria are about the same thing.
const STOP_WORDS = new Set([
  'de',
  'het',
  'een',
  'en',
  'of',
  'van',
  'voor',
  'met',
  'in',
  'op',
  'aan',
  'bij',
  'om',
  'te',
  'tot',
  'uit',
  'over',
  'naar',
  'door',
  'als',
  'dat',
  'die',
  'wat',
  'we',
  'wij',
  'ons',
  'onze',
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'for',
  'with',
  'to',
  'on',
  'at',
  'by',
]);

/** Lower case, diacritics and punctuation removed, stop words left out. */
export function titleTokens(title: string): Set<string> {
  const words = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !STOP_WORDS.has(word));
  return new Set(words);
}

/** Dice coefficient of the titles' tokens, 0 (nothing shared) to 1 (the same words). */
export function titleSimilarity(a: string, b: string): number {
  const left = titleTokens(a);
  const right = titleTokens(b);
  if (left.size === 0 || right.size === 0) {
    return 0;
  }
  const shared = [...left].filter((token) => right.has(token)).length;
  return (2 * shared) / (left.size + right.size);
}

/**
 * The kind of every mapping entry (see MappingKind), derived, never stored:
 * previousCodes [] → new; several → merged; one that other entries continue too → split; one
 * only this entry continues → unchanged when the criteria are equal in every field but the code
 * and the English texts (levels and met level included), else reworded. Unknown codes are skipped
 * (findMappingProblems reports them). `dropped`: previous criteria no entry continues.
 */
export function classifyMapping(
  previous: RubricVersion,
  next: RubricVersion,
  mapping: readonly CriterionMapping[],
): MappingClassification {
  const before = new Map(
    rubricCriteria(previous).map(({ criterion }) => [criterion.code, criterion]),
  );
  const entries = new Map<string, string[]>();
  for (const entry of mapping) {
    if (!entries.has(entry.code)) {
      entries.set(
        entry.code,
        [...new Set(entry.previousCodes)].filter((code) => before.has(code)),
      );
    }
  }
  const uses = new Map<string, number>();
  for (const [code, previousCodes] of entries) {
    if (rubricCriteria(next).some(({ criterion }) => criterion.code === code)) {
      for (const previousCode of previousCodes) {
        uses.set(previousCode, (uses.get(previousCode) ?? 0) + 1);
      }
    }
  }
  const classified: ClassifiedMapping[] = rubricCriteria(next).flatMap(({ criterion }) => {
    const previousCodes = entries.get(criterion.code);
    if (previousCodes === undefined) {
      return [];
    }
    const kind = kindOf(criterion, previousCodes, before, uses);
    return [{ code: criterion.code, previousCodes, kind }];
  });
  const dropped = [...before.keys()].filter((code) => !uses.has(code));
  return { entries: classified, dropped };
}

function kindOf(
  criterion: Criterion,
  previousCodes: readonly string[],
  before: ReadonlyMap<string, Criterion>,
  uses: ReadonlyMap<string, number>,
): MappingKind {
  const [only, ...rest] = previousCodes;
  if (only === undefined) {
    return 'new';
  }
  if (rest.length > 0) {
    return 'merged';
  }
  if ((uses.get(only) ?? 0) > 1) {
    return 'split';
  }
  const earlier = before.get(only);
  return earlier !== undefined && sameContent(earlier, criterion) ? 'unchanged' : 'reworded';
}

/** Equal in every field but the code and the English texts. */
export function sameContent(a: Criterion, b: Criterion): boolean {
  const content = (criterion: Criterion): string =>
    canonicalJson({ ...criterion, code: undefined, en: undefined });
  return content(a) === content(b);
}

/**
 * A first mapping for the author to confirm, in `next`'s rubric order:
 * 1. a criterion whose code exists in `previous` continues that criterion;
 * 2. otherwise the previous criterion with the most similar title, if at least
 *    TITLE_SIMILARITY_THRESHOLD (ties: the first in rubric order) — a split when that one is
 *    continued already;
 * 3. otherwise it is new (previousCodes []).
 * Then every previous criterion still continued by none is merged into the next criterion with the
 * most similar title, if at least the threshold; else it stays dropped.
 */
export function proposeMapping(previous: RubricVersion, next: RubricVersion): CriterionMapping[] {
  const before = rubricCriteria(previous).map(({ criterion }) => criterion);
  const beforeCodes = new Set(before.map((criterion) => criterion.code));
  const after = rubricCriteria(next).map(({ criterion }) => criterion);
  const proposal = after.map((criterion): CriterionMapping => {
    if (beforeCodes.has(criterion.code)) {
      return { code: criterion.code, previousCodes: [criterion.code] };
    }
    const match = mostSimilar(criterion.title, before);
    return { code: criterion.code, previousCodes: match === undefined ? [] : [match.code] };
  });
  const used = new Set(proposal.flatMap((entry) => entry.previousCodes));
  for (const criterion of before.filter((item) => !used.has(item.code))) {
    const match = mostSimilar(criterion.title, after);
    const entry = match && proposal.find((item) => item.code === match.code);
    entry?.previousCodes.push(criterion.code);
  }
  return proposal;
}

function mostSimilar(title: string, candidates: readonly Criterion[]): Criterion | undefined {
  let best: Criterion | undefined;
  let bestScore = TITLE_SIMILARITY_THRESHOLD;
  for (const candidate of candidates) {
    const score = titleSimilarity(title, candidate.title);
    if (score > bestScore || (best === undefined && score >= bestScore)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Every broken rule of `mapping` from `previous` to `next`, in order: per entry an unknown code,
 * a duplicate code, unknown previous codes; then one problem naming every criterion of `next`
 * the mapping leaves out (a new criterion is listed with previousCodes: []).
 */
export function findMappingProblems(
  previous: RubricVersion,
  next: RubricVersion,
  mapping: readonly CriterionMapping[],
): MappingProblem[] {
  const codes = new Set(rubricCriteria(next).map(({ criterion }) => criterion.code));
  const previousCodes = new Set(rubricCriteria(previous).map(({ criterion }) => criterion.code));
  const problems: MappingProblem[] = [];
  const seen = new Set<string>();
  for (const [i, entry] of mapping.entries()) {
    if (!codes.has(entry.code)) {
      const detail = `criterion ${entry.code} does not exist in this version`;
      problems.push({ location: `mapping[${i}].code`, rule: 'mapping-unknown-code', detail });
    } else if (seen.has(entry.code)) {
      const detail = `criterion ${entry.code} is mapped more than once`;
      problems.push({ location: `mapping[${i}].code`, rule: 'duplicate-mapping-code', detail });
    }
    seen.add(entry.code);
    for (const [j, code] of entry.previousCodes.entries()) {
      if (!previousCodes.has(code)) {
        problems.push({
          location: `mapping[${i}].previousCodes[${j}]`,
          rule: 'mapping-unknown-previous-code',
          detail: `criterion ${code} does not exist in the previous version`,
        });
      }
    }
  }
  const missing = [...codes].filter((code) => !seen.has(code));
  if (missing.length > 0) {
    problems.push({
      location: 'mapping',
      rule: 'mapping-incomplete',
      detail: `criteria ${missing.join(', ')} are not in the mapping (list a new criterion with previousCodes: [])`,
    });
  }
  return problems;
}
