import type { RubricVersion } from '@labelklaar/domain';

import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isSeq, LineCounter, parseDocument, stringify, type Node } from 'yaml';

import { findMappingViolations } from './mapping-rules';
import { findRubricViolations } from './rubric-rules';
import { validate as compiledRubricShape } from './rubric-schema.validator';
import type { RuleViolation } from './rubric-validation.error';
import { schemaViolation } from './schema-violation';

// No fs, path or crypto here: the web app validates drafts with this module as you type. Nor
// Ajv's compiler: it evaluates code, which the web app's Content Security Policy forbids; the
// schema is compiled ahead of time (rubric-schema-validator.source.ts).

export interface RubricContentContext {
  /** Keys of the evidence-kind vocabulary. */
  evidenceKinds: readonly string[];
  /** The version named by previousVersion, to check the mapping against; absent: not checked. */
  previous?: RubricVersion;
}

const isRubricShapeAll = compiledRubricShape as unknown as ValidateFunction<RubricVersion>;

/**
 * Every broken rule of a rubric version: schema (all errors), then, when the shape is right, the
 * loader's rules across fields and the mapping to `context.previous`. Empty when valid.
 * A version with previousVersion but no `context.previous` skips the mapping check.
 */
export function validateRubricContent(
  rubric: unknown,
  context: RubricContentContext,
): RuleViolation[] {
  if (!isRubricShapeAll(rubric)) {
    return schemaViolations(isRubricShapeAll.errors);
  }
  const rules = findRubricViolations(rubric, new Set(context.evidenceKinds));
  const mapping =
    context.previous === undefined ? [] : findMappingViolations(rubric, context.previous);
  return [...rules, ...mapping];
}

function schemaViolations(errors: ErrorObject[] | null | undefined): RuleViolation[] {
  const all = (errors ?? []).map((error) => schemaViolation([error]));
  const unique = new Map(all.map((item) => [`${item.location}|${item.detail}`, item]));
  return unique.size === 0 ? [schemaViolation(errors)] : [...unique.values()];
}

const VERSION_KEYS = [
  'id',
  'version',
  'status',
  'title',
  'en',
  'effectiveDate',
  'previousVersion',
  'mapping',
  'domains',
] as const;
const DOMAIN_KEYS = ['code', 'title', 'description', 'en', 'criteria'] as const;
const CRITERION_KEYS = [
  'code',
  'title',
  'description',
  'guidanceQuestions',
  'evidenceKinds',
  'weight',
  'required',
  'allowNotApplicable',
  'metLevel',
  'maturityScale',
  'en',
] as const;

/**
 * The version as YAML in the layout of the bundled files (keys in a fixed order, undefined members
 * left out). parseRubricYaml gives back content with the same content hash.
 */
export function rubricToYaml(rubric: RubricVersion): string {
  const ordered = {
    ...pick(rubric, VERSION_KEYS),
    domains: rubric.domains.map((domain) => ({
      ...pick(domain, DOMAIN_KEYS),
      criteria: domain.criteria.map((criterion) => pick(criterion, CRITERION_KEYS)),
    })),
  };
  return stringify(ordered, { lineWidth: 100, minContentWidth: 40 });
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Partial<T> {
  const picked: Partial<T> = {};
  for (const key of keys) {
    if (value[key] !== undefined) {
      picked[key] = value[key];
    }
  }
  // Keep members the key lists do not know, so nothing is lost (the schema will name them).
  for (const [key, member] of Object.entries(value)) {
    if (!(keys as readonly string[]).includes(key) && member !== undefined) {
      (picked as Record<string, unknown>)[key] = member;
    }
  }
  return picked;
}

export interface ParsedRubricYaml {
  /** Set only when there are no violations. */
  rubric?: RubricVersion;
  violations: RuleViolation[];
}

/**
 * Parses YAML text into a rubric version. Syntax errors (duplicate keys included) have rule
 * `yaml-syntax` and location `line L, column C`; schema errors name the YAML path
 * (`domains[2].criteria[0].metLevel`) followed by the line, when known. With `context`, the rules
 * of validateRubricContent apply as well. Nothing is returned half: `rubric` only when valid.
 */
export function parseRubricYaml(text: string, context?: RubricContentContext): ParsedRubricYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      violations: document.errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        return {
          location: `line ${position.line}, column ${position.col}`,
          rule: 'yaml-syntax',
          detail: error.message.split('\n')[0] ?? error.message,
        };
      }),
    };
  }
  const data: unknown = document.toJS();
  const violations = context
    ? validateRubricContent(data, context)
    : isRubricShapeAll(data)
      ? []
      : schemaViolations(isRubricShapeAll.errors);
  if (violations.length > 0) {
    return {
      violations: violations.map((violation) =>
        withLine(violation, document.contents, lineCounter),
      ),
    };
  }
  return { rubric: data as RubricVersion, violations: [] };
}

function withLine(
  violation: RuleViolation,
  root: unknown,
  lineCounter: LineCounter,
): RuleViolation {
  const node = nodeAt(root, violation.location);
  const offset = node?.range?.[0];
  if (offset === undefined) {
    return violation;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { ...violation, detail: `${violation.detail} (line ${line}, column ${col})` };
}

/** The deepest node along a path such as `domains[2].criteria[0].metLevel`. */
function nodeAt(root: unknown, path: string): Node | undefined {
  const segments = path.match(/[^.[\]]+/g) ?? [];
  let node = root as Node | undefined;
  for (const segment of segments) {
    const child: unknown = isSeq(node)
      ? node.items[Number(segment)]
      : isMap(node)
        ? node.get(segment, true)
        : undefined;
    if (child === undefined || child === null || typeof child !== 'object') {
      break;
    }
    node = child as Node;
  }
  return node;
}
