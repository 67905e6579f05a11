import { searchExcerpt, searchPatterns } from './search.types';

describe('searchPatterns', () => {
  it('makes one pattern per word, with % and _ taken literally', () => {
    expect(searchPatterns('  100%  jaar_verslag ')).toEqual(['%100\\%%', '%jaar\\_verslag%']);
  });

  it('escapes the escape character and drops repeated words', () => {
    expect(searchPatterns('a\\b a\\b')).toEqual(['%a\\\\b%']);
  });
});

describe('searchExcerpt', () => {
  const long = `${'Begin van de tekst. '.repeat(10)}Hier staat het cliëntervaring onderzoek. ${'Daarna meer. '.repeat(10)}`;

  it('keeps short texts whole', () => {
    expect(searchExcerpt('Kort  en\nklein', 'kort')).toBe('Kort en klein');
  });

  it('shows the part around the first match', () => {
    const excerpt = searchExcerpt(long, 'CLIËNTERVARING');
    expect(excerpt).toContain('cliëntervaring');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(162);
  });

  it('starts at the beginning when nothing matches', () => {
    expect(searchExcerpt(long, 'nergens')).toMatch(/^Begin van de tekst/);
  });
});
