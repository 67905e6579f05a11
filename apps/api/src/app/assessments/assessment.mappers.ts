import {
  AssessmentRound,
  computeRoundProgress,
  CriterionResponse,
  EventSnapshot,
  isSelfEvaluationOverdue,
  LinkedEvidence,
  RubricVersion,
} from '@labelklaar/domain';

import { memberRef, People, userRef } from '../common/people';
import { AssessmentRoundEntity } from './entities/assessment-round.entity';
import {
  CriterionResponseEntity,
  ResponseAnswerFields,
} from './entities/criterion-response.entity';

export function mapRound(
  round: AssessmentRoundEntity,
  rubric: RubricVersion,
  responses: readonly CriterionResponseEntity[],
  people: People,
  today: string,
  newerVersion: string | null,
): AssessmentRound {
  return {
    id: round.id,
    title: round.title,
    rubricId: round.rubricId,
    rubricVersion: round.rubricVersion,
    targetDate: round.targetDate,
    route: round.route,
    selfEvaluationDeadline: round.selfEvaluationDeadline,
    ambitions: round.ambitions,
    bottlenecks: round.bottlenecks,
    participation: round.participation,
    status: round.status,
    previousRoundId: round.previousRoundId,
    contentHash: round.contentHash,
    submittedAt: round.submittedAt?.toISOString() ?? null,
    submittedBy: userRef(people, round.submittedById),
    withdrawnAt: round.withdrawnAt?.toISOString() ?? null,
    createdAt: round.createdAt.toISOString(),
    updatedAt: round.updatedAt.toISOString(),
    updatedBy: userRef(people, round.updatedById),
    version: round.version,
    isSelfEvaluationOverdue: isSelfEvaluationOverdue(round, today),
    progress: computeRoundProgress(rubric, responses),
    newerVersion,
  };
}

export function mapResponse(
  row: CriterionResponseEntity,
  people: People,
  evidence: LinkedEvidence[],
): CriterionResponse {
  return {
    roundId: row.roundId,
    criterionCode: row.criterionCode,
    level: row.level,
    targetLevel: row.targetLevel,
    rationale: row.rationale,
    notApplicable: row.notApplicable,
    notApplicableReason: row.notApplicableReason,
    state: row.state,
    owner: memberRef(people, row.ownerMembershipId),
    isCarriedOver: row.isCarriedOver,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: userRef(people, row.updatedById),
    evidence,
  };
}

export function roundSnapshot(round: AssessmentRoundEntity): EventSnapshot {
  return {
    title: round.title,
    rubricId: round.rubricId,
    rubricVersion: round.rubricVersion,
    route: round.route,
    targetDate: round.targetDate,
    selfEvaluationDeadline: round.selfEvaluationDeadline,
    ambitions: round.ambitions,
    bottlenecks: round.bottlenecks,
    participation: round.participation.map((entry) => ({ ...entry })),
    status: round.status,
    previousRoundId: round.previousRoundId,
  };
}

export function responseSnapshot(row: ResponseAnswerFields): EventSnapshot {
  return {
    level: row.level,
    targetLevel: row.targetLevel,
    rationale: row.rationale,
    notApplicable: row.notApplicable,
    notApplicableReason: row.notApplicableReason,
    state: row.state,
    isCarriedOver: row.isCarriedOver,
  };
}
