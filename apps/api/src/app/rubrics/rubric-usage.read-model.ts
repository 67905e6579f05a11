import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface RubricUsage {
  /** Rounds of every organisation pinned to the version. */
  rounds: number;
  /** Of those, the rounds still open (draft). */
  openRounds: number;
}

export const usageKey = (rubricId: string, version: string) => `${rubricId}@${version}`;

/**
 * How many rounds use each rubric version: a read model over assessment_rounds for the rubric
 * library, so the rubrics context needs nothing of the assessments context but this one query.
 * Counts only: it names no organisation.
 */
@Injectable()
export class RubricUsageReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byVersion(): Promise<Map<string, RubricUsage>> {
    const rows = await this.dataSource.query<
      { rubric_id: string; rubric_version: string; rounds: string; open_rounds: string }[]
    >(
      `SELECT rubric_id, rubric_version, COUNT(*) AS rounds,
              COUNT(*) FILTER (WHERE status = 'draft') AS open_rounds
         FROM assessment_rounds
        GROUP BY rubric_id, rubric_version`,
    );
    return new Map(
      rows.map((row) => [
        usageKey(row.rubric_id, row.rubric_version),
        { rounds: Number(row.rounds), openRounds: Number(row.open_rounds) },
      ]),
    );
  }
}
