import { ActionStatus, isRoundListed, RoundStatus } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A round as the dashboards read it: never its (large) submitted content. */
export interface DashboardRoundRow {
  id: string;
  title: string;
  status: RoundStatus;
  targetDate: string;
  rubricId: string;
  rubricVersion: string;
  contentHash: string | null;
  submittedAt: Date | null;
  createdAt: Date;
}

export interface DashboardResponseRow {
  roundId: string;
  criterionCode: string;
  level: number | null;
  targetLevel: number | null;
  notApplicable: boolean;
  notApplicableReason: string | null;
  rationale: string;
}

export interface DashboardEvidenceRow {
  roundId: string;
  criterionCode: string;
  evidenceId: string;
  title: string;
  kind: string;
  validUntil: string | null;
}

export interface DashboardActionRow {
  status: ActionStatus;
  dueDate: string | null;
  ownerMembershipId: string | null;
  ownerDisplayName: string | null;
}

/** A round with the version its readiness report is at (see the round_report_versions table). */
export interface VersionedRoundRow extends DashboardRoundRow {
  reportVersion: string;
}

/** The submitted round an organisation counts with in the sector view; no name, no id of it. */
export interface SectorRoundRow {
  id: string;
  rubricId: string;
  rubricVersion: string;
  submittedAt: Date;
}

const ROUND_COLUMNS = `r.id, r.title, r.status, r.target_date::text AS "targetDate",
  r.rubric_id AS "rubricId", r.rubric_version AS "rubricVersion", r.content_hash AS "contentHash",
  r.submitted_at AS "submittedAt", r.created_at AS "createdAt"`;

/**
 * Read model: the dashboards own no table; they read the rounds and responses (assessments),
 * evidence, improvement actions and the names of their owners (organisations, auth) here, and
 * nowhere else. The dashboards' reads, in plain SQL selecting only the columns the figures need. Each method is
 * one query whatever the number of criteria, evidence or actions: no N+1. Dates come back as ISO
 * days (`::text`), never as JavaScript dates in the server's time zone.
 */
@Injectable()
export class RoundReportReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async findRound(
    organisationId: string,
    roundId: string,
    manager?: EntityManager,
  ): Promise<DashboardRoundRow | null> {
    const rows: DashboardRoundRow[] = await this.manager(manager).query(
      `SELECT ${ROUND_COLUMNS} FROM assessment_rounds r WHERE r.organisation_id = $1 AND r.id = $2`,
      [organisationId, roundId],
    );
    return rows[0] ?? null;
  }

  /**
   * The round with its report version, in one snapshot: the sum of its counters, which every write
   * the report depends on raises in its own transaction (migration 1797340000000).
   */
  async findVersionedRound(
    organisationId: string,
    roundId: string,
  ): Promise<VersionedRoundRow | null> {
    const rows: VersionedRoundRow[] = await this.dataSource.query(
      `SELECT ${ROUND_COLUMNS},
              (SELECT coalesce(sum(v.version), 0) FROM round_report_versions v
                WHERE v.round_id = r.id)::text AS "reportVersion"
         FROM assessment_rounds r WHERE r.organisation_id = $1 AND r.id = $2`,
      [organisationId, roundId],
    );
    return rows[0] ?? null;
  }

  /** The organisation's rounds with these ids; ids of other organisations find nothing. */
  findRounds(
    organisationId: string,
    roundIds: readonly string[],
    manager?: EntityManager,
  ): Promise<DashboardRoundRow[]> {
    return this.manager(manager).query(
      `SELECT ${ROUND_COLUMNS} FROM assessment_rounds r
        WHERE r.organisation_id = $1 AND r.id = ANY($2::uuid[])`,
      [organisationId, [...roundIds]],
    );
  }

  /** The rounds of the trend: a withdrawn round is in none. */
  async listRounds(organisationId: string, manager?: EntityManager): Promise<DashboardRoundRow[]> {
    const rows: DashboardRoundRow[] = await this.manager(manager).query(
      `SELECT ${ROUND_COLUMNS} FROM assessment_rounds r
        WHERE r.organisation_id = $1 ORDER BY r.target_date, r.created_at, r.id`,
      [organisationId],
    );
    return rows.filter((row) => isRoundListed(row.status));
  }

  /** Responses of the rounds; `withTexts: false` leaves out rationale and reason (trend, sector). */
  async responses(
    roundIds: readonly string[],
    withTexts: boolean,
    manager?: EntityManager,
  ): Promise<DashboardResponseRow[]> {
    if (roundIds.length === 0) {
      return [];
    }
    const texts = withTexts
      ? `c.rationale, c.not_applicable_reason AS "notApplicableReason"`
      : `'' AS rationale, NULL AS "notApplicableReason"`;
    return this.manager(manager).query(
      `SELECT c.round_id AS "roundId", c.criterion_code AS "criterionCode", c.level,
              c.target_level AS "targetLevel", c.not_applicable AS "notApplicable", ${texts}
         FROM criterion_responses c
        WHERE c.round_id = ANY($1::uuid[])`,
      [[...roundIds]],
    );
  }

  /** The evidence linked in the rounds, one row per link; `withTexts: false` only its validity. */
  async evidence(
    roundIds: readonly string[],
    withTexts: boolean,
    manager?: EntityManager,
  ): Promise<DashboardEvidenceRow[]> {
    if (roundIds.length === 0) {
      return [];
    }
    // A submitted round's link names its revision; a draft round's follows the item (current).
    const texts = withTexts
      ? 'coalesce(v.title, e.title) AS title, coalesce(v.evidence_kind, e.evidence_kind) AS kind'
      : `'' AS title, '' AS kind`;
    return this.manager(manager).query(
      `SELECT l.round_id AS "roundId", l.criterion_code AS "criterionCode", e.id AS "evidenceId",
              ${texts},
              (CASE WHEN v.id IS NULL THEN e.valid_until ELSE v.valid_until END)::text AS "validUntil"
         FROM response_evidence l
         JOIN evidence e ON e.id = l.evidence_id
         LEFT JOIN evidence_revisions v
           ON v.evidence_id = l.evidence_id AND v.revision_number = l.revision_number
        WHERE l.round_id = ANY($1::uuid[])`,
      [[...roundIds]],
    );
  }

  /** The round's improvement actions with their owner's name (null once the owner left). */
  actions(roundId: string, manager?: EntityManager): Promise<DashboardActionRow[]> {
    return this.manager(manager).query(
      `SELECT a.status, a.due_date::text AS "dueDate", a.owner_membership_id AS "ownerMembershipId",
              u.display_name AS "ownerDisplayName"
         FROM improvement_actions a
         LEFT JOIN memberships m ON m.id = a.owner_membership_id
         LEFT JOIN users u ON u.id = m.user_id
        WHERE a.round_id = $1`,
      [roundId],
    );
  }

  /** Per organisation its latest submitted (or reviewed) round. */
  latestSubmittedRounds(manager?: EntityManager): Promise<SectorRoundRow[]> {
    return this.manager(manager).query(
      `SELECT DISTINCT ON (r.organisation_id)
              r.id, r.rubric_id AS "rubricId", r.rubric_version AS "rubricVersion",
              r.submitted_at AS "submittedAt"
         FROM assessment_rounds r
         JOIN organisations o ON o.id = r.organisation_id
        WHERE r.status IN ('submitted', 'reviewed') AND r.submitted_at IS NOT NULL
          -- An organisation that asked to be erased no longer counts, from the request on.
          AND o.deletion_due_at IS NULL
        ORDER BY r.organisation_id, r.submitted_at DESC, r.id`,
    );
  }
}
