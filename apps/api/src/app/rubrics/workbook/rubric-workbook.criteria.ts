import { CRITERIA_COLUMNS, SHEETS } from './rubric-workbook.layout';
import { Level, WorkbookReader } from './rubric-workbook.reader';

/** A domain as read from the criteria sheet, with its criteria in row order. */
export interface DomainDraft {
  code: string;
  title: string;
  description: string;
  en?: { title: string; description: string };
  criteria: Record<string, unknown>[];
}

type SheetRow = NonNullable<ReturnType<WorkbookReader['sheet']>>['rows'][number];

const CRITERION_COLUMNS: [string, string][] = [
  ['code', 'code'],
  ['title', 'title'],
  ['description', 'description'],
  ['guidanceQuestions', 'guidance questions'],
  ['evidenceKinds', 'evidence kinds'],
  ['weight', 'weight'],
  ['required', 'required'],
  ['allowNotApplicable', 'allowNotApplicable'],
  ['metLevel', 'metLevel'],
  ['en', 'en.title'],
];

/** The domain a row belongs to: the first row of a domain names it, later rows may repeat it. */
function domainOf(reader: WorkbookReader, domains: DomainDraft[], row: SheetRow): DomainDraft {
  const s = SHEETS.criteria;
  const domainCode = reader.required(s, row, 'domain code');
  const found = domains.find((item) => item.code === domainCode);
  if (found) {
    if (
      (reader.text(s, row, 'domain title') ?? found.title) !== found.title ||
      (reader.text(s, row, 'domain description') ?? found.description) !== found.description
    ) {
      reader.violations.push({
        sheet: s,
        row: row.number,
        column: 'domain title',
        rule: 'domain-text-differs',
        detail: `domain ${domainCode} has another title or description in an earlier row; leave it empty or the same`,
      });
    }
    return found;
  }
  const enTitle = reader.text(s, row, 'domain en.title');
  const enDescription = reader.text(s, row, 'domain en.description');
  const domain: DomainDraft = {
    code: domainCode,
    title: reader.required(s, row, 'domain title'),
    description: reader.required(s, row, 'domain description'),
    en:
      enTitle === undefined && enDescription === undefined
        ? undefined
        : { title: enTitle ?? '', description: enDescription ?? '' },
    criteria: [],
  };
  const d = domains.length;
  domains.push(domain);
  reader.remember(`domains[${d}]`, { sheet: s, row: row.number, column: 'domain code' });
  reader.remember(`domains[${d}].title`, { sheet: s, row: row.number, column: 'domain title' });
  reader.remember(`domains[${d}].description`, {
    sheet: s,
    row: row.number,
    column: 'domain description',
  });
  return domain;
}

/** Where each field of the criterion at `path` came from, for the rubric rules' violations. */
function rememberCriterion(
  reader: WorkbookReader,
  path: string,
  row: SheetRow,
  steps: Level[],
): void {
  reader.remember(path, { sheet: SHEETS.criteria, row: row.number, column: 'code' });
  for (const [field, column] of CRITERION_COLUMNS) {
    reader.remember(`${path}.${field}`, { sheet: SHEETS.criteria, row: row.number, column });
  }
  steps.forEach((step, k) => {
    reader.remember(`${path}.maturityScale[${k}]`, {
      sheet: SHEETS.levels,
      row: step.row,
      column: 'level',
    });
  });
  reader.remember(`${path}.maturityScale`, {
    sheet: SHEETS.levels,
    row: steps[0]?.row,
    column: 'criterion code',
  });
}

/** The English texts of a criterion, or undefined when the row and its levels have none. */
function englishOf(reader: WorkbookReader, row: SheetRow, steps: Level[]) {
  const s = SHEETS.criteria;
  const title = reader.text(s, row, 'en.title');
  const description = reader.text(s, row, 'en.description');
  const guidanceQuestions = reader.list(s, row, 'en.guidance questions', false);
  const hasEnglish =
    title !== undefined ||
    description !== undefined ||
    guidanceQuestions.length > 0 ||
    steps.some((step) => step.en.name !== undefined || step.en.descriptor !== undefined);
  return hasEnglish
    ? {
        title: title ?? '',
        description: description ?? '',
        guidanceQuestions,
        maturityScale: steps.map((step) => ({
          name: step.en.name ?? '',
          descriptor: step.en.descriptor ?? '',
        })),
      }
    : undefined;
}

function criterionOf(reader: WorkbookReader, row: SheetRow, code: string, steps: Level[]) {
  const s = SHEETS.criteria;
  return {
    code,
    title: reader.required(s, row, 'title'),
    description: reader.required(s, row, 'description'),
    guidanceQuestions: reader.list(s, row, 'guidance questions', false),
    evidenceKinds: reader.list(s, row, 'evidence kinds', true),
    weight: reader.integer(s, row, 'weight'),
    required: reader.boolean(s, row, 'required'),
    allowNotApplicable: reader.boolean(s, row, 'allowNotApplicable'),
    metLevel: reader.integer(s, row, 'metLevel'),
    maturityScale: steps.map((step) => ({
      level: step.level,
      name: step.name,
      descriptor: step.descriptor,
    })),
    en: englishOf(reader, row, steps),
  };
}

/** The criteria sheet as domains with their criteria; `levels` are taken by criterion code. */
export function readCriteria(
  reader: WorkbookReader,
  levels: Map<string, Level[]>,
): DomainDraft[] | undefined {
  const sheet = reader.sheet(SHEETS.criteria, CRITERIA_COLUMNS);
  if (!sheet) {
    return undefined;
  }
  const domains: DomainDraft[] = [];
  for (const row of sheet.rows) {
    const domain = domainOf(reader, domains, row);
    const path = `domains[${domains.indexOf(domain)}].criteria[${domain.criteria.length}]`;
    const code = reader.required(SHEETS.criteria, row, 'code');
    const steps = levels.get(code) ?? [];
    levels.delete(code);
    rememberCriterion(reader, path, row, steps);
    domain.criteria.push(criterionOf(reader, row, code, steps));
  }
  for (const [code, steps] of levels) {
    for (const step of steps) {
      reader.violations.push({
        sheet: SHEETS.levels,
        row: step.row,
        column: 'criterion code',
        rule: 'level-unknown-criterion',
        detail: `criterion ${code} is not on the sheet "${SHEETS.criteria}"`,
      });
    }
  }
  return domains;
}
