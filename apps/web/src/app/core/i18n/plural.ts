import { Language } from './language';

/**
 * The key of the plural form for `count` (CLDR rules through Intl.PluralRules): a text with
 * counts has `one` and `other` under its prefix (ending in a dot), as Dutch and English need no
 * other forms.
 */
export function pluralKey(prefix: string, count: number, lang: Language): string {
  return `${prefix}${new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other'}`;
}
