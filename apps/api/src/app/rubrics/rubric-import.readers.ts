import { parseRubricYaml, type RuleViolation } from '@labelklaar/criteria/rules';
import { RubricVersion } from '@labelklaar/domain';

import { checkRubricContent, previousOf, StoredVersions } from './rubric-content.checks';
import { CellLocation, parseRubricWorkbook } from './workbook/rubric-workbook.parser';

/** A rule an imported file breaks, with the sheet, row and column of a workbook where known. */
export interface LocatedViolation extends RuleViolation {
  sheet?: string;
  row?: number;
  column?: string;
}

/** A YAML file as a draft's content, or every rule it breaks (YAML path and rule). */
export async function readRubricYaml(
  buffer: Buffer,
  storedOf: (rubricId: string) => Promise<StoredVersions>,
): Promise<{ content?: RubricVersion; violations: LocatedViolation[] }> {
  const text = buffer.toString('utf8');
  const shape = parseRubricYaml(text);
  if (!shape.rubric) {
    return { violations: shape.violations };
  }
  const stored = await storedOf(shape.rubric.id);
  const parsed = parseRubricYaml(text, {
    evidenceKinds: stored.evidenceKinds,
    previous: previousOf(shape.rubric, stored),
  });
  const extra = checkRubricContent(shape.rubric, stored, shape.rubric.id).filter(
    (violation) =>
      !parsed.violations.some(
        (seen) => seen.rule === violation.rule && seen.location === violation.location,
      ),
  );
  const violations = [...parsed.violations, ...extra];
  return violations.length > 0
    ? { violations }
    : { content: { ...shape.rubric, status: 'draft' }, violations: [] };
}

export async function readRubricWorkbook(
  buffer: Buffer,
  storedOf: (rubricId: string) => Promise<StoredVersions>,
): Promise<{ content?: RubricVersion; violations: LocatedViolation[] }> {
  const parsed = await parseRubricWorkbook(buffer);
  if (!parsed.content) {
    return {
      violations: parsed.violations.map(({ sheet, row, column, rule, detail }) => ({
        location: cellName({ sheet, row, column }),
        rule,
        detail,
        sheet,
        ...(row !== undefined && { row }),
        ...(column !== undefined && { column }),
      })),
    };
  }
  const id = typeof parsed.content['id'] === 'string' ? parsed.content['id'] : '';
  const stored = await storedOf(id);
  const violations = checkRubricContent(parsed.content, stored, id).map((violation) => {
    const cell = parsed.locate(violation.location);
    return cell
      ? { ...violation, ...cell, location: `${cellName(cell)} (${violation.location})` }
      : violation;
  });
  return violations.length > 0
    ? { violations }
    : { content: parsed.content as unknown as RubricVersion, violations: [] };
}

function cellName({ sheet, row, column }: CellLocation): string {
  return [
    sheet && `sheet ${sheet}`,
    row !== undefined && `row ${row}`,
    column && `column ${column}`,
  ]
    .filter(Boolean)
    .join(', ');
}
