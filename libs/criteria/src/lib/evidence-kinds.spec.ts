import { join } from 'node:path';

import { loadEvidenceKinds } from './evidence-kinds';

const brokenDir = join(__dirname, '..', 'test-fixtures', 'broken-evidence-kinds');

describe('loadEvidenceKinds', () => {
  const kinds = loadEvidenceKinds();

  it('holds the 36 keys of the vocabulary, each with a Dutch and an English label', () => {
    expect(kinds).toHaveLength(36);
    expect(new Set(kinds.map((kind) => kind.key)).size).toBe(36);
    expect(kinds[0]).toEqual({
      key: 'beleidsplan',
      label: { nl: 'beleidsplan / meerjarenplan', en: 'policy or multi-year plan' },
    });
    expect(kinds.at(-1)?.key).toBe('overig');
  });

  it('refuses a vocabulary with a duplicate key', () => {
    const file = join(brokenDir, 'duplicate-key', 'evidence-kinds.yaml');
    expect(() => loadEvidenceKinds(join(brokenDir, 'duplicate-key'))).toThrow(
      expect.objectContaining({
        file,
        location: 'evidenceKinds[2].key',
        rule: 'duplicate-evidence-kind',
      }),
    );
  });

  it('refuses a kind without both labels', () => {
    const file = join(brokenDir, 'missing-label', 'evidence-kinds.yaml');
    expect(() => loadEvidenceKinds(join(brokenDir, 'missing-label'))).toThrow(
      expect.objectContaining({ file, location: 'evidenceKinds[1].label.en', rule: 'schema' }),
    );
  });
});
