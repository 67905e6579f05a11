import {
  classifyMapping,
  CriterionMapping,
  findMappingProblems,
  MappingKind,
  MappingProblem,
  rubricCriteria,
  RubricVersion,
} from '@labelklaar/domain';

import { FieldMessage } from '../../../shared/forms/field-message';

/** One criterion of the draft in the mapping panel: what it continues now and what is proposed. */
export interface MappingRow {
  code: string;
  title: string;
  /** Null: the mapping has no entry for it yet. */
  previousCodes: string[] | null;
  kind: MappingKind | 'unmapped';
  proposal: { previousCodes: string[]; kind: MappingKind } | null;
  /** The proposal says something else than the mapping has now. */
  differs: boolean;
}

export function mappingRows(
  previous: RubricVersion,
  next: RubricVersion,
  proposal: readonly CriterionMapping[] | null,
): MappingRow[] {
  const mapping = next.mapping ?? [];
  const kinds = new Map(
    classifyMapping(previous, next, mapping).entries.map((entry) => [entry.code, entry.kind]),
  );
  const proposed = proposal ? classifyMapping(previous, next, proposal).entries : [];
  return rubricCriteria(next).map(({ criterion }) => {
    const entry = mapping.find((item) => item.code === criterion.code);
    const suggestion = proposed.find((item) => item.code === criterion.code) ?? null;
    const previousCodes = entry ? [...entry.previousCodes] : null;
    return {
      code: criterion.code,
      title: criterion.title,
      previousCodes,
      kind: kinds.get(criterion.code) ?? 'unmapped',
      proposal: suggestion && { previousCodes: suggestion.previousCodes, kind: suggestion.kind },
      differs:
        suggestion !== null &&
        JSON.stringify(suggestion.previousCodes) !== JSON.stringify(previousCodes),
    };
  });
}

/** Earlier criteria no criterion of the draft continues: they are dropped (vervalt). */
export function droppedCodes(previous: RubricVersion, next: RubricVersion): string[] {
  return classifyMapping(previous, next, next.mapping ?? []).dropped;
}

/** The mapping's broken rules in the editor's words (`rubrics.mapping.problems.<rule>`). */
export function mappingProblemMessages(
  previous: RubricVersion,
  next: RubricVersion,
): FieldMessage[] {
  const mapping = next.mapping ?? [];
  return findMappingProblems(previous, next, mapping).map((problem) =>
    problemMessage(problem, mapping, previous, next),
  );
}

function problemMessage(
  problem: MappingProblem,
  mapping: readonly CriterionMapping[],
  previous: RubricVersion,
  next: RubricVersion,
): FieldMessage {
  const [, entry, code] =
    /^mapping\[(\d+)\](?:\.previousCodes\[(\d+)\])?/.exec(problem.location) ?? [];
  const item = entry === undefined ? undefined : mapping[Number(entry)];
  const key = `rubrics.mapping.problems.${problem.rule}`;
  switch (problem.rule) {
    case 'mapping-unknown-code':
    case 'duplicate-mapping-code':
      return { key, params: { code: item?.code ?? '' } };
    case 'mapping-unknown-previous-code':
      return {
        key,
        params: {
          code: item?.previousCodes[Number(code)] ?? '',
          version: previous.version,
        },
      };
    case 'mapping-incomplete': {
      const mapped = new Set(mapping.map((line) => line.code));
      const missing = rubricCriteria(next)
        .map(({ criterion }) => criterion.code)
        .filter((item) => !mapped.has(item));
      return { key, params: { codes: missing.join(', ') } };
    }
  }
}
