export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** BCP 47 locale used for dates and numbers in each UI language. */
export const LOCALE_BY_LANGUAGE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
