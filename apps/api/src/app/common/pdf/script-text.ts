import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';

import { FontCoverage, HOUSE_FONT } from './house-fonts';
import { needsScriptRuns, ScriptRun, scriptRuns } from './script-runs';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Containers whose children are content. */
const CHILDREN = ['stack', 'columns', 'ul', 'ol'] as const;
/** Alignments a right-to-left paragraph keeps; any other becomes its start, the right. */
const KEPT_ALIGNMENTS = new Set(['center', 'right', 'justify']);

/** The strings of a text value in reading order: the leaves of its inline pieces. */
function leavesOf(text: unknown): string[] {
  if (typeof text === 'string') {
    return [text];
  }
  if (Array.isArray(text)) {
    return text.flatMap(leavesOf);
  }
  return isNode(text) ? leavesOf(text['text']) : [];
}

function runPiece(run: ScriptRun, alignRight: boolean): Node {
  return {
    text: run.text,
    bidiLevel: run.level,
    ...(run.font === HOUSE_FONT ? {} : { font: run.font }),
    ...(alignRight && run.rtlParagraph ? { alignment: 'right' } : {}),
  };
}

/** Rebuilds a text value with each leaf replaced by its runs, taking them in reading order. */
function rebuild(text: unknown, runs: ScriptRun[][], alignRight: boolean): unknown[] {
  if (typeof text === 'string') {
    return (runs.shift() ?? []).map((run) => runPiece(run, alignRight));
  }
  if (Array.isArray(text)) {
    return text.flatMap((piece) => rebuild(piece, runs, alignRight));
  }
  if (!isNode(text)) {
    return [text];
  }
  if (typeof text['text'] === 'string') {
    // pdfmake flattens nested pieces and would drop this piece's style: each run carries it.
    return rebuild(text['text'], runs, alignRight).map((piece) => ({
      ...text,
      ...(piece as Node),
    }));
  }
  return [{ ...text, text: rebuild(text['text'], runs, alignRight) }];
}

function textNode(node: Node, coverage: FontCoverage): Node {
  const leaves = leavesOf(node['text']);
  if (!leaves.some(needsScriptRuns)) {
    return node;
  }
  const alignRight = !KEPT_ALIGNMENTS.has(String(node['alignment']));
  return { ...node, text: rebuild(node['text'], scriptRuns(leaves, coverage), alignRight) };
}

function content(value: unknown, coverage: FontCoverage): unknown {
  if (typeof value === 'string') {
    return needsScriptRuns(value) ? textNode({ text: value }, coverage) : value;
  }
  if (Array.isArray(value)) {
    return value.map((item) => content(item, coverage));
  }
  if (!isNode(value)) {
    return value;
  }
  if ('text' in value) {
    return textNode(value, coverage);
  }
  const node: Node = { ...value };
  for (const key of CHILDREN) {
    if (Array.isArray(node[key])) {
      node[key] = content(node[key], coverage);
    }
  }
  const table = node['table'];
  if (isNode(table) && Array.isArray(table['body'])) {
    node['table'] = { ...table, body: table['body'].map((row) => content(row, coverage)) };
  }
  const toc = node['toc'];
  if (isNode(toc) && toc['title'] !== undefined) {
    node['toc'] = { ...toc, title: content(toc['title'], coverage) };
  }
  return node;
}

function dynamic(
  value: DynamicContent | Content,
  coverage: FontCoverage,
): DynamicContent | Content {
  if (typeof value === 'function') {
    return (...args: Parameters<DynamicContent>) =>
      content(value(...args), coverage) as ReturnType<DynamicContent>;
  }
  return content(value, coverage) as Content;
}

/**
 * Gives every text of a document, running header and footer included, the fonts its
 * characters need (Hebrew, Arabic, emoji) and the bidi levels that order it on its lines; a
 * paragraph that reads right to left is aligned right. Text in Latin letters is left as it is.
 */
export function withScriptFonts(
  document: TDocumentDefinitions,
  coverage: FontCoverage,
): TDocumentDefinitions {
  const { header, footer } = document;
  return {
    ...document,
    content: content(document.content, coverage) as Content,
    ...(header === undefined ? {} : { header: dynamic(header, coverage) }),
    ...(footer === undefined ? {} : { footer: dynamic(footer, coverage) }),
  };
}
