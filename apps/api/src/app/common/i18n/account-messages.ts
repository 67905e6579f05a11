import type { Language } from './language';
import type { Catalogue } from './messages';

const TIP = {
  nl: 'Tip: neem vier of meer losse woorden die niet bij elkaar horen, of laat een wachtwoordbeheerder er een maken.',
  en: 'Tip: take four or more separate words that do not belong together, or let a password manager make one.',
};

/** Problems of logging in and of choosing a password. */
export const ACCOUNT_MESSAGES: Catalogue = {
  'login-slowed-down': {
    title: { nl: 'Even wachten', en: 'Please wait' },
    detail: {
      nl: 'Er is vaak geprobeerd in te loggen op dit account. Wacht {seconds} seconden en probeer het dan opnieuw.',
      en: 'There have been many attempts to log in to this account. Wait {seconds} seconds, then try again.',
    },
  },
  'password-personal': {
    title: { nl: 'Wachtwoord te makkelijk te raden', en: 'Password too easy to guess' },
    detail: {
      nl: `Dit wachtwoord lijkt op je naam, je e-mailadres, de naam van je organisatie of Labelklaar zelf. Kies iets wat een ander niet van jou kan raden. ${TIP.nl}`,
      en: `This password resembles your name, your e-mail address, your organisation's name or Labelklaar itself. Choose something others cannot guess about you. ${TIP.en}`,
    },
  },
  'password-common': {
    title: { nl: 'Wachtwoord te makkelijk te raden', en: 'Password too easy to guess' },
    detail: {
      nl: `Dit wachtwoord, of het woord waar het op leunt, wordt veel gebruikt en staat in de lijsten die aanvallers als eerste proberen. ${TIP.nl}`,
      en: `This password, or the word it leans on, is used a lot and is on the lists attackers try first. ${TIP.en}`,
    },
  },
  'password-pattern': {
    title: { nl: 'Wachtwoord te makkelijk te raden', en: 'Password too easy to guess' },
    detail: {
      nl: `Dit wachtwoord is een patroon dat snel te raden is: herhaling, een reeks, een datum of jaartal, of toetsen naast elkaar. ${TIP.nl}`,
      en: `This password is a pattern that is quickly guessed: repetition, a sequence, a date or year, or keys next to each other. ${TIP.en}`,
    },
  },
  'password-guessable': {
    title: { nl: 'Wachtwoord te makkelijk te raden', en: 'Password too easy to guess' },
    detail: {
      nl: `Dit wachtwoord is te makkelijk te raden. Maak het langer en minder voorspelbaar. ${TIP.nl}`,
      en: `This password is too easy to guess. Make it longer and less predictable. ${TIP.en}`,
    },
  },
  'current-password-incorrect': {
    title: { nl: 'Huidig wachtwoord klopt niet', en: 'Current password is not correct' },
    detail: {
      nl: 'Het huidige wachtwoord klopt niet. Je wachtwoord is niet gewijzigd.',
      en: 'The current password is not correct. Your password has not been changed.',
    },
  },
  'password-reset-invalid': {
    title: { nl: 'Link werkt niet meer', en: 'Link no longer works' },
    detail: {
      nl: 'Deze link om een nieuw wachtwoord in te stellen is verlopen of al gebruikt. Vraag een nieuwe link aan.',
      en: 'This link to set a new password has expired or has been used. Ask for a new link.',
    },
  },
  'password-unchanged': {
    title: { nl: 'Wachtwoord niet gewijzigd', en: 'Password not changed' },
    detail: {
      nl: 'Het nieuwe wachtwoord is hetzelfde als het huidige. Kies een ander wachtwoord.',
      en: 'The new password is the same as the current one. Choose another password.',
    },
  },
};

type PasswordRefusal = 'personal' | 'common' | 'pattern' | 'guessable';
const REFUSALS: readonly PasswordRefusal[] = ['personal', 'common', 'pattern', 'guessable'];

/** The code a refused password gets in a problem's `errors`: passwordCommon and the like. */
export function passwordFieldCode(refusal: PasswordRefusal): string {
  return `password${refusal[0].toUpperCase()}${refusal.slice(1)}`;
}

/** The per-field messages for refused and wrong passwords, the same words as the problem. */
export const ACCOUNT_FIELD_MESSAGES: Record<string, Record<Language, string>> = {
  ...Object.fromEntries(
    REFUSALS.map((refusal) => [
      passwordFieldCode(refusal),
      ACCOUNT_MESSAGES[`password-${refusal}`].detail,
    ]),
  ),
  currentPasswordIncorrect: ACCOUNT_MESSAGES['current-password-incorrect'].detail,
  passwordUnchanged: ACCOUNT_MESSAGES['password-unchanged'].detail,
  passwordResetInvalid: ACCOUNT_MESSAGES['password-reset-invalid'].detail,
};
