import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import en from '../../../../public/i18n/en.json';
import nl from '../../../../public/i18n/nl.json';

/**
 * The glossary (docs/glossary.md): one word per concept on screen and in the exports, the sector's
 * Dutch rather than anglicisms. Placeholders (`{{ rubric }}`) are not text and are left out.
 */

type Tree = { [key: string]: string | Tree };

function texts(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : texts(value, path);
  });
}

const withoutPlaceholders = (text: string) => text.replace(/\{\{[^}]*\}\}|\{\w+\}/g, '');

/** Words that have a Dutch term of their own; see the "Not (in Dutch)" column of the glossary. */
const BANNED_IN_DUTCH: [RegExp, string][] = [
  [/rubric/i, 'normenkader'],
  [/rubriek/i, 'normenkader'],
  [/\breview/i, 'controle, or toetsing for a peer review'],
  [/deadline/i, 'uiterste datum'],
  [/onderbouwing/i, 'toelichting'],
  [/ambitieniveau/i, 'streefniveau'],
  [/\bgewicht/i, 'weging'],
];

const EXPORTS_DIR = join(__dirname, '../../../../../api/src/app/exports');

/** The quoted texts of the export sources: column headers, labels, sentences. */
function exportTexts(): [string, string][] {
  return (
    readdirSync(EXPORTS_DIR)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
      .flatMap((name) => {
        const source = readFileSync(join(EXPORTS_DIR, name), 'utf8');
        return [...source.matchAll(/'([^'\n]*)'|`([^`]*)`/g)].map(
          (match) => [name, match[1] ?? match[2]] as [string, string],
        );
      })
      // Ids and file names are not text a reader sees as words.
      .filter(([, text]) => /\s/.test(text) || /^[A-Z]/.test(text))
  );
}

describe('the glossary', () => {
  it.each(BANNED_IN_DUTCH)('nl.json never says %s (use %s)', (banned) => {
    const offenders = texts(nl as Tree)
      .filter(([, text]) => banned.test(withoutPlaceholders(text)))
      .map(([key, text]) => `${key}: ${text}`);
    expect(offenders).toEqual([]);
  });

  it.each(BANNED_IN_DUTCH)('the exports never say %s (use %s)', (banned) => {
    const offenders = exportTexts()
      .filter(([, text]) => banned.test(withoutPlaceholders(text.replace(/\$\{[^}]*\}/g, ''))))
      .map(([file, text]) => `${file}: ${text}`);
    expect(offenders).toEqual([]);
  });

  it('uses one English word per concept', () => {
    const english = texts(en as Tree).map(([, text]) => withoutPlaceholders(text));
    for (const banned of [/\bjustification\b/i, /\bambition level\b/i, /\bweighting\b/i]) {
      expect(english.filter((text) => banned.test(text))).toEqual([]);
    }
  });

  it('names the concepts with the same words on screen and in the exports', () => {
    const dutch = new Set(texts(nl as Tree).map(([, text]) => text));
    for (const term of ['Toelichting', 'Streefniveau', 'Weging', 'Normenkader']) {
      expect(dutch.has(term)).toBe(true);
      expect(exportTexts().some(([, text]) => text.toLowerCase() === term.toLowerCase())).toBe(
        true,
      );
    }
  });
});
