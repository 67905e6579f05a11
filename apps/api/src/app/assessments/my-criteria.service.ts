import {
  Criterion,
  DomainCode,
  isSelfEvaluationOverdue,
  MyCriterion,
  RubricVersionDetail,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';

import { Actor } from '../common/auth/current-actor.decorator';
import { reviewOf } from './assessment.mappers';
import { AssessmentsRepository } from './assessments.repository';
import { RoundAccessService } from './round-access.service';
import { RoundDetailsService } from './round-details.service';

type Located = { criterion: Criterion; domainCode: DomainCode };

function locate(rubric: RubricVersionDetail): Map<string, Located> {
  return new Map(
    rubric.domains.flatMap((domain) =>
      domain.criteria.map(
        (criterion) => [criterion.code, { criterion, domainCode: domain.code }] as const,
      ),
    ),
  );
}

/** "My criteria": what the current member owns in the organisation's open rounds. */
@Injectable()
export class MyCriteriaService {
  constructor(
    private readonly repository: AssessmentsRepository,
    private readonly access: RoundAccessService,
    private readonly details: RoundDetailsService,
  ) {}

  async list(actor: Actor): Promise<MyCriterion[]> {
    if (!actor.membershipId) {
      return [];
    }
    const rows = await this.repository.ownedInOpenRounds(actor.organisationId, actor.membershipId);
    const rubrics = new Map<string, Map<string, Located>>();
    for (const row of rows) {
      const key = row.round ? `${row.round.rubricId}@${row.round.rubricVersion}` : '';
      if (row.round && !rubrics.has(key)) {
        rubrics.set(key, locate(await this.access.rubricOf(row.round)));
      }
    }
    const today = this.details.today();
    const people = await this.details.people(actor.organisationId);
    return rows.flatMap((row) => {
      const round = row.round;
      const found = round
        ? rubrics.get(`${round.rubricId}@${round.rubricVersion}`)?.get(row.criterionCode)
        : undefined;
      if (!round || !found) {
        return [];
      }
      return [
        {
          roundId: round.id,
          roundTitle: round.title,
          targetDate: round.targetDate,
          selfEvaluationDeadline: round.selfEvaluationDeadline,
          isSelfEvaluationOverdue: isSelfEvaluationOverdue(round, today),
          criterionCode: row.criterionCode,
          criterionTitle: found.criterion.title,
          domainCode: found.domainCode,
          level: row.level,
          notApplicable: row.notApplicable,
          state: row.state,
          isCarriedOver: row.isCarriedOver,
          updatedAt: row.updatedAt.toISOString(),
          review: reviewOf(row, people),
        },
      ];
    });
  }
}
