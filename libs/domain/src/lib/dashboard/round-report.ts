import { isActionOverdue } from '../actions/action-rules';
import { selectAuditBlockers } from '../readiness/audit-blockers';
import { assertIsoDay } from '../readiness/evidence-validity';
import { computeReadiness } from '../readiness/readiness';
import type { CriterionAssessment, CriterionReadiness } from '../readiness/readiness.types';
import type { Criterion, RubricVersion } from '../rubric/rubric.types';
import type {
  ActionOwnerSummary,
  ActionSummary,
  ExpiringEvidence,
  HeatmapRow,
  RoundReadinessReport,
} from './dashboard.types';
import { daysBetween, laterDay } from './days';
import type { ReportAction, ReportResponse, RoundReportInput } from './round-report.types';

/** The label asks every applicable criterion to be met: 100 % of the applicable weight. */
export const TARGET_SCORE = 100;

/**
 * Everything the round dashboard, the dossier exports and the API show about one round, computed
 * in one place so that screen, PDF and Excel never disagree.
 */
export function buildRoundReadinessReport(input: RoundReportInput): RoundReadinessReport {
  const { rubric, round, responses, actions } = input;
  const referenceDate = assertIsoDay(input.referenceDate);
  const targetDate = assertIsoDay(round.targetDate);
  const assessments = toAssessments(responses);
  const readiness = computeReadiness(rubric, assessments, referenceDate);
  const blockersOn = laterDay(referenceDate, targetDate);
  const onBlockerDay =
    blockersOn === referenceDate ? readiness : computeReadiness(rubric, assessments, blockersOn);
  return {
    round: { ...round },
    referenceDate,
    daysToTarget: daysBetween(referenceDate, targetDate),
    targetScore: TARGET_SCORE,
    overall: readiness.overall,
    domains: readiness.domains,
    criteria: heatmapRows(rubric, readiness.criteria, responses),
    statusCounts: { ...readiness.overall.counts },
    blockers: selectAuditBlockers(onBlockerDay.criteria),
    blockersOn,
    expiringBeforeTarget: expiringBefore(rubric, responses, referenceDate, targetDate),
    actions: summariseActions(actions, referenceDate),
  };
}

/** The readiness rules' view of the responses: level, not applicable and evidence validity. */
export function toAssessments(responses: readonly ReportResponse[]): CriterionAssessment[] {
  return responses.map((response) => ({
    criterionCode: response.criterionCode,
    level: response.level,
    notApplicable: response.notApplicable,
    evidence: response.evidence.map(({ id, validUntil }) => ({ id, validUntil })),
  }));
}

/** The top of a criterion's maturity scale. */
export function maxLevelOf(criterion: Criterion): number {
  return Math.max(...criterion.maturityScale.map((level) => level.level));
}

function heatmapRows(
  rubric: RubricVersion,
  criteria: readonly CriterionReadiness[],
  responses: readonly ReportResponse[],
): HeatmapRow[] {
  const byCode = new Map(responses.map((response) => [response.criterionCode, response]));
  const rubricCriteria = new Map(
    rubric.domains
      .flatMap((domain) => domain.criteria)
      .map((criterion) => [criterion.code, criterion]),
  );
  return criteria.map((row) => {
    const criterion = rubricCriteria.get(row.code) as Criterion;
    const { code, title, domainCode, weight, required, status, level, metLevel } = row;
    return {
      code,
      title,
      domainCode,
      weight,
      required,
      status,
      level,
      metLevel,
      targetLevel: byCode.get(code)?.targetLevel ?? metLevel,
      maxLevel: maxLevelOf(criterion),
    };
  });
}

/**
 * Evidence that is valid on the reference date but no longer on the target date (its last valid
 * day falls before it): what must be renewed before the audit. Soonest first.
 */
function expiringBefore(
  rubric: RubricVersion,
  responses: readonly ReportResponse[],
  referenceDate: string,
  targetDate: string,
): ExpiringEvidence[] {
  const order = new Map(
    rubric.domains
      .flatMap((domain) => domain.criteria)
      .map((criterion, index) => [criterion.code, index]),
  );
  const found = new Map<string, ExpiringEvidence>();
  for (const response of responses) {
    if (!order.has(response.criterionCode)) {
      continue;
    }
    for (const item of response.evidence) {
      const { validUntil } = item;
      if (validUntil === null || validUntil < referenceDate || validUntil >= targetDate) {
        continue;
      }
      const entry = found.get(item.id) ?? {
        evidenceId: item.id,
        title: item.title,
        kind: item.kind,
        validUntil,
        criterionCodes: [],
      };
      if (!entry.criterionCodes.includes(response.criterionCode)) {
        entry.criterionCodes.push(response.criterionCode);
      }
      found.set(item.id, entry);
    }
  }
  const rank = (code: string) => order.get(code) ?? 0;
  return [...found.values()]
    .map((entry) => ({
      ...entry,
      criterionCodes: [...entry.criterionCodes].sort((a, b) => rank(a) - rank(b)),
    }))
    .sort(
      (a, b) =>
        compareCodeUnits(a.validUntil, b.validUntil) ||
        compareCodeUnits(a.title, b.title) ||
        compareCodeUnits(a.evidenceId, b.evidenceId),
    );
}

const isOpen = (action: ReportAction) =>
  action.status === 'open' || action.status === 'in-progress';

/**
 * Open counts open and in-progress actions; overdue is the part of them past its due date; done
 * counts finished ones; cancelled actions count nowhere. Per owner only owners with open actions,
 * most overdue first, the unassigned ones last.
 */
export function summariseActions(
  actions: readonly ReportAction[],
  referenceDate: string,
): ActionSummary {
  const summary: ActionSummary = { open: 0, overdue: 0, done: 0, byOwner: [] };
  const byOwner = new Map<string, ActionOwnerSummary>();
  for (const action of actions) {
    if (action.status === 'done') {
      summary.done += 1;
    }
    if (!isOpen(action)) {
      continue;
    }
    const overdue = isActionOverdue(action, referenceDate) ? 1 : 0;
    summary.open += 1;
    summary.overdue += overdue;
    const key = action.owner?.memberId ?? '';
    const entry = byOwner.get(key) ?? {
      owner: action.owner ? { ...action.owner } : null,
      open: 0,
      overdue: 0,
    };
    entry.open += 1;
    entry.overdue += overdue;
    byOwner.set(key, entry);
  }
  summary.byOwner = [...byOwner.values()].sort(byOwnerOrder);
  return summary;
}

function byOwnerOrder(a: ActionOwnerSummary, b: ActionOwnerSummary): number {
  if ((a.owner === null) !== (b.owner === null)) {
    return a.owner === null ? 1 : -1;
  }
  return (
    b.overdue - a.overdue ||
    b.open - a.open ||
    compareCodeUnits(a.owner?.displayName ?? '', b.owner?.displayName ?? '') ||
    compareCodeUnits(a.owner?.memberId ?? '', b.owner?.memberId ?? '')
  );
}

/** Plain code-unit order, not localeCompare: the same order on the server and in every browser. */
export function compareCodeUnits(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
