/** Builders for the dashboard specs, on the small hand-built rubrics of the readiness specs. */
import { criterion, rubric } from '../readiness/readiness.fixtures';
import type { RubricVersion } from '../rubric/rubric.types';
import type {
  ReportEvidence,
  ReportResponse,
  ReportRound,
  RoundReportInput,
} from './round-report.types';

export { criterion, rubric };

export const TODAY = '2026-03-01';
export const TARGET = '2026-06-30';

export function evidence(
  id: string,
  validUntil: string | null,
  title = `Evidence ${id}`,
): ReportEvidence {
  return { id, title, kind: 'beleidsplan', validUntil };
}

export function response(
  criterionCode: string,
  overrides: Partial<ReportResponse> = {},
): ReportResponse {
  return {
    criterionCode,
    level: 3,
    targetLevel: null,
    notApplicable: false,
    rationale: `Rationale ${criterionCode}`,
    evidence: [evidence(`ev-${criterionCode}`, null)],
    ...overrides,
  };
}

export function round(overrides: Partial<ReportRound> = {}): ReportRound {
  return {
    id: 'round-1',
    title: 'Zelfevaluatie 2026',
    status: 'draft',
    targetDate: TARGET,
    rubricId: 'test-rubric',
    rubricVersion: '1.0.0',
    contentHash: null,
    ...overrides,
  };
}

/** Two domains: OPD-01 (weight 3, required), OPD-02 (1, optional, waivable), VAK-01 (2, required). */
export function smallRubric(): RubricVersion {
  return rubric([
    {
      code: 'OPD',
      criteria: [
        criterion('OPD-01', { weight: 3 }),
        criterion('OPD-02', { weight: 1, required: false, allowNotApplicable: true }),
      ],
    },
    { code: 'VAK', criteria: [criterion('VAK-01', { weight: 2, metLevel: 2 })] },
  ]);
}

export function reportInput(overrides: Partial<RoundReportInput> = {}): RoundReportInput {
  return {
    rubric: smallRubric(),
    round: round(),
    responses: [response('OPD-01'), response('OPD-02'), response('VAK-01')],
    actions: [],
    referenceDate: TODAY,
    ...overrides,
  };
}
