import type { Criterion, RubricVersion } from '@labelklaar/domain';

import { join, resolve } from 'node:path';

import { loadEvidenceKinds } from './evidence-kinds';
import { loadRubricCatalog } from './rubric-catalog';

const dataDir = resolve(__dirname, '..', '..', 'data');

function criteriaOf(rubric: RubricVersion): Criterion[] {
  return rubric.domains.flatMap((domain) => domain.criteria);
}

function totalWeight(criteria: Criterion[]): number {
  return criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
}

describe('loadRubricCatalog on the shipped data', () => {
  const catalog = loadRubricCatalog();
  const entry = catalog[0];
  const criteria = criteriaOf(entry.rubric);

  it('reads libs/criteria/data by default', () => {
    expect(loadRubricCatalog(dataDir)).toEqual(catalog);
  });

  it('holds sterk-sociaal-werk 1.0.0 and its successor 1.1.0 as published versions', () => {
    expect(catalog.map(({ rubric }) => `${rubric.id}@${rubric.version}`)).toEqual([
      'sterk-sociaal-werk@1.0.0',
      'sterk-sociaal-werk@1.1.0',
    ]);
    expect(catalog[1]?.rubric).toMatchObject({ status: 'published', previousVersion: '1.0.0' });
    expect(entry.rubric).toMatchObject({
      status: 'published',
      title: 'Sterk Sociaal Werk — zelfevaluatie',
      effectiveDate: '2026-01-01',
    });
    expect(entry.rubric.previousVersion).toBeUndefined();
    expect(entry.file).toBe(join(dataDir, 'sterk-sociaal-werk', '1.0.0.yaml'));
    expect(entry.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('has the skeleton totals: 4 domains, 24 criteria, 22 required, weight 53', () => {
    expect(entry.rubric.domains.map((domain) => [domain.code, domain.criteria.length])).toEqual([
      ['OPD', 5],
      ['VMS', 5],
      ['VAK', 8],
      ['IMP', 6],
    ]);
    expect(criteria).toHaveLength(24);
    expect(criteria.filter((criterion) => criterion.required)).toHaveLength(22);
    expect(totalWeight(criteria)).toBe(53);
    expect(totalWeight(entry.rubric.domains[2].criteria)).toBe(20);
  });

  it('keeps the skeleton columns of a criterion', () => {
    expect(criteria.find((criterion) => criterion.code === 'VAK-03')).toMatchObject({
      title: 'Casuïstiek en intervisie',
      evidenceKinds: ['intervisieverslag', 'casusbespreking-verslag', 'jaarplan'],
      weight: 3,
      required: true,
      allowNotApplicable: false,
    });
  });

  it('numbers criteria per domain from 01', () => {
    for (const domain of entry.rubric.domains) {
      const expected = domain.criteria.map(
        (_, i) => `${domain.code}-${String(i + 1).padStart(2, '0')}`,
      );
      expect(domain.criteria.map((criterion) => criterion.code)).toEqual(expected);
    }
  });

  it('lets only the optional criteria and the volunteer criterion be not applicable', () => {
    const waivable = criteria
      .filter((criterion) => criterion.allowNotApplicable)
      .map((criterion) => criterion.code);
    expect(waivable).toEqual(['OPD-05', 'VAK-08', 'IMP-06']);
    expect(
      criteria.filter((criterion) => !criterion.required).map((criterion) => criterion.code),
    ).toEqual(['OPD-05', 'IMP-06']);
  });

  it('gives every criterion the four-level scale, met at level 3', () => {
    const names = ['Startend', 'In ontwikkeling', 'Verankerd', 'Lerend en vernieuwend'];
    for (const criterion of criteria) {
      expect(criterion.maturityScale.map((step) => [step.level, step.name])).toEqual(
        names.map((name, i) => [i + 1, name]),
      );
      expect(criterion.metLevel).toBe(3);
      expect(criterion.guidanceQuestions.length).toBeGreaterThanOrEqual(2);
      expect(criterion.guidanceQuestions.length).toBeLessThanOrEqual(4);
    }
  });

  it('writes criterion-specific descriptors, never one text for two criteria', () => {
    const descriptors = criteria.flatMap((criterion) =>
      criterion.maturityScale.map((step) => step.descriptor),
    );
    expect(new Set(descriptors).size).toBe(24 * 4);
  });

  it('lists every vocabulary key somewhere except the CI audit report and "overig"', () => {
    const used = new Set(
      catalog.flatMap(({ rubric }) =>
        criteriaOf(rubric).flatMap((criterion) => criterion.evidenceKinds),
      ),
    );
    const unused = loadEvidenceKinds()
      .filter((kind) => !used.has(kind.key))
      .map((kind) => kind.key);
    expect(unused).toEqual(['auditrapport', 'overig']);
  });
});

describe('loadRubricCatalog on a catalog with two versions', () => {
  const fixtureDir = join(__dirname, '..', 'test-fixtures', 'catalog');

  it('loads 1.0.0 and its successor 1.1.0 in version order, hashing each', () => {
    const catalog = loadRubricCatalog(fixtureDir);
    expect(
      catalog.map(({ rubric }) => [rubric.version, rubric.status, rubric.previousVersion]),
    ).toEqual([
      ['1.0.0', 'published', undefined],
      ['1.1.0', 'draft', '1.0.0'],
    ]);
    expect(new Set(catalog.map((entry) => entry.contentHash)).size).toBe(2);
  });
});
