import { ImprovementAction, isoDayIn, LinkedEvidence } from '@labelklaar/domain';

import type { Content, TableCell } from 'pdfmake/interfaces';

import {
  dataTable,
  factList,
  flexiblePage,
  heading,
  paragraphs,
  warningCell,
} from '../common/pdf/house-style';
import { ACTION_STATUS_NL, CRITERION_STATUS_NL, longDay, shortDay, yesNo } from './dossier-labels';
import { DossierCriterion, DossierData, DossierDomain } from './dossier.model';

/**
 * A domain, on a new page unless the page before is not half full, its heading kept with the
 * head of its first criterion; then each criterion with rationale, evidence and actions.
 */
export function domainSection(data: DossierData, domain: DossierDomain): Content[] {
  const [first = [], ...rest] = domain.criteria.map((criterion) =>
    criterionSection(data, criterion),
  );
  const [firstHead, ...firstRest] = first;
  return [
    ...flexiblePage(domain.code, [
      heading(`${domain.code} · ${domain.title}`, 1),
      {
        text: `${domain.criteria.length} criteria. Bewijs heet verlopen als het op de streefdatum (${longDay(data.round.targetDate)}) niet meer geldig is.`,
        style: 'muted',
        margin: [0, 0, 0, 4],
      },
      ...(firstHead ? [firstHead] : []),
    ]),
    ...firstRest,
    ...rest.flat(),
  ];
}

function levelText(criterion: DossierCriterion): string {
  const { figures } = criterion;
  const level = figures.level === null ? 'geen' : String(figures.level);
  return `${level} (behaald vanaf ${figures.metLevel}, ambitie ${figures.targetLevel}, schaal tot ${figures.maxLevel})`;
}

function criterionSection(data: DossierData, criterion: DossierCriterion): Content[] {
  const { figures, response } = criterion;
  const notApplicable = response?.notApplicable ?? false;
  const statusCell: Content =
    figures.status === 'met' || figures.status === 'not-applicable'
      ? { text: CRITERION_STATUS_NL[figures.status], bold: true }
      : { text: CRITERION_STATUS_NL[figures.status], style: 'warning' };
  const explanation = (notApplicable ? response?.notApplicableReason : response?.rationale) || '—';
  const rationale: Content = [
    {
      stack: [
        paragraphs(explanation, {
          text: notApplicable ? 'Niet van toepassing' : 'Toelichting',
          style: 'label',
        }),
      ],
      margin: [0, 0, 0, 6],
    },
  ];
  const head: Content[] = [
    heading(`${figures.code} ${figures.title}`, 2),
    factList([
      { label: 'Niveau', value: levelText(criterion) },
      { label: 'Status', value: statusCell },
      { label: 'Verplicht voor het label', value: yesNo(figures.required) },
      { label: 'Eigenaar', value: response?.owner?.displayName ?? 'Geen eigenaar' },
    ]),
  ];
  const evidence = response?.evidence ?? [];
  return joinNoneLines([
    // A short rationale stays on the page of its criterion; a long one may run on.
    ...(explanation.length <= SHORT_TEXT
      ? [{ rows: 1, kept: true, content: [...head, rationale] }]
      : [
          { rows: 1, kept: true, content: head },
          { rows: 1, kept: false, content: [rationale] },
        ]),
    tableBlock(evidence.length, [
      heading('Bewijs', 3, { toc: false }),
      evidenceTable(data, evidence),
    ]),
    tableBlock(criterion.actions.length, [
      heading('Verbeteracties', 3, { toc: false }),
      actionTable(criterion.actions),
    ]),
  ]);
}

/** Texts up to this length are kept on one page with their heading. */
const SHORT_TEXT = 800;
/** Tables up to this many rows are kept on one page with their heading. */
const SHORT_TABLE = 8;

/** A run of a criterion's content, kept on one page or free to break; `rows` 0: a "none" line. */
interface Block {
  rows: number;
  kept: boolean;
  content: Content[];
}

/** A heading with a short table (or its "none" line) on one page; a long table may break. */
const tableBlock = (rows: number, content: Content[]): Block => ({
  rows,
  kept: rows <= SHORT_TABLE,
  content,
});

/**
 * A heading with only its "none" line ("Geen verbeteracties.") stays with the kept block before
 * it: alone at the top of a page it would be a tail cut off from its criterion.
 */
function joinNoneLines(blocks: readonly Block[]): Content[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const previous = joined[joined.length - 1];
    if (block.rows === 0 && previous?.kept) {
      previous.content = [...previous.content, ...block.content];
    } else {
      joined.push({ ...block });
    }
  }
  return joined.map((block) =>
    block.kept ? { unbreakable: true, stack: block.content } : { stack: block.content },
  );
}

function actionTable(actions: readonly ImprovementAction[]): Content {
  return dataTable(
    [
      { header: 'Titel', width: '*' },
      { header: 'Eigenaar', width: 100 },
      { header: 'Uiterlijk', width: 55 },
      { header: 'Status', width: 70 },
    ],
    actions.map((action) => [
      actionTitle(action),
      action.owner?.displayName ?? 'Geen eigenaar',
      action.isOverdue ? warningCell(shortDay(action.dueDate)) : shortDay(action.dueDate),
      action.isOverdue
        ? warningCell(`${ACTION_STATUS_NL[action.status]} (te laat)`)
        : ACTION_STATUS_NL[action.status],
    ]),
    'Geen verbeteracties.',
  );
}

function evidenceTable(data: DossierData, evidence: readonly LinkedEvidence[]): Content {
  return dataTable(
    [
      { header: 'Titel', width: '*' },
      { header: 'Soort', width: 110 },
      { header: 'Datum', width: 50 },
      { header: 'Geldig tot', width: 100 },
    ],
    evidence.map((item): TableCell[] => [
      evidenceTitle(item),
      { text: data.evidenceKindLabel(item.evidenceKind), style: 'tableCell' },
      { text: shortDay(item.documentDate), style: 'tableCell' },
      item.isExpired
        ? warningCell(`${shortDay(item.validUntil)} (verlopen)`)
        : { text: item.validUntil ? shortDay(item.validUntil) : 'onbeperkt', style: 'tableCell' },
    ]),
    'Geen bewijs gekoppeld.',
  );
}

/** A link's title with its address under it, clickable, so an assessor can open it from the PDF. */
function evidenceTitle(item: LinkedEvidence): TableCell {
  if (item.source !== 'link' || !item.url) {
    return { text: item.title, style: 'tableCell' };
  }
  return {
    stack: [
      { text: item.title, style: 'tableCell' },
      { text: item.url, link: item.url, style: ['tableCell', 'link'] },
    ],
  };
}

/**
 * An action's title, with what was learnt under it once it is done: the reflection closes the
 * improvement cycle (identify, act, reflect), so the assessor reads it with the action.
 */
function actionTitle(action: ImprovementAction): TableCell {
  const reflection = action.reflection?.trim();
  if (!reflection) {
    return { text: action.title, style: 'tableCell' };
  }
  const on = action.completedAt
    ? ` (afgerond op ${shortDay(isoDayIn(new Date(action.completedAt)))})`
    : '';
  return {
    stack: [
      { text: action.title, style: 'tableCell' },
      {
        text: [{ text: `Reflectie${on}: `, bold: true }, reflection],
        style: ['tableCell', 'muted'],
        margin: [0, 2, 0, 0],
      },
    ],
  };
}
