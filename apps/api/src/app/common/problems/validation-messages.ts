import { getMetadataStorage, ValidationError } from 'class-validator';

import { ACCOUNT_FIELD_MESSAGES } from '../i18n/account-messages';
import { ACCOUNT_SETTINGS_FIELD_MESSAGES } from '../i18n/account-settings-messages';
import { Language } from '../i18n/language';
import { fillTemplate } from '../i18n/messages';
import { PRIVACY_FIELD_MESSAGES } from '../i18n/vakmanschap-messages';
import { FieldError } from './problem.exception';

// Keys are class-validator's constraint names as it reports them (isUuid, isIso8601), not its decorator names.
const FIELD_MESSAGES: Record<string, Record<Language, string>> = {
  whitelistValidation: {
    nl: '{field} hoort hier niet bij: laat het veld weg',
    en: '{field} does not belong here: leave the field out',
  },
  isDefined: { nl: '{field} ontbreekt: vul het in', en: '{field} is missing: fill it in' },
  isNotEmpty: { nl: '{field} is leeg: vul het in', en: '{field} is empty: fill it in' },
  isString: { nl: '{field}: vul hier tekst in', en: '{field}: enter text here' },
  isEmail: {
    nl: '{field}: vul een volledig e-mailadres in, zoals naam@organisatie.nl',
    en: '{field}: enter a complete e-mail address, such as name@organisation.org',
  },
  maxLength: {
    nl: '{field} is te lang: maak het hoogstens {0} tekens',
    en: '{field} is too long: shorten it to at most {0} characters',
  },
  minLength: {
    nl: '{field} is te kort: gebruik minstens {0} tekens',
    en: '{field} is too short: use at least {0} characters',
  },
  isIn: { nl: '{field}: kies een van deze waarden: {0}', en: '{field}: choose one of: {0}' },
  isEnum: { nl: '{field}: kies een van deze waarden: {0}', en: '{field}: choose one of: {0}' },
  isUuid: {
    nl: '{field}: gebruik de id van een bestaand item (een UUID)',
    en: '{field}: use the id of an existing item (a UUID)',
  },
  isBoolean: { nl: '{field}: geef true of false', en: '{field}: give true or false' },
  isInt: { nl: '{field}: vul een geheel getal in', en: '{field}: enter a whole number' },
  min: {
    nl: '{field} is te klein: vul {0} of meer in',
    en: '{field} is too small: enter {0} or more',
  },
  max: {
    nl: '{field} is te groot: vul hoogstens {0} in',
    en: '{field} is too large: enter at most {0}',
  },
  isDateString: {
    nl: '{field}: vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2027-03-15',
    en: '{field}: enter a date as YYYY-MM-DD, for example 2027-03-15',
  },
  isIso8601: {
    nl: '{field}: vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2027-03-15',
    en: '{field}: enter a date as YYYY-MM-DD, for example 2027-03-15',
  },
  isObject: { nl: '{field}: geef een object ({ … })', en: '{field}: give an object ({ … })' },
  isArray: { nl: '{field}: geef een lijst ([ … ])', en: '{field}: give a list ([ … ])' },
  arrayMaxSize: {
    nl: '{field} bevat te veel items: geef er hoogstens {0}',
    en: '{field} has too many items: give at most {0}',
  },
  isUrl: {
    nl: '{field}: vul een volledig webadres in, beginnend met https://',
    en: '{field}: enter a complete web address, starting with https://',
  },
  isIsoDay: {
    nl: '{field}: vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2027-03-15',
    en: '{field}: enter a date as YYYY-MM-DD, for example 2027-03-15',
  },
  isEvidenceKind: {
    nl: '{field}: kies een soort bewijs uit het normenkader: {0}',
    en: '{field}: choose an evidence kind from the rubric: {0}',
  },
  nestedValidation: {
    nl: '{field}: geef een object ({ … })',
    en: '{field}: give an object ({ … })',
  },
  fileOrUrl: {
    nl: 'Kies een bestand of vul een webadres in, niet allebei',
    en: 'Choose a file or enter a web address, not both',
  },
  ...ACCOUNT_FIELD_MESSAGES,
  ...PRIVACY_FIELD_MESSAGES,
  ...ACCOUNT_SETTINGS_FIELD_MESSAGES,
  isWellFormedText: {
    nl: '{field} bevat een teken dat niet in tekst kan staan (een nulteken of een half teken)',
    en: '{field} contains a character that cannot be part of text (a NUL character or half a character)',
  },
};
const FALLBACK: Record<Language, string> = {
  nl: '{field} is ongeldig: controleer de invoer',
  en: '{field} is not valid: check what you entered',
};

function constraintParams(target: object | undefined, property: string, code: string) {
  if (!target) {
    return {};
  }
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find(
      (m) => m.propertyName === property && (m.name === code || m.constraintCls?.name === code),
    );
  const values = (metadata?.constraints ?? []) as unknown[];
  return Object.fromEntries(
    values.map((value, index) => [
      String(index),
      Array.isArray(value)
        ? value.join(', ')
        : typeof value === 'object'
          ? Object.values(value ?? {}).join(', ')
          : String(value),
    ]),
  );
}

/** Flattens class-validator's tree into one entry per field and broken rule. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((code) => ({
      field,
      code,
      params: constraintParams(error.target, error.property, code),
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export function fieldMessage(error: FieldError, language: Language): string {
  const template = (FIELD_MESSAGES[error.code] ?? FALLBACK)[language];
  return fillTemplate(template, { field: error.field, ...error.params });
}
