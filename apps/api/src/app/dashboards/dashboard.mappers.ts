import { ReportAction, ReportResponse, ReportRound } from '@labelklaar/domain';

import {
  DashboardActionRow,
  DashboardEvidenceRow,
  DashboardResponseRow,
  DashboardRoundRow,
} from './round-report.read-model';

export function toReportRound(row: DashboardRoundRow): ReportRound {
  const { id, title, status, targetDate, rubricId, rubricVersion, contentHash } = row;
  return { id, title, status, targetDate, rubricId, rubricVersion, contentHash };
}

/**
 * Responses per round id, each with the evidence linked to it, from the rows of two queries.
 * Evidence in a stable order (title, then id) so every export lists it the same way.
 */
export function responsesByRound(
  responses: readonly DashboardResponseRow[],
  evidence: readonly DashboardEvidenceRow[],
): Map<string, ReportResponse[]> {
  const linked = new Map<string, DashboardEvidenceRow[]>();
  for (const row of evidence) {
    push(linked, `${row.roundId}/${row.criterionCode}`, row);
  }
  const byRound = new Map<string, ReportResponse[]>();
  for (const row of responses) {
    const items = (linked.get(`${row.roundId}/${row.criterionCode}`) ?? [])
      .map(({ evidenceId, title, kind, validUntil }) => ({
        id: evidenceId,
        title,
        kind,
        validUntil,
      }))
      .sort((a, b) => (a.title === b.title ? cmp(a.id, b.id) : cmp(a.title, b.title)));
    const response: ReportResponse = {
      criterionCode: row.criterionCode,
      level: row.level,
      targetLevel: row.targetLevel,
      notApplicable: row.notApplicable,
      rationale: row.rationale,
      notApplicableReason: row.notApplicableReason,
      evidence: items,
    };
    push(byRound, row.roundId, response);
  }
  return byRound;
}

export function toReportAction(row: DashboardActionRow): ReportAction {
  const owner =
    row.ownerMembershipId !== null && row.ownerDisplayName !== null
      ? { memberId: row.ownerMembershipId, displayName: row.ownerDisplayName }
      : null;
  return { status: row.status, dueDate: row.dueDate, owner };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
