import {
  AssessmentRound,
  computeRoundProgress,
  CriterionResponse,
  EventSnapshot,
  isSelfEvaluationOverdue,
  LinkedEvidence,
  ResponseReview,
  RoundSignOff,
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
    signOff: signOffOf(round, people),
    createdAt: round.createdAt.toISOString(),
    updatedAt: round.updatedAt.toISOString(),
    updatedBy: userRef(people, round.updatedById),
    version: round.version,
    isSelfEvaluationOverdue: isSelfEvaluationOverdue(round, today),
    progress: computeRoundProgress(rubric, responses),
    newerVersion,
  };
}

/** The vaststelling as the API and the dossier show it, or null while there is none. */
export function signOffOf(round: AssessmentRoundEntity, people: People): RoundSignOff | null {
  if (
    !round.signedOffAt ||
    round.signedOffName === null ||
    round.signedOffFunction === null ||
    round.signedOffOn === null
  ) {
    return null;
  }
  return {
    name: round.signedOffName,
    function: round.signedOffFunction,
    date: round.signedOffOn,
    recordedAt: round.signedOffAt.toISOString(),
    recordedBy: userRef(people, round.signedOffById),
  };
}

/** What the history keeps of a vaststelling (null: none, or withdrawn). */
export function signOffSnapshot(round: AssessmentRoundEntity): EventSnapshot {
  return {
    signOff:
      round.signedOffName === null
        ? null
        : {
            name: round.signedOffName,
            function: round.signedOffFunction,
            date: round.signedOffOn,
          },
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
    review: reviewOf(row, people),
  };
}

/** The quality officer's check of the answer, when there is one. */
export function reviewOf(row: CriterionResponseEntity, people: People): ResponseReview | null {
  if (!row.reviewStatus || !row.reviewedAt) {
    return null;
  }
  return {
    status: row.reviewStatus,
    comment: row.reviewComment,
    reviewedAt: row.reviewedAt.toISOString(),
    reviewedBy: userRef(people, row.reviewedById),
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
