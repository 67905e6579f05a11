import type { RubricVersion } from '@labelklaar/domain';

import { join } from 'node:path';

import { loadEvidenceKinds } from './evidence-kinds';
import { loadRubricFile } from './load-rubric';
import { RubricValidationError } from './rubric-validation.error';

const fixtures = join(__dirname, '..', 'test-fixtures');
const evidenceKinds = loadEvidenceKinds();
const previous = loadRubricFile(join(fixtures, 'catalog', 'fixture-rubric', '1.0.0.yaml'), {
  evidenceKinds: loadEvidenceKinds(join(fixtures, 'catalog')),
});

function brokenFile(fixture: string, version: string): string {
  return join(fixtures, 'broken', fixture, 'fixture-rubric', `${version}.yaml`);
}

function loadError(
  file: string,
  knownVersions: RubricVersion[] = [previous],
): RubricValidationError {
  try {
    loadRubricFile(file, { evidenceKinds, knownVersions });
  } catch (error: unknown) {
    if (error instanceof RubricValidationError) {
      return error;
    }
    throw error;
  }
  throw new Error(`${file} loaded without error`);
}

describe('loadRubricFile', () => {
  it.each([
    ['yaml-syntax', '1.0.0', 'yaml-syntax', ''],
    ['schema-missing-field', '1.0.0', 'schema', 'domains[0].criteria[0].title'],
    ['schema-wrong-type', '1.0.0', 'schema', 'domains[0].criteria[0].metLevel'],
    ['schema-unknown-field', '1.0.0', 'schema', 'domains[0].criteria[0].weigth'],
    ['schema-mapping-without-previous-version', '1.0.0', 'schema', 'previousVersion'],
    ['version-file-name-mismatch', '1.0.0', 'version-file-name-mismatch', 'version'],
    ['id-directory-mismatch', '1.0.0', 'id-directory-mismatch', 'id'],
    ['duplicate-domain-code', '1.0.0', 'duplicate-domain-code', 'domains[1].code'],
    [
      'duplicate-criterion-code',
      '1.0.0',
      'duplicate-criterion-code',
      'domains[0].criteria[1].code',
    ],
    [
      'criterion-code-domain-mismatch',
      '1.0.0',
      'criterion-code-domain-mismatch',
      'domains[0].criteria[1].code',
    ],
    [
      'met-level-outside-scale',
      '1.0.0',
      'met-level-outside-scale',
      'domains[0].criteria[1].metLevel',
    ],
    [
      'duplicate-scale-level',
      '1.0.0',
      'duplicate-scale-level',
      'domains[0].criteria[0].maturityScale[2].level',
    ],
    [
      'scale-not-ascending',
      '1.0.0',
      'scale-not-ascending',
      'domains[0].criteria[0].maturityScale[1].level',
    ],
    [
      'scale-with-gap',
      '1.0.0',
      'scale-not-ascending',
      'domains[0].criteria[0].maturityScale[2].level',
    ],
    ['non-positive-weight', '1.0.0', 'non-positive-weight', 'domains[0].criteria[1].weight'],
    ['negative-weight', '1.0.0', 'non-positive-weight', 'domains[0].criteria[0].weight'],
    [
      'unknown-evidence-kind',
      '1.0.0',
      'unknown-evidence-kind',
      'domains[0].criteria[0].evidenceKinds[1]',
    ],
    ['unknown-previous-version', '1.1.0', 'unknown-previous-version', 'previousVersion'],
    ['mapping-unknown-code', '1.1.0', 'mapping-unknown-code', 'mapping[1].code'],
    [
      'mapping-unknown-previous-code',
      '1.1.0',
      'mapping-unknown-previous-code',
      'mapping[0].previousCodes[1]',
    ],
    ['duplicate-mapping-code', '1.1.0', 'duplicate-mapping-code', 'mapping[2].code'],
    ['mapping-incomplete', '1.1.0', 'mapping-incomplete', 'mapping'],
  ])('refuses fixture %s (%s) with rule %s at "%s"', (fixture, version, rule, location) => {
    const file = brokenFile(fixture, version);
    const error = loadError(file);
    expect(error).toMatchObject({ name: 'RubricValidationError', file, rule, location });
    expect(error.message).toContain(file);
    expect(error.message).toContain(`"${rule}"`);
    expect(error.message).toContain(location === '' ? '(root)' : location);
  });

  it('explains the broken rule in the message', () => {
    const error = loadError(brokenFile('met-level-outside-scale', '1.0.0'));
    expect(error.message).toBe(
      `${brokenFile('met-level-outside-scale', '1.0.0')} at domains[0].criteria[1].metLevel breaks rule ` +
        '"met-level-outside-scale": metLevel 5 is not a level of the maturity scale (1, 2, 3, 4)',
    );
  });

  it('names the allowed values when a field takes one of a fixed set', () => {
    const error = loadError(brokenFile('schema-unknown-domain', '1.0.0'));
    expect(error).toMatchObject({ rule: 'schema', location: 'domains[0].code' });
    expect(error.detail).toBe('must be equal to one of the allowed values (OPD, VMS, VAK, IMP)');
  });

  it('refuses a mapping when the previous version was not loaded first', () => {
    const file = join(fixtures, 'catalog', 'fixture-rubric', '1.1.0.yaml');
    expect(loadError(file, [])).toMatchObject({ rule: 'unknown-previous-version' });
  });

  it('accepts version 1.1.0 that merges, keeps and adds criteria relative to 1.0.0', () => {
    const file = join(fixtures, 'catalog', 'fixture-rubric', '1.1.0.yaml');
    const rubric = loadRubricFile(file, { evidenceKinds, knownVersions: [previous] });
    expect(rubric.previousVersion).toBe('1.0.0');
    expect(rubric.mapping).toEqual([
      { code: 'OPD-01', previousCodes: ['OPD-01', 'OPD-02'] },
      { code: 'VAK-01', previousCodes: ['VAK-01'] },
      { code: 'VAK-02', previousCodes: [] },
    ]);
  });
});
