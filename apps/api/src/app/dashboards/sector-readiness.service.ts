import {
  compareCodeUnits,
  compareSector,
  computeReadiness,
  isoDayIn,
  SectorOrganisationStatuses,
  SectorReadiness,
  SectorVersionGroup,
  toAssessments,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';

import { rubricKey, RubricsService } from '../rubrics/rubrics.service';
import { responsesByRound } from './dashboard.mappers';
import { RoundReportReadModel, SectorRoundRow } from './round-report.read-model';

export interface SectorFilter {
  rubricId?: string;
  /** Only the organisations on this version, compared on it alone. */
  rubricVersion?: string;
  /** The basis version: organisations on other versions count through the mapping. */
  version?: string;
}

/**
 * Anonymised readiness across organisations, per rubric compared on one basis version (see
 * compareSector), for the platform admin. Each organisation counts once, with its latest
 * submitted round measured on its submission day. Only criterion statuses leave the database
 * reads here: no name, id or text reaches the aggregation.
 */
@Injectable()
export class SectorReadinessService {
  private readonly statusesByRound = new Map<string, SectorOrganisationStatuses>();

  constructor(
    private readonly repository: RoundReportReadModel,
    private readonly rubrics: RubricsService,
  ) {}

  async readiness(filter: SectorFilter = {}): Promise<SectorReadiness[]> {
    const versions = (await this.rubrics.list()).filter(
      (version) =>
        (filter.rubricId === undefined || version.id === filter.rubricId) &&
        (filter.rubricVersion === undefined || version.version === filter.rubricVersion),
    );
    const wanted = new Set(versions.map((version) => `${version.id}@${version.version}`));
    const rounds = (await this.repository.latestSubmittedRounds()).filter((round) =>
      wanted.has(rubricKey(round)),
    );
    const statuses = new Map<string, SectorOrganisationStatuses[]>();
    for (const [round, roundStatuses] of await this.statusesOf(rounds)) {
      const key = rubricKey(round);
      statuses.set(key, [...(statuses.get(key) ?? []), roundStatuses]);
    }
    const byRubric = new Map<string, SectorVersionGroup[]>();
    for (const version of versions) {
      const group: SectorVersionGroup = {
        rubric: await this.rubrics.get(version.id, version.version),
        organisations: statuses.get(`${version.id}@${version.version}`) ?? [],
      };
      byRubric.set(version.id, [...(byRubric.get(version.id) ?? []), group]);
    }
    return [...byRubric.keys()]
      .sort(compareCodeUnits)
      .flatMap((id) => compareSector(byRubric.get(id) ?? [], filter.version) ?? []);
  }

  /**
   * A submitted round never changes (its responses and evidence links are locked, and evidence
   * itself is immutable), so its figures on its submission day are computed once per process and
   * kept; only rounds submitted since the last request are read from the database.
   */
  private async statusesOf(
    rounds: SectorRoundRow[],
  ): Promise<[SectorRoundRow, SectorOrganisationStatuses][]> {
    const missing = rounds.filter((round) => !this.statusesByRound.has(round.id));
    if (missing.length > 0) {
      const ids = missing.map((round) => round.id);
      const [responses, evidence] = await Promise.all([
        this.repository.responses(ids, false),
        this.repository.evidence(ids, false),
      ]);
      const byRound = responsesByRound(responses, evidence);
      for (const round of missing) {
        const rubric = await this.rubrics.get(round.rubricId, round.rubricVersion);
        const readiness = computeReadiness(
          rubric,
          toAssessments(byRound.get(round.id) ?? []),
          isoDayIn(round.submittedAt),
        );
        this.statusesByRound.set(
          round.id,
          new Map(readiness.criteria.map((criterion) => [criterion.code, criterion.status])),
        );
      }
    }
    const current = new Set(rounds.map((round) => round.id));
    for (const id of this.statusesByRound.keys()) {
      if (!current.has(id)) {
        // Superseded by a later submission: no longer anyone's latest round.
        this.statusesByRound.delete(id);
      }
    }
    return rounds.map((round) => [
      round,
      this.statusesByRound.get(round.id) as SectorOrganisationStatuses,
    ]);
  }
}
