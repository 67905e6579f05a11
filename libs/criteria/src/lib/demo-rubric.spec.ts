import { classifyMapping, diffRubricVersions, type RubricVersion } from '@labelklaar/domain';

import { loadRubricCatalog } from './rubric-catalog';

const catalog = loadRubricCatalog();
const version = (v: string): RubricVersion => {
  const found = catalog.find(
    (entry) => entry.rubric.id === 'sterk-sociaal-werk' && entry.rubric.version === v,
  );
  if (found === undefined) {
    throw new Error(`sterk-sociaal-werk@${v} is not bundled`);
  }
  return found.rubric;
};

describe('bundled sterk-sociaal-werk 1.1.0', () => {
  const v100 = version('1.0.0');
  const v110 = version('1.1.0');

  it('is published on top of 1.0.0', () => {
    expect(v110).toMatchObject({ status: 'published', previousVersion: '1.0.0' });
  });

  it('shows every mapping kind and drops no criterion', () => {
    const { entries, dropped } = classifyMapping(v100, v110, v110.mapping ?? []);
    const byKind = (kind: string) =>
      entries.filter((entry) => entry.kind === kind).map((entry) => entry.code);
    expect(byKind('split')).toEqual(['VAK-03', 'VAK-09']);
    expect(byKind('merged')).toEqual(['IMP-05']);
    expect(byKind('new')).toEqual(['VAK-10']);
    expect(byKind('reworded')).toEqual(['OPD-03']);
    expect(byKind('unchanged')).toHaveLength(20);
    expect(dropped).toEqual([]);
    expect(entries.find((entry) => entry.code === 'IMP-05')?.previousCodes).toEqual([
      'IMP-05',
      'VAK-07',
    ]);
  });

  it('has English texts for the version, every domain and every criterion', () => {
    expect(v110.en?.title).toBeTruthy();
    for (const domain of v110.domains) {
      expect(domain.en?.title).toBeTruthy();
      for (const criterion of domain.criteria) {
        expect(criterion.en?.maturityScale).toHaveLength(criterion.maturityScale.length);
      }
    }
  });

  it('compares to 1.0.0 with VAK-07 removed and two criteria added', () => {
    const diff = diffRubricVersions(v100, v110);
    expect(diff.removed.map((item) => item.code)).toEqual(['VAK-07']);
    expect(diff.added.map((item) => item.code)).toEqual(['VAK-09', 'VAK-10']);
  });
});
