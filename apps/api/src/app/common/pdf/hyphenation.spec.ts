import { hyphenationParts, isHyphenatable, piecesToFit } from './hyphenation';

describe('hyphenationParts', () => {
  it.each([
    ['samenwerkingsovereenkomst', ['sa', 'men', 'wer', 'kings', 'over', 'een', 'komst']],
    ['meerjarenbeleidsplan.', ['meer', 'ja', 'ren', 'be', 'leids', 'plan.']],
    ['casuïstiekbespreking, ', ['ca', 'su', 'ïs', 'tiek', 'be', 'spre', 'king, ']],
  ])('splits %j where Dutch hyphenates it', (word, parts) => {
    expect(hyphenationParts(word)).toEqual(parts);
  });

  it.each([
    ['ronde '],
    ['https://www.voorbeeld.nl/documenten/subsidiebeschikking-2025'],
    ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['OPD-01'],
    ['2026-12-31'],
    ['שלוםעולםשלוםעולם'],
  ])('leaves %j whole', (text) => {
    expect(hyphenationParts(text)).toEqual([text]);
  });
});

describe('isHyphenatable', () => {
  it('takes words of Latin letters with their punctuation, nothing else', () => {
    expect(isHyphenatable('aaaaaaaaaaaaaaaaaaaa;')).toBe(true);
    expect(isHyphenatable('info@voorbeeld.nl')).toBe(false);
    expect(isHyphenatable('jaarverslag-2025')).toBe(false);
  });
});

describe('piecesToFit', () => {
  /** A monospaced measure: every character (the hyphen too) one unit wide. */
  const units = (text: string) => [...text].length;

  it('cuts a part into pieces that fit with their hyphen', () => {
    expect(piecesToFit('abcdefghij', 4, units)).toEqual(['abc', 'def', 'ghi', 'j']);
  });

  it('keeps a part that fits as it is', () => {
    expect(piecesToFit('abc', 4, units)).toEqual(['abc']);
  });

  it('never cuts inside a letter with its accent', () => {
    expect(piecesToFit('e\u0301e\u0301e\u0301', 3, units)).toEqual([
      'e\u0301',
      'e\u0301',
      'e\u0301',
    ]);
  });
});
