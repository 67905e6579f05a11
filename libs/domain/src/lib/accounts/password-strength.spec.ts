import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as nl from '@zxcvbn-ts/language-nl-be';

import {
  judgePassword,
  PasswordContext,
  PasswordEstimate,
  PasswordEstimator,
  passwordEstimatorOptions,
  passwordUserInputs,
  PasswordWeakness,
} from './password-strength';

const estimator = new ZxcvbnFactory(passwordEstimatorOptions({ common, languages: [en, nl] }));

const sanne: PasswordContext = {
  email: 'sanne.devries@welzijnoost.nl',
  displayName: 'Sanne de Vries',
  organisationNames: ['Stichting Welzijn Oost'],
};

describe('judgePassword', () => {
  it.each<[string, PasswordWeakness]>([
    ['aaaaaaaaaaaa', 'pattern'],
    ['abcdefghijkl', 'pattern'],
    ['qwertyuiop12', 'common'],
    ['wachtwoord12', 'common'],
    ['Wachtwoord123', 'common'],
    ['welkom123456', 'common'],
    ['password1234', 'common'],
    ['Amsterdam2026!', 'common'],
    ['zomervakantie', 'common'],
    ['sannedevries1', 'personal'],
    ['Sanne de Vries 2026', 'personal'],
    ['welzijnoost2024', 'personal'],
    ['Welzijn-Oost-2026!', 'personal'],
    ['stichtingwelzijnoost', 'personal'],
    ['sanne.devries@', 'personal'],
    ['labelklaar2026', 'personal'],
    ['short', 'too-short'],
    ['x'.repeat(201), 'too-long'],
  ])('refuses %j as %s', (password, weakness) => {
    expect(judgePassword(password, sanne, estimator)).toEqual({
      isAcceptable: false,
      score: expect.any(Number),
      weakness,
    });
  });

  it.each([
    'correct-horse-battery',
    'Buurtwerk-test-2026',
    'fiets-boom-koffie',
    'Sanne-fietst-graag-2026',
    'Tw33 bruine kippen',
    'vT9#qL2!mZ8x',
    'x7Ka9-pLm2Q-w8Zr3'.repeat(11),
  ])('accepts %j', (password) => {
    const verdict = judgePassword(password, sanne, estimator);

    expect(verdict).toEqual({ isAcceptable: true, score: expect.any(Number), weakness: null });
    expect(verdict.score).toBeGreaterThanOrEqual(3);
  });

  it('judges the same password by whose it is', () => {
    const password = 'Bea-Buurtwerk-2026';

    expect(judgePassword(password, sanne, estimator).isAcceptable).toBe(true);
    expect(judgePassword(password, { displayName: 'Bea Buurtwerk' }, estimator).weakness).toBe(
      'personal',
    );
  });
});

describe('judgePassword on an estimate', () => {
  const dictionary = (i: number, j: number, dictionaryName: string) => ({
    pattern: 'dictionary',
    i,
    j,
    dictionaryName,
  });
  const estimated = (
    score: number,
    warning: string | null,
    sequence: PasswordEstimate['sequence'] = [],
  ): PasswordEstimator => ({ check: () => ({ score, feedback: { warning }, sequence }) });

  it.each<[string, PasswordEstimator, PasswordWeakness | null]>([
    ['a strong estimate', estimated(4, null), null],
    ['the lowest score that passes', estimated(3, null), null],
    [
      'half of it the own names, however strong',
      estimated(4, null, [dictionary(0, 5, 'userInputs')]),
      'personal',
    ],
    ['a warning about the own names', estimated(2, 'userInputs'), 'personal'],
    ['a common password', estimated(1, 'topHundred'), 'common'],
    [
      'mostly dictionary words, without a warning',
      estimated(2, null, [dictionary(0, 6, 'wikipedia')]),
      'common',
    ],
    ['a repetition', estimated(0, 'simpleRepeat'), 'pattern'],
    ['a recent year', estimated(2, 'recentYears'), 'pattern'],
    [
      'a weak estimate without a reason',
      estimated(2, null, [dictionary(0, 3, 'commonWords')]),
      'guessable',
    ],
  ])('judges %s', (_case, estimator, weakness) => {
    expect(judgePassword('twelve chars', {}, estimator).weakness).toBe(weakness);
  });
});

describe('passwordUserInputs', () => {
  it('takes the whole names, their words and the e-mail address apart', () => {
    const inputs = passwordUserInputs(sanne);

    expect(inputs).toEqual(
      expect.arrayContaining([
        'sanne de vries',
        'sannedevries',
        'sanne',
        'vries',
        'stichting welzijn oost',
        'welzijn',
        'sanne.devries@welzijnoost.nl',
        'sanne.devries',
        'devries',
        'welzijnoost',
        'labelklaar',
      ]),
    );
    expect(inputs).not.toContain('de');
    expect(inputs).not.toContain('nl');
    expect(new Set(inputs).size).toBe(inputs.length);
  });

  it('needs nothing but the product words', () => {
    expect(passwordUserInputs({})).toEqual(
      expect.arrayContaining(['labelklaar', 'kwaliteitslabel']),
    );
  });
});
