/**
 * The password rule, shared by the API (which enforces it) and the web (which shows the same
 * verdict while typing). The estimate itself comes from zxcvbn-ts, built by each side with
 * `passwordEstimatorOptions`, so the dictionaries and limits are the same everywhere.
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's scale: 3 means about 10^8 guesses, out of reach of an online attacker and costly offline. */
export const PASSWORD_MIN_SCORE = 3;
/** A password this much of which is the person's own names or the organisation's is refused. */
const PERSONAL_SHARE = 0.5;
/** Only the first characters are estimated: enough to tell, and an estimate grows costly with length. */
const ESTIMATED_LENGTH = 48;
/** Words from the product itself that anyone would try first. */
const PRODUCT_WORDS = ['labelklaar', 'kwaliteitslabel', 'sterk sociaal werk', 'sociaal werk'];

export type PasswordWeakness =
  'too-short' | 'too-long' | 'personal' | 'common' | 'pattern' | 'guessable';

/** Whom the password protects: their names are the first guesses of anyone who knows them. */
export interface PasswordContext {
  email?: string | null;
  displayName?: string | null;
  organisationNames?: readonly string[];
}

export interface PasswordVerdict {
  isAcceptable: boolean;
  /** 0 (guessed at once) to 4 (very hard to guess). */
  score: number;
  weakness: PasswordWeakness | null;
}

/** The parts of a zxcvbn-ts result the rule reads. */
export interface PasswordEstimate {
  score: number;
  feedback: { warning: string | null };
  sequence: readonly { pattern: string; i: number; j: number; dictionaryName?: string }[];
}

export interface PasswordEstimator {
  check(password: string, userInputs: string[]): PasswordEstimate;
}

/** The language packs of zxcvbn-ts: @zxcvbn-ts/language-common, -en and -nl-be. */
export interface PasswordDictionaryPacks {
  common: {
    dictionary: Record<string, string[]>;
    adjacencyGraphs: Record<string, Record<string, (string | null)[]>>;
  };
  languages: readonly { dictionary: Record<string, string[]> }[];
}

export function passwordEstimatorOptions(packs: PasswordDictionaryPacks) {
  return {
    dictionary: Object.assign(
      {},
      packs.common.dictionary,
      ...packs.languages.map((pack) => pack.dictionary),
    ) as Record<string, string[]>,
    graphs: packs.common.adjacencyGraphs,
    maxLength: ESTIMATED_LENGTH,
    // zxcvbn-ts tries every combination of look-alike characters; past a handful it only costs time.
    l33tMaxSubstitutions: 10,
  };
}

const COMMON_WARNINGS = new Set([
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'pwned',
]);
const PATTERN_WARNINGS = new Set([
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
]);

/** The words someone who knows the person would try: names, parts of the e-mail address. */
export function passwordUserInputs(context: PasswordContext): string[] {
  const phrases = [
    context.displayName ?? '',
    ...(context.organisationNames ?? []),
    ...emailPhrases(context.email ?? ''),
    ...PRODUCT_WORDS,
  ];
  const inputs = phrases.flatMap((phrase) => {
    const lower = phrase.trim().toLowerCase();
    const words = lower.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3);
    return [lower, lower.replace(/[^\p{L}\p{N}]+/gu, ''), ...words];
  });
  return [...new Set(inputs.filter((input) => input.length >= 3))];
}

function emailPhrases(email: string): string[] {
  const [local = '', domain = ''] = email.split('@');
  const labels = domain.split('.').slice(0, -1);
  return [email, local, ...labels];
}

export function judgePassword(
  password: string,
  context: PasswordContext,
  estimator: PasswordEstimator,
): PasswordVerdict {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return { isAcceptable: false, score: 0, weakness: 'too-short' };
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return { isAcceptable: false, score: 0, weakness: 'too-long' };
  }
  const estimate = estimator.check(password, passwordUserInputs(context));
  const weakness = weaknessOf(estimate, Math.min(password.length, ESTIMATED_LENGTH));
  return { isAcceptable: weakness === null, score: estimate.score, weakness };
}

function weaknessOf(estimate: PasswordEstimate, length: number): PasswordWeakness | null {
  const warning = estimate.feedback.warning ?? '';
  const personal = shareOf(estimate, length, (name) => name === 'userInputs');
  if (warning === 'userInputs' || personal >= PERSONAL_SHARE) {
    return 'personal';
  }
  if (estimate.score >= PASSWORD_MIN_SCORE) {
    return null;
  }
  if (COMMON_WARNINGS.has(warning)) {
    return 'common';
  }
  if (PATTERN_WARNINGS.has(warning)) {
    return 'pattern';
  }
  return shareOf(estimate, length, (name) => name !== '') >= PERSONAL_SHARE
    ? 'common'
    : 'guessable';
}

/** How much of the password the dictionary matches selected by `counts` cover, from 0 to 1. */
function shareOf(
  estimate: PasswordEstimate,
  length: number,
  counts: (dictionaryName: string) => boolean,
): number {
  const covered = estimate.sequence
    .filter((match) => match.pattern === 'dictionary' && counts(match.dictionaryName ?? ''))
    .reduce((sum, match) => sum + match.j - match.i + 1, 0);
  return covered / length;
}
