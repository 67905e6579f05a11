import { pluralKey } from './plural';

describe('pluralKey', () => {
  it.each([
    [0, 'nl', 'changed.other'],
    [1, 'nl', 'changed.one'],
    [2, 'nl', 'changed.other'],
    [1, 'en', 'changed.one'],
    [3, 'en', 'changed.other'],
  ] as const)('picks the form for %i in %s', (count, lang, expected) => {
    expect(pluralKey('changed.', count, lang)).toBe(expected);
  });
});
