import type { RubricVersion } from '@labelklaar/domain';

import { rubricContentHash } from './canonical-json';
import { loadEvidenceKinds } from './evidence-kinds';
import { loadRubricCatalog } from './rubric-catalog';
import { parseRubricYaml, rubricToYaml, validateRubricContent } from './rubric-content';

const catalog = loadRubricCatalog();
const evidenceKinds = loadEvidenceKinds().map((kind) => kind.key);
const v100 = catalog.find((entry) => entry.rubric.version === '1.0.0')?.rubric as RubricVersion;

describe('validateRubricContent', () => {
  it('accepts every bundled version', () => {
    for (const { rubric } of catalog) {
      const previous = catalog.find((entry) => entry.rubric.version === rubric.previousVersion);
      expect(validateRubricContent(rubric, { evidenceKinds, previous: previous?.rubric })).toEqual(
        [],
      );
    }
  });

  it('reports every schema error at once', () => {
    const broken = structuredClone(v100) as unknown as Record<string, unknown>;
    delete broken['title'];
    broken['status'] = 'concept';
    const violations = validateRubricContent(broken, { evidenceKinds });
    expect(violations.map((item) => [item.location, item.rule])).toEqual([
      ['title', 'schema'],
      ['status', 'schema'],
    ]);
  });

  it('reports every rule across fields at once, with its location', () => {
    const broken = structuredClone(v100);
    const [first, second] = broken.domains[0]?.criteria ?? [];
    if (first === undefined || second === undefined) {
      throw new Error('fixture');
    }
    first.weight = 0;
    first.metLevel = 9;
    second.code = first.code;
    second.evidenceKinds = ['onbekend'];
    expect(
      validateRubricContent(broken, { evidenceKinds }).map((item) => [item.location, item.rule]),
    ).toEqual([
      ['domains[0].criteria[0].weight', 'non-positive-weight'],
      ['domains[0].criteria[0].metLevel', 'met-level-outside-scale'],
      ['domains[0].criteria[1].code', 'duplicate-criterion-code'],
      ['domains[0].criteria[1].evidenceKinds[0]', 'unknown-evidence-kind'],
    ]);
  });

  it('checks the mapping against the previous version', () => {
    const next: RubricVersion = {
      ...structuredClone(v100),
      version: '1.0.1',
      previousVersion: '1.0.0',
      mapping: [{ code: 'OPD-01', previousCodes: ['OPD-99'] }],
    };
    const rules = validateRubricContent(next, { evidenceKinds, previous: v100 }).map(
      (item) => item.rule,
    );
    expect(rules).toEqual(['mapping-unknown-previous-code', 'mapping-incomplete']);
    const wrongPrevious = { ...next, previousVersion: '0.9.0' };
    expect(validateRubricContent(wrongPrevious, { evidenceKinds, previous: v100 })).toEqual([
      expect.objectContaining({ location: 'previousVersion', rule: 'unknown-previous-version' }),
    ]);
  });

  it('checks that an English scale has as many levels as the scale', () => {
    const next = structuredClone(v100);
    const criterion = next.domains[0]?.criteria[0];
    if (criterion === undefined) {
      throw new Error('fixture');
    }
    criterion.en = {
      title: 'Mandate',
      description: 'd',
      guidanceQuestions: ['q1', 'q2'],
      maturityScale: [
        { name: 'a', descriptor: 'b' },
        { name: 'c', descriptor: 'd' },
      ],
    };
    expect(validateRubricContent(next, { evidenceKinds })).toEqual([
      expect.objectContaining({
        location: 'domains[0].criteria[0].en.maturityScale',
        rule: 'english-scale-mismatch',
      }),
    ]);
  });
});

describe('rubricToYaml and parseRubricYaml', () => {
  it.each(catalog.map((entry) => [entry.rubric.version, entry]))(
    'round-trip %s to the same content hash',
    (_version, entry) => {
      const parsed = parseRubricYaml(rubricToYaml(entry.rubric), { evidenceKinds });
      expect(parsed.violations).toEqual([]);
      expect(parsed.rubric && rubricContentHash(parsed.rubric)).toBe(entry.contentHash);
      expect(parsed.rubric?.status).toBe(entry.rubric.status);
    },
  );

  it('writes the keys in the order of the bundled files', () => {
    const yaml = rubricToYaml(v100);
    expect(yaml.startsWith('id: sterk-sociaal-werk\nversion: 1.0.0\nstatus: published\n')).toBe(
      true,
    );
  });

  it('names line and column of a syntax error, and returns no rubric', () => {
    const parsed = parseRubricYaml('id: a\nversion: [1.0.0\n');
    expect(parsed.rubric).toBeUndefined();
    expect(parsed.violations[0]).toMatchObject({
      rule: 'yaml-syntax',
      location: expect.stringMatching(/^line \d+, column \d+$/),
    });
  });

  it('refuses duplicate keys', () => {
    const parsed = parseRubricYaml('id: a\nid: b\n');
    expect(parsed.violations).toEqual([
      expect.objectContaining({ rule: 'yaml-syntax', location: 'line 2, column 1' }),
    ]);
  });

  it('names the YAML path and line of a schema error', () => {
    const text = rubricToYaml(v100).replace('metLevel: 3', 'metLevel: drie');
    const parsed = parseRubricYaml(text);
    expect(parsed.rubric).toBeUndefined();
    const line = text.split('\n').findIndex((row) => row.includes('metLevel: drie')) + 1;
    expect(parsed.violations).toEqual([
      {
        location: 'domains[0].criteria[0].metLevel',
        rule: 'schema',
        detail: `must be integer (type) (line ${line}, column 19)`,
      },
    ]);
  });
});
