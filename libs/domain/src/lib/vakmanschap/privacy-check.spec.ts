import fc from 'fast-check';

import { checkTextFields, findPersonalData, isBsn, listFields } from './privacy-check';

const options = { referenceYear: 2026 };
const kinds = (text: string) => findPersonalData(text, options).map((finding) => finding.kind);

/** Any eight digits completed to a number that passes the eleven-test (some cannot: skipped). */
const bsnArb = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((digits) => {
    const sum = digits.reduce((total, digit, index) => total + digit * (9 - index), 0);
    return [...digits, sum % 11].join('');
  })
  .filter((bsn) => bsn.length === 9 && isBsn(bsn));

const bsnWritingArb = fc
  .tuple(bsnArb, fc.constantFrom('plain', '3.3.3', '3 3 3', '4.2.3', '4 2 3'))
  .map(([bsn, style]) => {
    switch (style) {
      case 'plain':
        return bsn;
      case '3.3.3':
        return `${bsn.slice(0, 3)}.${bsn.slice(3, 6)}.${bsn.slice(6)}`;
      case '3 3 3':
        return `${bsn.slice(0, 3)} ${bsn.slice(3, 6)} ${bsn.slice(6)}`;
      case '4.2.3':
        return `${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}`;
      case '4 2 3':
        return `${bsn.slice(0, 4)} ${bsn.slice(4, 6)} ${bsn.slice(6)}`;
    }
  });

const wordArb = fc.constantFrom(
  'de',
  'cliënt',
  'wilde',
  'zelf',
  'regie',
  'houden',
  'wij',
  'hebben',
  'besproken',
  'in',
  'het',
  'team',
  'en',
  'met',
  'de buurtcoach',
  'sinds',
  'ongeveer',
  'tot',
);
const ordinaryNumberArb = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 999 }),
      fc.constantFrom('teams', 'gesprekken', 'weken', 'cliënten', 'uur'),
    )
    .map(([count, noun]) => `${count} ${noun}`),
  fc.integer({ min: 1950, max: 2030 }).map(String),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
  fc
    .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9 }))
    .map(([a, b]) => `${a},${b}%`),
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2020, max: 2030 }))
    .map(([q, y]) => `Q${q} ${y}`),
  fc.integer({ min: 1, max: 999_999 }).map((n) => `€ ${n.toLocaleString('nl-NL')}`),
);
const textArb = fc
  .array(fc.oneof(wordArb, ordinaryNumberArb), { maxLength: 30 })
  .map((parts) => parts.join(' '));

describe('isBsn', () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['123.456.782', true],
    ['1234 56 782', true],
    ['123456789', false],
    ['000000000', false],
    ['12345678', false],
  ])('%s passes the eleven-test: %s', (candidate, expected) => {
    expect(isBsn(candidate)).toBe(expected);
  });
});

describe('findPersonalData', () => {
  it.each([
    ['BSN 123456782 bekend', 'bsn'],
    ['bsn: 123.456.782.', 'bsn'],
    ['nummer 1234 56 782', 'bsn'],
    ['mail naar j.jansen@example.nl even', 'email'],
    ['bel 06-12345678', 'phone'],
    ['bel 06 12 34 56 78', 'phone'],
    ['tel. 0612345678', 'phone'],
    ['+31 6 12345678', 'phone'],
    ['+31(0)20 123 4567', 'phone'],
    ['020-1234567', 'phone'],
    ['(010) 123 45 67', 'phone'],
    ['0111-123456', 'phone'],
    ['woont op 1234 AB 12', 'postcode-house-number'],
    ['1234AB, nr. 5a', 'postcode-house-number'],
    ['Dorpsstraat 12, 1234 AB Ergens', 'postcode-house-number'],
    ['1234ab 7', 'postcode-house-number'],
    ['geboren 12-03-1985', 'date-of-birth'],
    ['geb. 1985', 'date-of-birth'],
    ['geboortedatum: 3 maart 2001', 'date-of-birth'],
    ['op 12/03/1985 kwam zij', 'date-of-birth'],
    ['1985-03-12 is een datum', 'date-of-birth'],
  ])('finds personal data in "%s" (%s)', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it.each([
    '3 teams en 12 gesprekken',
    'in 2024 hadden we 45% meer aanmeldingen',
    'sinds 1 januari 2015 geldt de Wmo',
    '12,5% van de cliënten',
    'in 2024 op 3 dagen',
    'Q3 2025 en Q4 2025',
    'op 12-03-2026 besproken',
    'we zagen 100 200 300 mensen',
    '123456789 is geen BSN',
    'versie 1.2.3 van het model',
    'de weging 0,5 en 10 punten',
    '2023 2024 2025 2026',
    'afspraak om 14.30 uur',
    'budget € 123.456.789',
  ])('leaves ordinary text alone: "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('says where the finding is and masks the middle', () => {
    expect(findPersonalData('bsn 123456782', options)).toEqual([
      { kind: 'bsn', start: 4, end: 13, hint: '12…82' },
    ]);
  });

  it('reports a stretch that looks like both a phone number and a BSN as both', () => {
    expect(kinds('+31 123456782')).toEqual(['phone', 'bsn']);
  });

  it('always finds a valid BSN anywhere in a text', () => {
    fc.assert(
      fc.property(textArb, bsnWritingArb, textArb, (before, bsn, after) => {
        const text = `${before} ${bsn} ${after}`;
        const found = findPersonalData(text, options);
        const start = before.length + 1;
        expect(found).toContainEqual(
          expect.objectContaining({ kind: 'bsn', start, end: start + bsn.length }),
        );
      }),
    );
  });

  it('finds a valid BSN followed by punctuation', () => {
    fc.assert(
      fc.property(
        bsnWritingArb,
        fc.constantFrom('.', ',', ')', ';', '!', '?', ':'),
        (bsn, mark) => {
          expect(kinds(`(${bsn}${mark}`)).toContain('bsn');
        },
      ),
    );
  });

  it('never flags ordinary numbers: counts, years, percentages, amounts', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(findPersonalData(text, options)).toEqual([]);
      }),
    );
  });
});

describe('checkTextFields', () => {
  it('names the field of each finding and skips empty ones', () => {
    expect(
      checkTextFields(
        [
          { field: 'decision', value: 'mail a@b.nl' },
          { field: 'insight', value: null },
          ...listFields('steps', ['eerst gebeld', 'toen 06-12345678']),
        ],
        options,
      ),
    ).toEqual([
      { field: 'decision', kind: 'email', start: 5, end: 11, hint: 'a…l' },
      { field: 'steps[1]', kind: 'phone', start: 5, end: 16, hint: '06…78' },
    ]);
  });
});
