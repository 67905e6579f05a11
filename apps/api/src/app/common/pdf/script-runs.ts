import bidiFactory from 'bidi-js';

import { FontCoverage, HouseFontFamily } from './house-fonts';

/** A piece of text in one font at one bidi embedding level. */
export interface ScriptRun {
  text: string;
  font: HouseFontFamily;
  /** The Unicode bidi embedding level: odd reads right to left. */
  level: number;
  /** The run's paragraph reads right to left: its first strong character does. */
  rtlParagraph: boolean;
}

const bidi = bidiFactory();
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Latin text and the punctuation the documents use: Roboto has it all and it reads left to right. */
const PLAIN = /^[\t\n\r\u0020-\u024f\u2013\u2014\u2018-\u201e\u2022\u2026\u20ac]*$/u;
/** Shown as a picture rather than a letter: emoji style, skin tones, flags, keycaps. */
const EMOJI_STYLE =
  /\p{Emoji_Presentation}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\uFE0F|\u20E3/u;
/** Invisible characters: dropped when the chosen font has no glyph for them. */
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;
/** Characters that join with their neighbours into one grapheme cluster. */
const CLUSTERING =
  /\p{M}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200c|\u200d|\r|[\u{e0020}-\u{e007f}]/u;
/** Explicit direction marks: used by the bidi algorithm, then removed (UAX #9, X9). */
const BIDI_CONTROL = /^\p{Bidi_Control}$/u;

const TEXT_ORDER: readonly HouseFontFamily[] = [
  'Roboto',
  'NotoSansHebrew',
  'PlexSansArabic',
  'NotoEmoji',
];
const EMOJI_ORDER: readonly HouseFontFamily[] = [
  'NotoEmoji',
  'Roboto',
  'NotoSansHebrew',
  'PlexSansArabic',
];

/** Whether a text needs more than Roboto set left to right. */
export function needsScriptRuns(text: string): boolean {
  return !PLAIN.test(text);
}

const codePoints = (text: string) => Array.from(text, (char) => char.codePointAt(0) ?? 0);
const isInvisible = (point: number) => INVISIBLE.test(String.fromCodePoint(point));

interface Glyphs {
  font: HouseFontFamily;
  text: string;
}

/**
 * The first family (Roboto first, or the emoji font first for emoji) with a glyph for every
 * visible character of a grapheme cluster; else the first with its base character.
 */
function chooseFont(cluster: string, coverage: FontCoverage): Glyphs {
  const points = codePoints(cluster);
  const visible = points.filter((point) => !isInvisible(point));
  const order = EMOJI_STYLE.test(cluster) ? EMOJI_ORDER : TEXT_ORDER;
  const font =
    order.find((family) => visible.every((point) => coverage.covers(family, point))) ??
    order.find((family) => visible.length > 0 && coverage.covers(family, visible[0] ?? 0)) ??
    'Roboto';
  const kept = points.filter((point) => !isInvisible(point) || coverage.covers(font, point));
  return { font, text: String.fromCodePoint(...kept) };
}

/** Documents repeat the same few hundred clusters: each is decided once per set of fonts. */
const decided = new WeakMap<FontCoverage, Map<string, Glyphs>>();

function fontFor(cluster: string, coverage: FontCoverage): Glyphs {
  let known = decided.get(coverage);
  if (!known) {
    known = new Map();
    decided.set(coverage, known);
  }
  let glyphs = known.get(cluster);
  if (!glyphs) {
    glyphs = chooseFont(cluster, coverage);
    known.set(cluster, glyphs);
  }
  return glyphs;
}

/**
 * The grapheme clusters of a text with where each starts. Segmenting is slow, so a text whose
 * characters cannot combine is taken a code point at a time.
 */
function clustersOf(text: string): Iterable<{ segment: string; index: number }> {
  if (CLUSTERING.test(text)) {
    return graphemes.segment(text);
  }
  let index = 0;
  return Array.from(text, (segment) => {
    const cluster = { segment, index };
    index += segment.length;
    return cluster;
  });
}

/** The cluster as drawn: mirrored brackets where it reads right to left, no direction marks. */
function drawnCluster(cluster: string, start: number, mirrored: Map<number, string>): string {
  let index = start;
  let text = '';
  for (const char of cluster) {
    if (!BIDI_CONTROL.test(char)) {
      text += mirrored.get(index) ?? char;
    }
    index += char.length;
  }
  return text;
}

/**
 * Splits texts into runs of one font and one bidi level, for pdfmake, which has neither font
 * fallback nor bidi. The texts are the pieces of one paragraph (a text node and its inline
 * pieces): the bidi levels are resolved over all of them together, and each text keeps its own
 * runs so its style stays with it.
 */
export function scriptRuns(texts: readonly string[], coverage: FontCoverage): ScriptRun[][] {
  const whole = texts.join('');
  const embedding = bidi.getEmbeddingLevels(whole, 'auto');
  const mirrored = bidi.getMirroredCharactersMap(whole, embedding.levels);
  const rtlAt = (index: number) =>
    (embedding.paragraphs.find((p) => index >= p.start && index <= p.end)?.level ?? 0) % 2 === 1;
  let offset = 0;
  return texts.map((text) => {
    const runs: ScriptRun[] = [];
    for (const { segment, index } of clustersOf(text)) {
      const at = offset + index;
      const { font, text: glyphs } = fontFor(drawnCluster(segment, at, mirrored), coverage);
      if (glyphs === '') {
        continue;
      }
      const level = embedding.levels[at] ?? 0;
      const rtlParagraph = rtlAt(at);
      const last = runs[runs.length - 1];
      if (
        last &&
        last.font === font &&
        last.level === level &&
        last.rtlParagraph === rtlParagraph
      ) {
        last.text += glyphs;
      } else {
        runs.push({ text: glyphs, font, level, rtlParagraph });
      }
    }
    offset += text.length;
    return runs;
  });
}
