import {
  buildRoundReadinessReport,
  isoDayIn,
  RoundReadinessReport,
  RoundReportInput,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Clock } from '../common/clock';
import { notFound } from '../common/problems/problem.exception';
import { readAll } from '../common/transaction';
import { RubricsService } from '../rubrics/rubrics.service';
import { responsesByRound, toReportAction, toReportRound } from './dashboard.mappers';
import { RoundReportReadModel } from './round-report.read-model';

/**
 * The readiness report of one round: loads what it needs in a fixed number of queries (the round,
 * then its responses, linked evidence and actions together; the rubric from memory) and leaves
 * every figure to the domain's buildRoundReadinessReport. Exported for the dossier exports.
 */
@Injectable()
export class RoundReportService {
  constructor(
    private readonly repository: RoundReportReadModel,
    private readonly rubrics: RubricsService,
    private readonly clock: Clock,
  ) {}

  /** Today in the organisation's time zone, the day the figures are for. */
  today(): string {
    return isoDayIn(this.clock.now());
  }

  /** What the report is computed from; 404 for a round of another organisation. */
  async input(
    organisationId: string,
    roundId: string,
    manager?: EntityManager,
  ): Promise<RoundReportInput> {
    const round = await this.repository.findRound(organisationId, roundId, manager);
    if (!round) {
      throw notFound();
    }
    const [rubric, responses, evidence, actions] = await readAll(
      manager,
      () => this.rubrics.get(round.rubricId, round.rubricVersion),
      () => this.repository.responses([round.id], true, manager),
      () => this.repository.evidence([round.id], true, manager),
      () => this.repository.actions(round.id, manager),
    );
    return {
      rubric,
      round: toReportRound(round),
      responses: responsesByRound(responses, evidence).get(round.id) ?? [],
      actions: actions.map(toReportAction),
      referenceDate: this.today(),
    };
  }

  async report(
    organisationId: string,
    roundId: string,
    manager?: EntityManager,
  ): Promise<RoundReadinessReport> {
    return buildRoundReadinessReport(await this.input(organisationId, roundId, manager));
  }
}
