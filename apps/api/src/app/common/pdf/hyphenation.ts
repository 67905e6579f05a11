import { hyphenateSync } from 'hyphen/nl';

/** What a line that ends inside a word shows there. */
export const HYPHEN = '-';

/** Words with fewer letters are never split: "instelling" still may be, "ronde" not. */
const MIN_LETTERS = 6;
/** A word of Latin letters (é, ë, ï included), with what follows it: punctuation, a space. */
const WORD = /^(\p{Script=Latin}+)([^\p{L}\p{N}]*)$/u;
const MARK = '\u00ad';
/** Words whose parts are remembered; beyond this the memory starts afresh. */
const MAX_REMEMBERED = 20_000;
const remembered = new Map<string, readonly string[]>();

/** The Dutch hyphenation parts of a plain word, looked up once per word per process. */
function partsOfWord(word: string): readonly string[] {
  let parts = remembered.get(word);
  if (!parts) {
    if (remembered.size >= MAX_REMEMBERED) {
      remembered.clear();
    }
    parts = hyphenateSync(word, { hyphenChar: MARK, minWordLength: MIN_LETTERS }).split(MARK);
    remembered.set(word, parts);
  }
  return parts;
}

/**
 * Where a word may be hyphenated, by the Dutch hyphenation patterns of TeX: the parts it may be
 * split into, the last with what followed the word. Anything that is not a plain word (a web
 * address, a code, a hash, digits) stays whole: a hyphen would change what it says.
 */
export function hyphenationParts(text: string): string[] {
  const match = WORD.exec(text);
  const [, word = '', tail = ''] = match ?? [];
  if (!match || word.length < MIN_LETTERS) {
    return [text];
  }
  const parts = [...partsOfWord(word)];
  parts[parts.length - 1] += tail;
  return parts;
}

/** Whether `text` may be split at all, into parts that end in a hyphen. */
export const isHyphenatable = (text: string): boolean => WORD.test(text);

const graphemes = new Intl.Segmenter('nl', { granularity: 'grapheme' });

/**
 * A part still too wide for its column (a word the patterns do not split enough) in pieces that
 * each fit with a hyphen after them: the last resort, still better than a break without one.
 */
export function piecesToFit(
  part: string,
  maxWidth: number,
  widthOf: (text: string) => number,
): string[] {
  const hyphen = widthOf(HYPHEN);
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of graphemes.segment(part)) {
    if (piece !== '' && widthOf(piece + segment) + hyphen > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  return [...pieces, piece];
}
