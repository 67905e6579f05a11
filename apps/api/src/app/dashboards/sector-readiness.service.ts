import {
  aggregateSector,
  computeReadiness,
  isoDayIn,
  SectorGroupInput,
  SectorOrganisationScores,
  SectorReadiness,
  sectorScoresOf,
  toAssessments,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';

import { rubricKey, RubricsService } from '../rubrics/rubrics.service';
import { responsesByRound } from './dashboard.mappers';
import { RoundReportReadModel, SectorRoundRow } from './round-report.read-model';

export interface SectorFilter {
  rubricId?: string;
  rubricVersion?: string;
}

/**
 * Anonymised readiness across organisations, per rubric version, for the platform admin. Each
 * organisation counts once, with its latest submitted round measured on its submission day.
 * Only numbers leave the database reads here: no name, id or text reaches the aggregation.
 */
@Injectable()
export class SectorReadinessService {
  private readonly scoresByRound = new Map<string, SectorOrganisationScores>();

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
    const scores = new Map<string, SectorOrganisationScores[]>();
    for (const [round, roundScores] of await this.scoresOf(rounds)) {
      const key = rubricKey(round);
      scores.set(key, [...(scores.get(key) ?? []), roundScores]);
    }
    const groups: SectorGroupInput[] = await Promise.all(
      versions.map(async (version) => ({
        rubric: await this.rubrics.get(version.id, version.version),
        organisations: scores.get(`${version.id}@${version.version}`) ?? [],
      })),
    );
    return aggregateSector(groups);
  }

  /**
   * A submitted round never changes (its responses and evidence links are locked, and evidence
   * itself is immutable), so its figures on its submission day are computed once per process and
   * kept; only rounds submitted since the last request are read from the database.
   */
  private async scoresOf(
    rounds: SectorRoundRow[],
  ): Promise<[SectorRoundRow, SectorOrganisationScores][]> {
    const missing = rounds.filter((round) => !this.scoresByRound.has(round.id));
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
        this.scoresByRound.set(round.id, sectorScoresOf(readiness));
      }
    }
    const current = new Set(rounds.map((round) => round.id));
    for (const id of this.scoresByRound.keys()) {
      if (!current.has(id)) {
        // Superseded by a later submission: no longer anyone's latest round.
        this.scoresByRound.delete(id);
      }
    }
    return rounds.map((round) => [
      round,
      this.scoresByRound.get(round.id) as SectorOrganisationScores,
    ]);
  }
}
