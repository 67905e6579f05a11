import {
  EventSnapshot,
  FindingResponse,
  reviewAccessOf,
  ReviewDetail,
  ReviewFinding,
  ReviewForMerge,
  ReviewPerspective,
  ReviewSummary,
} from '@labelklaar/domain';

import { CurrentVersion } from '../common/version-check';
import { FindingRow, ReviewRow } from './reviews.repository';

export function mapSummary(
  row: ReviewRow,
  perspective: ReviewPerspective,
  now: Date,
): ReviewSummary {
  const access = reviewAccessOf(row, now);
  return {
    id: row.id,
    roundId: row.roundId,
    roundTitle: row.roundTitle,
    organisationName: row.organisationName,
    reviewer: { userId: row.reviewerUserId, displayName: row.reviewerName },
    reviewerOrganisationName: row.reviewerOrganisationName,
    status: row.status,
    lead: row.lead,
    expiresAt: row.expiresAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    canOpen: perspective === 'reviewer' ? access === 'active' : row.status === 'submitted',
    access,
    perspective,
  };
}

export function responseOf(row: FindingRow): FindingResponse | null {
  if (row.response === null || !row.respondedAt || !row.respondedByUserId) {
    return null;
  }
  return {
    text: row.response,
    respondedBy: { userId: row.respondedByUserId, displayName: row.respondedByName ?? '' },
    respondedAt: row.respondedAt.toISOString(),
  };
}

export function mapFinding(row: FindingRow): ReviewFinding {
  return {
    criterionCode: row.criterionCode,
    judgement: row.judgement,
    finding: row.finding,
    questions: row.questions,
    response: responseOf(row),
    actionId: row.actionId,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** The finding as it is now, for a 409, so the reviewer can compare before saving again. */
export function currentFinding(row: FindingRow, updatedBy: string): CurrentVersion {
  return { current: mapFinding(row), updatedBy, updatedAt: row.updatedAt.toISOString() };
}

/** Findings in rubric order; codes the rubric does not know (none, normally) at the end. */
export function mapDetail(
  row: ReviewRow,
  findings: readonly FindingRow[],
  perspective: ReviewPerspective,
  now: Date,
  rubricOrder: readonly string[],
): ReviewDetail {
  const position = (code: string) => {
    const index = rubricOrder.indexOf(code);
    return index === -1 ? rubricOrder.length : index;
  };
  return {
    ...mapSummary(row, perspective, now),
    overall: {
      judgement: row.overallJudgement,
      strengths: row.strengths,
      improvements: row.improvements,
    },
    findings: [...findings]
      .sort((a, b) => position(a.criterionCode) - position(b.criterionCode))
      .map(mapFinding),
    version: row.version,
  };
}

export function reviewForMerge(row: ReviewRow, findings: readonly FindingRow[]): ReviewForMerge {
  return {
    reviewId: row.id,
    reviewer: { userId: row.reviewerUserId, displayName: row.reviewerName },
    reviewerOrganisationName: row.reviewerOrganisationName,
    lead: row.lead,
    overall: {
      judgement: row.overallJudgement,
      strengths: row.strengths,
      improvements: row.improvements,
    },
    findings: findings
      .filter((finding) => finding.reviewId === row.id)
      .map((finding) => ({
        criterionCode: finding.criterionCode,
        judgement: finding.judgement,
        finding: finding.finding,
        questions: finding.questions,
        response: responseOf(finding),
        actionId: finding.actionId,
      })),
  };
}

export function findingSnapshot(
  finding: Pick<FindingRow, 'judgement' | 'finding' | 'questions'>,
): EventSnapshot {
  return { judgement: finding.judgement, finding: finding.finding, questions: finding.questions };
}
