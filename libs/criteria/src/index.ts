export { canonicalJson, rubricContentHash } from './lib/canonical-json';
export { defaultRubricDataDir } from './lib/data-dir';
export { loadEvidenceKinds } from './lib/evidence-kinds';
export { type LoadRubricOptions, loadRubricFile } from './lib/load-rubric';
export { lockNewPublishedRubrics } from './lib/lock-writer';
export { loadRubricCatalog, type RubricCatalogEntry } from './lib/rubric-catalog';
export { type RubricLock, rubricLockKey } from './lib/rubric-lock';
export { RubricValidationError } from './lib/rubric-validation.error';
export * from './rules';
export {
  defaultDecisionModelsDir,
  loadDecisionModelCatalog,
  loadDecisionModelFile,
} from './lib/decision-model-catalog';
export {
  findDecisionModelViolations,
  validateDecisionModelContent,
} from './lib/decision-model-content';
