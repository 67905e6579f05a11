import { getMetadataStorage, ValidationError } from 'class-validator';

import { ACCOUNT_FIELD_MESSAGES } from '../i18n/account-messages';
import { Language } from '../i18n/language';
import { fillTemplate } from '../i18n/messages';
import { FieldError } from './problem.exception';

// Keys are class-validator's constraint names as it reports them (isUuid, isIso8601), not its decorator names.
const FIELD_MESSAGES: Record<string, Record<Language, string>> = {
  whitelistValidation: {
    nl: 'het veld {field} is niet toegestaan',
    en: 'the field {field} is not allowed',
  },
  isDefined: { nl: '{field} ontbreekt', en: '{field} is missing' },
  isNotEmpty: { nl: '{field} mag niet leeg zijn', en: '{field} must not be empty' },
  isString: { nl: '{field} moet tekst zijn', en: '{field} must be text' },
  isEmail: {
    nl: '{field} moet een geldig e-mailadres zijn',
    en: '{field} must be a valid e-mail address',
  },
  maxLength: {
    nl: '{field} mag hoogstens {0} tekens lang zijn',
    en: '{field} must be at most {0} characters long',
  },
  minLength: {
    nl: '{field} moet minstens {0} tekens lang zijn',
    en: '{field} must be at least {0} characters long',
  },
  isIn: { nl: '{field} moet een van deze waarden zijn: {0}', en: '{field} must be one of: {0}' },
  isEnum: { nl: '{field} moet een van deze waarden zijn: {0}', en: '{field} must be one of: {0}' },
  isUuid: { nl: '{field} moet een geldige id zijn', en: '{field} must be a valid id' },
  isBoolean: { nl: '{field} moet waar of onwaar zijn', en: '{field} must be true or false' },
  isInt: { nl: '{field} moet een geheel getal zijn', en: '{field} must be a whole number' },
  min: { nl: '{field} moet minstens {0} zijn', en: '{field} must be at least {0}' },
  max: { nl: '{field} mag hoogstens {0} zijn', en: '{field} must be at most {0}' },
  isDateString: {
    nl: '{field} moet een datum zijn (JJJJ-MM-DD)',
    en: '{field} must be a date (YYYY-MM-DD)',
  },
  isIso8601: {
    nl: '{field} moet een datum zijn (JJJJ-MM-DD)',
    en: '{field} must be a date (YYYY-MM-DD)',
  },
  isObject: { nl: '{field} moet een object zijn', en: '{field} must be an object' },
  isArray: { nl: '{field} moet een lijst zijn', en: '{field} must be a list' },
  arrayMaxSize: {
    nl: '{field} mag hoogstens {0} items bevatten',
    en: '{field} must contain at most {0} items',
  },
  isUrl: {
    nl: '{field} moet een http- of https-link zijn',
    en: '{field} must be an http or https link',
  },
  isIsoDay: {
    nl: '{field} moet een datum zijn (JJJJ-MM-DD)',
    en: '{field} must be a date (YYYY-MM-DD)',
  },
  isEvidenceKind: {
    nl: '{field} moet een soort bewijs uit de rubriek zijn: {0}',
    en: '{field} must be an evidence kind of the rubric: {0}',
  },
  nestedValidation: { nl: '{field} moet een object zijn', en: '{field} must be an object' },
  ...ACCOUNT_FIELD_MESSAGES,
  isWellFormedText: {
    nl: '{field} bevat een teken dat niet in tekst kan staan (een nulteken of een half teken)',
    en: '{field} contains a character that cannot be part of text (a NUL character or half a character)',
  },
};
const FALLBACK: Record<Language, string> = {
  nl: '{field} is ongeldig',
  en: '{field} is not valid',
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
