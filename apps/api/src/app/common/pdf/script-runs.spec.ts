import { houseFonts } from './house-fonts';
import { needsScriptRuns, scriptRuns } from './script-runs';

const { coverage } = houseFonts();
const runsOf = (text: string) =>
  (scriptRuns([text], coverage)[0] ?? []).map(({ text: piece, font, level }) => [
    piece,
    font,
    level,
  ]);

describe('scriptRuns', () => {
  it.each([['Stichting Ëlan & Welzijn – “wijkgericht” · 12 %'], ['Ayşe, Łukasz en Gülsüm']])(
    'leaves Latin text to Roboto: %s',
    (text) => {
      expect(needsScriptRuns(text)).toBe(false);
    },
  );

  it.each([['שלום'], ['مرحبا'], ['🙂'], ['Καλημέρα'], ['a\u200fb']])('finds work in %s', (text) => {
    expect(needsScriptRuns(text)).toBe(true);
  });

  it('gives Hebrew, Arabic and emoji their fonts and right-to-left text an odd level', () => {
    expect(runsOf('Hallo שלום en مرحبا بالعالم 🙂👍!')).toEqual([
      ['Hallo ', 'Roboto', 0],
      ['שלום', 'NotoSansHebrew', 1],
      [' en ', 'Roboto', 0],
      ['مرحبا', 'PlexSansArabic', 1],
      [' ', 'Roboto', 1],
      ['بالعالم', 'PlexSansArabic', 1],
      [' ', 'Roboto', 0],
      ['🙂👍', 'NotoEmoji', 0],
      ['!', 'Roboto', 0],
    ]);
  });

  it('reads a paragraph that starts in Hebrew right to left, with numbers and Latin at level 2', () => {
    const [runs] = scriptRuns(['שלום 123 Hallo'], coverage);
    expect(runs?.map((run) => [run.text, run.level, run.rtlParagraph])).toEqual([
      ['שלום', 1, true],
      [' ', 1, true],
      ['123', 2, true],
      [' ', 1, true],
      ['Hallo', 2, true],
    ]);
  });

  it('mirrors brackets that read right to left and drops direction marks', () => {
    expect(runsOf('(שלום)\u200f')).toEqual([
      [')', 'Roboto', 1],
      ['שלום', 'NotoSansHebrew', 1],
      ['(', 'Roboto', 1],
    ]);
  });

  it('keeps emoji sequences whole: skin tones, ZWJ families, flags and keycaps', () => {
    const text = '👍🏽👨‍👩‍👧🇳🇱1️⃣';
    expect(runsOf(text)).toEqual([[text, 'NotoEmoji', 0]]);
  });

  it('sets symbols Roboto lacks in the emoji font, and Arabic digits in the Arabic font', () => {
    expect(runsOf('✔ ١٢٣')).toEqual([
      ['✔', 'NotoEmoji', 0],
      [' ', 'Roboto', 0],
      ['١٢٣', 'PlexSansArabic', 2],
    ]);
  });

  it('resolves the levels over all pieces of a paragraph, each keeping its own runs', () => {
    const runs = scriptRuns(['Status: ', 'שלום', ' עולם'], coverage);
    expect(runs.map((pieces) => pieces.map((run) => [run.text, run.level]))).toEqual([
      [['Status: ', 0]],
      [['שלום', 1]],
      [
        [' ', 1],
        ['עולם', 1],
      ],
    ]);
    expect(runs.flat().every((run) => !run.rtlParagraph)).toBe(true);
  });

  it('decides the direction per paragraph of a text with line breaks', () => {
    const [runs] = scriptRuns(['Eerste regel\nשורה שנייה'], coverage);
    expect(runs?.map((run) => [run.text, run.rtlParagraph])).toEqual([
      ['Eerste regel\n', false],
      ['שורה', true],
      [' ', true],
      ['שנייה', true],
    ]);
  });
});
