import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

import { loadDecisionModelCatalog, loadDecisionModelFile } from './decision-model-catalog';
import { validateDecisionModelContent } from './decision-model-content';
import { RubricValidationError } from './rubric-validation.error';

describe('the bundled decision models', () => {
  const catalog = loadDecisionModelCatalog();

  it('are the three models whose content is public, each valid with complete English texts', () => {
    expect(catalog.map((model) => [model.id, model.version, model.name])).toEqual([
      ['beslissende-professional', '1.0.0', 'De beslissende professional'],
      ['evidence-based-practice', '1.0.0', 'Evidence-based practice'],
      ['omgekeerde-toets', '1.0.0', 'De omgekeerde toets'],
    ]);
    for (const model of catalog) {
      expect(validateDecisionModelContent(model)).toEqual([]);
      expect(model.en?.steps).toHaveLength(model.steps.length);
    }
  });

  it('says which situation each suits', () => {
    expect(Object.fromEntries(catalog.map((model) => [model.id, model.situations]))).toEqual({
      'beslissende-professional': ['reflecting-afterwards'],
      'evidence-based-practice': ['choosing-intervention'],
      'omgekeerde-toets': ['rules-block-need'],
    });
  });

  it('puts the legal test last in the reverse test', () => {
    const toets = catalog.find((model) => model.id === 'omgekeerde-toets');
    expect(toets?.steps[0]?.title).toBe('Het gewenste effect');
    expect(toets?.steps.map((step) => step.title).indexOf('De juridische toets')).toBe(3);
  });
});

describe('validating a decision model', () => {
  const [base] = loadDecisionModelCatalog();

  it('names the first schema error by its path', () => {
    const violations = validateDecisionModelContent({ ...base, steps: [{ title: 'Een' }] });
    expect(violations).toEqual([expect.objectContaining({ rule: 'schema', location: 'steps' })]);
    expect(validateDecisionModelContent({ ...base, colour: 'blauw' })[0]?.location).toBe('colour');
    expect(
      validateDecisionModelContent({ ...base, situations: ['fortune-telling'] })[0]?.rule,
    ).toBe('schema');
  });

  it('refuses duplicate step titles and English texts that miss a step', () => {
    const steps = [base.steps[0], base.steps[0]];
    expect(validateDecisionModelContent({ ...base, steps, en: undefined })).toEqual([
      expect.objectContaining({ rule: 'duplicate-step-title', location: 'steps[1].title' }),
    ]);
    const en = { ...base.en, steps: base.en?.steps.slice(0, 2) };
    expect(validateDecisionModelContent({ ...base, en })).toEqual([
      expect.objectContaining({ rule: 'translation-step-count', location: 'en.steps' }),
    ]);
  });

  it('checks a file name against its id and version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vak-models-'));
    mkdirSync(join(dir, 'ander-model'));
    const file = join(dir, 'ander-model', '2.0.0.yaml');
    writeFileSync(file, stringify(base));
    expect(() => loadDecisionModelFile(file)).toThrow(RubricValidationError);
    expect(() => loadDecisionModelFile(file)).toThrow(/version-file-name-mismatch/);
  });
});
