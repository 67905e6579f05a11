/**
 * The Excel layout of a rubric version (documented in docs/rubric-workbook.md): one header row
 * per sheet, then one row per item. Column keys are the header texts; import finds columns by
 * header, so their order may change, but every column must be there.
 */
export const SHEETS = {
  rubric: 'Rubriek',
  criteria: 'Criteria',
  levels: 'Niveaus',
  mapping: 'Mapping',
  comparison: 'Vergelijking',
} as const;

export const RUBRIC_COLUMNS = [
  'id',
  'version',
  'title',
  'effectiveDate',
  'previousVersion',
  'en.title',
] as const;

export const CRITERIA_COLUMNS = [
  'domain code',
  'domain title',
  'domain description',
  'domain en.title',
  'domain en.description',
  'code',
  'title',
  'description',
  'guidance questions',
  'evidence kinds',
  'weight',
  'required',
  'allowNotApplicable',
  'metLevel',
  'en.title',
  'en.description',
  'en.guidance questions',
] as const;

export const LEVEL_COLUMNS = [
  'criterion code',
  'level',
  'name',
  'descriptor',
  'en.name',
  'en.descriptor',
] as const;

export const MAPPING_COLUMNS = ['code', 'previous codes'] as const;

export const COMPARISON_COLUMNS = ['code', 'change', 'field', 'previous', 'this version'] as const;

/** Lists in one cell: one item per line (guidance questions, evidence kinds, previous codes). */
export const LIST_SEPARATOR = '\n';
