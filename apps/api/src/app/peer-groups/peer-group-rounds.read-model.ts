import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A member organisation's latest submitted peer-review round that is not reviewed yet. */
export interface AwaitingRoundRow {
  id: string;
  organisationId: string;
  title: string;
  targetDate: string;
  submittedAt: Date;
}

/**
 * Read model: what a toetsingsgroep reads of other contexts, in plain SQL and only for the
 * organisations that share a group with the caller: their rounds awaiting review and the state of
 * their leerrapports (assessments, reviews), the review invitations of those rounds (review
 * access) and an organisation's name (organisations). Reads only; the peer-groups context writes
 * to those contexts through their services.
 */
@Injectable()
export class PeerGroupRoundsReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /**
   * Per organisation its latest submitted round on the peer-review route that still awaits
   * review: not `reviewed`, and without a final leerrapport. A hearing whose last day has passed
   * counts as final (the reviews context records that lazily, see effectiveLeerrapportStatus).
   * One query for the whole group.
   */
  awaitingRounds(
    organisationIds: string[],
    today: string,
    manager?: EntityManager,
  ): Promise<AwaitingRoundRow[]> {
    return this.manager(manager).query(
      `SELECT DISTINCT ON (r.organisation_id) r.id, r.organisation_id AS "organisationId", r.title,
         r.target_date::text AS "targetDate", r.submitted_at AS "submittedAt"
       FROM assessment_rounds r
       WHERE r.organisation_id = ANY($1::uuid[]) AND r.status = 'submitted' AND r.route = 'peer-review'
         AND NOT EXISTS (
           SELECT 1 FROM leerrapports l
           WHERE l.round_id = r.id
             AND (l.status = 'final' OR (l.status = 'hearing' AND l.hearing_ends_on < $2::date))
         )
       ORDER BY r.organisation_id, r.submitted_at DESC, r.id`,
      [organisationIds, today],
    );
  }

  /**
   * Of these organisations' rounds, those with a review invitation that is pending or accepted
   * (neither revoked nor expired). A read of the review-access table, for all rounds at once.
   */
  async roundsWithActiveReviewInvitations(
    organisationIds: string[],
    now: Date,
    manager?: EntityManager,
  ): Promise<string[]> {
    const rows: { roundId: string }[] = await this.manager(manager).query(
      `SELECT DISTINCT i.round_id AS "roundId" FROM review_invitations i
       WHERE i.organisation_id = ANY($1::uuid[]) AND i.revoked_at IS NULL AND i.expires_at > $2`,
      [organisationIds, now],
    );
    return rows.map((row) => row.roundId);
  }

  /** The addresses with a pending or accepted review invitation for the round. */
  async activeReviewInvitationEmails(
    roundId: string,
    now: Date,
    manager: EntityManager,
  ): Promise<string[]> {
    const rows: { email: string }[] = await manager.query(
      `SELECT i.email FROM review_invitations i
       WHERE i.round_id = $1 AND i.revoked_at IS NULL AND i.expires_at > $2`,
      [roundId, now],
    );
    return rows.map((row) => row.email);
  }

  async organisationName(organisationId: string): Promise<string | null> {
    const rows: { name: string }[] = await this.dataSource.query(
      'SELECT name FROM organisations WHERE id = $1',
      [organisationId],
    );
    return rows[0]?.name ?? null;
  }
}
