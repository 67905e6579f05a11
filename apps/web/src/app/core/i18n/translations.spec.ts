import { PERMISSION_NAMES } from '@labelklaar/domain';

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import en from '../../../../public/i18n/en.json';
import nl from '../../../../public/i18n/nl.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      keys.set(path, value);
    } else {
      flatten(value, path).forEach((text, nested) => keys.set(nested, text));
    }
  }
  return keys;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return sourceFiles(path);
    }
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const placeholders = (text: string) =>
  (text.match(/{{\s*\w+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();

const nlKeys = flatten(nl);
const enKeys = flatten(en);
const NAMESPACES = [...Object.keys(nl)].join('|');
const KEY_IN_SOURCE = new RegExp(`['\`]((?:${NAMESPACES})\\.[\\w.-]+?)(\\.)?['\`]`, 'g');
/** Permission names (`'members.manage'`) look like keys of the namespace they share a word with. */
const PERMISSIONS = new Set<string>(PERMISSION_NAMES);

describe('translations', () => {
  it('has the same keys in English as in Dutch (the source)', () => {
    expect([...enKeys.keys()].sort()).toEqual([...nlKeys.keys()].sort());
  });

  it('has no empty texts', () => {
    const empty = [...nlKeys, ...enKeys].filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = [...nlKeys.keys()].filter(
      (key) =>
        placeholders(nlKeys.get(key) ?? '').join() !== placeholders(enKeys.get(key) ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('has every key used in the source', () => {
    const missing = new Set<string>();
    let used = 0;
    for (const file of sourceFiles(join(__dirname, '..', '..'))) {
      for (const [, key, isPrefix] of readFileSync(file, 'utf8').matchAll(KEY_IN_SOURCE)) {
        if (PERMISSIONS.has(key)) {
          continue;
        }
        used += 1;
        const known = isPrefix
          ? [...nlKeys.keys()].some((k) => k.startsWith(`${key}.`))
          : nlKeys.has(key);
        if (!known) {
          missing.add(key);
        }
      }
    }
    expect(used).toBeGreaterThan(100);
    expect([...missing]).toEqual([]);
  });

  it.each(['quality-officer', 'contributor', 'manager'])(
    'names the role %s in both languages',
    (role) => {
      expect(nlKeys.has(`common.roles.${role}`)).toBe(true);
      expect(enKeys.has(`common.roles.${role}`)).toBe(true);
    },
  );
});
