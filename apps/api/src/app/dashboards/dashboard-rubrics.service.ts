import { RubricVersionDetail } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';

import { RubricsService } from '../rubrics/rubrics.service';

/**
 * Rubric versions for the dashboards, kept in memory: a published version never changes (its
 * hash is locked), so a report needs no query for its rubric after the first.
 */
@Injectable()
export class DashboardRubrics {
  private readonly cache = new Map<string, Promise<RubricVersionDetail>>();

  constructor(private readonly rubrics: RubricsService) {}

  get(rubricId: string, version: string): Promise<RubricVersionDetail> {
    const key = `${rubricId}@${version}`;
    let found = this.cache.get(key);
    if (!found) {
      found = this.rubrics.get(rubricId, version);
      this.cache.set(key, found);
      // A failed load (a draft, a lost connection) is tried again next time.
      found.catch(() => this.cache.delete(key));
    }
    return found;
  }

  /** Every version of these rounds, each loaded once. */
  async of(
    rounds: readonly { rubricId: string; rubricVersion: string }[],
  ): Promise<Map<string, RubricVersionDetail>> {
    const keys = new Map(rounds.map((round) => [rubricKey(round), round]));
    const loaded = await Promise.all(
      [...keys.entries()].map(
        async ([key, round]) => [key, await this.get(round.rubricId, round.rubricVersion)] as const,
      ),
    );
    return new Map(loaded);
  }
}

export const rubricKey = (round: { rubricId: string; rubricVersion: string }) =>
  `${round.rubricId}@${round.rubricVersion}`;
