import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.middleware';
import { isMalformedText, malformedTextFields } from './validation/well-formed-text.pipe';

const nested = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown;

describe('nestsDeeperThan', () => {
  it.each([
    [null, 0, false],
    ['text', 0, false],
    [{}, 1, false],
    [{}, 0, true],
    [{ a: [1, { b: 2 }] }, 3, false],
    [{ a: [1, { b: 2 }] }, 2, true],
    [nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH, false],
    [nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH, true],
  ])('%j with a limit of %i: %s', (value, limit, expected) => {
    expect(nestsDeeperThan(value, limit)).toBe(expected);
  });

  it('walks 100,000 levels without exhausting the stack', () => {
    expect(nestsDeeperThan(nested(100_000), MAX_JSON_DEPTH)).toBe(true);
  });
});

describe('isMalformedText', () => {
  it.each([
    ['Zelfevaluatie 2026', false],
    ['', false],
    ['emoji 😀 and 👵🏽', false],
    ['tab\tand newline\n', false],
    ['nul\u0000byte', true],
    ['\ud800', true],
    ['high \ud83d alone', true],
    ['low \ude00 alone', true],
    ['reversed \ude00\ud83d pair', true],
  ])('%j: %s', (text, expected) => {
    expect(isMalformedText(text)).toBe(expected);
  });
});

describe('malformedTextFields', () => {
  it('names every malformed string by its dotted path, as class-validator names fields', () => {
    const body = {
      title: 'goed',
      rationale: 'fout\u0000',
      participation: [{ note: 'goed' }, { note: 'half \ud800' }],
      level: 3,
    };
    expect(malformedTextFields(body, '')).toEqual(['rationale', 'participation.1.note']);
  });

  it('names a parameter by the name it is given', () => {
    expect(malformedTextFields('a\u0000b', 'roundId')).toEqual(['roundId']);
    expect(malformedTextFields({ status: ['open', '\udfff'] }, '')).toEqual(['status.1']);
  });
});
