import {
  compareRounds,
  ComparisonSide,
  RoundComparison,
  roundReferenceDate,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';

import { notFound } from '../common/problems/problem.exception';
import { RubricsService } from '../rubrics/rubrics.service';
import { responsesByRound } from './dashboard.mappers';
import { DashboardRoundRow, RoundReportReadModel } from './round-report.read-model';
import { RoundReportService } from './round-report.service';

/** Two rounds of one organisation side by side; a round of another organisation answers 404. */
@Injectable()
export class RoundComparisonService {
  constructor(
    private readonly repository: RoundReportReadModel,
    private readonly rubrics: RubricsService,
    private readonly reports: RoundReportService,
  ) {}

  /** From the `with` round (the earlier one, as a rule) to `roundId`. */
  async compare(
    organisationId: string,
    roundId: string,
    withRoundId: string,
  ): Promise<RoundComparison> {
    const rounds = await this.repository.findRounds(organisationId, [roundId, withRoundId]);
    const to = rounds.find((round) => round.id === roundId);
    const from = rounds.find((round) => round.id === withRoundId);
    if (!to || !from) {
      throw notFound();
    }
    const ids = [...new Set([to.id, from.id])];
    const [responses, evidence] = await Promise.all([
      this.repository.responses(ids, true),
      this.repository.evidence(ids, true),
    ]);
    const byRound = responsesByRound(responses, evidence);
    const today = this.reports.today();
    const side = async (round: DashboardRoundRow): Promise<ComparisonSide> => ({
      round: { id: round.id, title: round.title },
      rubric: await this.rubrics.get(round.rubricId, round.rubricVersion),
      responses: byRound.get(round.id) ?? [],
      referenceDate: roundReferenceDate(round, today),
    });
    return compareRounds(await side(from), await side(to));
  }
}
