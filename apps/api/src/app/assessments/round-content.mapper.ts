import {
  canonicalRoundContent,
  Evidence,
  RoundContent,
  RoundContentAction,
  RoundContentEvidence,
  RubricVersionDetail,
  UserRef,
} from '@labelklaar/domain';

import { memberRef, People } from '../common/people';
import { AssessmentRoundEntity } from './entities/assessment-round.entity';
import { CriterionResponseEntity } from './entities/criterion-response.entity';
import { ResponseEvidenceEntity } from './entities/response-evidence.entity';

export interface RoundContentSources {
  organisation: { id: string; name: string };
  round: AssessmentRoundEntity;
  rubric: RubricVersionDetail;
  responses: CriterionResponseEntity[];
  links: ResponseEvidenceEntity[];
  evidence: Evidence[];
  actions: RoundContentAction[];
  people: People;
  submittedAt: Date;
  submittedBy: UserRef;
}

/** Only what describes the file or link itself: how it is shown today (expired or not) is no content. */
function evidenceContent({
  id,
  source,
  title,
  evidenceKind,
  documentDate,
  validUntil,
  url,
  fileName,
  mediaType,
  sizeBytes,
  sha256,
}: Evidence): RoundContentEvidence {
  return {
    id,
    source,
    title,
    evidenceKind,
    documentDate,
    validUntil,
    url,
    fileName,
    mediaType,
    sizeBytes,
    sha256,
  };
}

/** The round as an auditor receives it; owners by name, as they were at submission. */
export function roundContentOf(sources: RoundContentSources): RoundContent {
  const { round, rubric, links, people } = sources;
  return canonicalRoundContent({
    organisation: sources.organisation,
    round: {
      id: round.id,
      title: round.title,
      route: round.route,
      targetDate: round.targetDate,
      selfEvaluationDeadline: round.selfEvaluationDeadline,
      ambitions: round.ambitions,
      bottlenecks: round.bottlenecks,
      participation: round.participation,
      submittedAt: sources.submittedAt.toISOString(),
      submittedBy: sources.submittedBy,
    },
    rubric: { id: rubric.id, version: rubric.version, contentHash: rubric.contentHash },
    responses: sources.responses.map((row) => ({
      criterionCode: row.criterionCode,
      level: row.level,
      targetLevel: row.targetLevel,
      rationale: row.rationale,
      notApplicable: row.notApplicable,
      notApplicableReason: row.notApplicableReason,
      state: row.state,
      owner: memberRef(people, row.ownerMembershipId)?.displayName ?? null,
      evidenceIds: links
        .filter((link) => link.responseId === row.id)
        .map((link) => link.evidenceId),
    })),
    evidence: sources.evidence.map(evidenceContent),
    actions: sources.actions,
  });
}
