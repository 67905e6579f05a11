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
import { RoundReportCache } from './round-report.cache';
import { DashboardRoundRow, RoundReportReadModel } from './round-report.read-model';

/**
 * The readiness report of one round: loads what it needs in a fixed number of queries (the round,
 * then its responses, linked evidence and actions together; the rubric from memory) and leaves
 * every figure to the domain's buildRoundReadinessReport. Exported for the dossier exports.
 *
 * Outside a transaction the report is kept in memory per round (RoundReportCache) under its
 * version from the database, so a round nobody changed costs one query: the round with its version.
 */
@Injectable()
export class RoundReportService {
  private readonly cache = new RoundReportCache();

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
    return this.inputOf(round, this.today(), manager);
  }

  private async inputOf(
    round: DashboardRoundRow,
    referenceDate: string,
    manager?: EntityManager,
  ): Promise<RoundReportInput> {
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
      referenceDate,
    };
  }

  /**
   * The report as of today. Inside a transaction (`manager`) always computed from what the
   * transaction sees; otherwise from memory when nothing it depends on changed: not the round's
   * report version, not the round, not the day.
   */
  async report(
    organisationId: string,
    roundId: string,
    manager?: EntityManager,
  ): Promise<RoundReadinessReport> {
    if (manager) {
      return buildRoundReadinessReport(await this.input(organisationId, roundId, manager));
    }
    const versioned = await this.repository.findVersionedRound(organisationId, roundId);
    if (!versioned) {
      throw notFound();
    }
    const { reportVersion, ...round } = versioned;
    const referenceDate = this.today();
    const key = JSON.stringify([reportVersion, referenceDate, round]);
    return this.cache.read(round.id, key, async () =>
      buildRoundReadinessReport(await this.inputOf(round, referenceDate)),
    );
  }
}
