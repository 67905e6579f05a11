import {
  buildTrend,
  OrganisationTrend,
  roundReferenceDate,
  toAssessments,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';

import { rubricKey, RubricsService } from '../rubrics/rubrics.service';
import { responsesByRound } from './dashboard.mappers';
import { RoundReportReadModel } from './round-report.read-model';
import { RoundReportService } from './round-report.service';

/**
 * Readiness across all of an organisation's rounds: three queries however many rounds there are.
 * A submitted round is measured on the day it was submitted, a draft today.
 */
@Injectable()
export class OrganisationTrendService {
  constructor(
    private readonly repository: RoundReportReadModel,
    private readonly rubrics: RubricsService,
    private readonly reports: RoundReportService,
  ) {}

  async trend(organisationId: string): Promise<OrganisationTrend> {
    const rounds = await this.repository.listRounds(organisationId);
    const ids = rounds.map((round) => round.id);
    const [rubrics, responses, evidence] = await Promise.all([
      this.rubrics.ofRounds(rounds),
      this.repository.responses(ids, false),
      this.repository.evidence(ids, false),
    ]);
    const byRound = responsesByRound(responses, evidence);
    const today = this.reports.today();
    return buildTrend(
      rounds.flatMap((round) => {
        const rubric = rubrics.get(rubricKey(round));
        return rubric
          ? [
              {
                round: {
                  id: round.id,
                  title: round.title,
                  status: round.status,
                  targetDate: round.targetDate,
                  submittedAt: round.submittedAt?.toISOString() ?? null,
                  createdAt: round.createdAt.toISOString(),
                },
                rubric,
                assessments: toAssessments(byRound.get(round.id) ?? []),
                referenceDate: roundReferenceDate(round, today),
              },
            ]
          : [];
      }),
    );
  }
}
