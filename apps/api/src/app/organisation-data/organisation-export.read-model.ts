import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

type Row = Record<string, unknown>;

/**
 * What the organisation export holds, one query per entity, each scoped to one organisation by
 * its id (which comes from the session). Secrets (token and password hashes) are never selected.
 * A named read model over the contexts' tables: the export is a copy of them, column for column.
 */
export const EXPORT_ENTITIES: Record<string, string> = {
  organisation: `SELECT id, name, sign_off_required, deletion_requested_at, deletion_due_at, created_at
                   FROM organisations WHERE id = $1`,
  members: `SELECT m.id, m.user_id, u.display_name, u.email, m.role, m.created_at
              FROM memberships m JOIN users u ON u.id = m.user_id
             WHERE m.organisation_id = $1 ORDER BY m.created_at, m.id`,
  invitations: `SELECT id, email, role, invited_by_id, created_at, expires_at, accepted_at, revoked_at
                  FROM invitations WHERE organisation_id = $1 ORDER BY created_at, id`,
  rounds: `SELECT * FROM assessment_rounds WHERE organisation_id = $1 ORDER BY created_at, id`,
  responses: `SELECT * FROM criterion_responses WHERE organisation_id = $1
               ORDER BY round_id, criterion_code`,
  evidence: `SELECT * FROM evidence WHERE organisation_id = $1 ORDER BY created_at, id`,
  'evidence-revisions': `SELECT * FROM evidence_revisions WHERE organisation_id = $1
                          ORDER BY evidence_id, revision_number`,
  'evidence-links': `SELECT l.* FROM response_evidence l
                       JOIN assessment_rounds r ON r.id = l.round_id
                      WHERE r.organisation_id = $1 ORDER BY l.round_id, l.response_id, l.evidence_id`,
  actions: `SELECT * FROM improvement_actions WHERE organisation_id = $1 ORDER BY created_at, id`,
  comments: `SELECT * FROM criterion_comments WHERE organisation_id = $1 ORDER BY created_at, id`,
  'review-invitations': `SELECT id, round_id, email, reviewer_organisation_name, message, lead,
                                expires_at, created_at, invited_by_user_id, accepted_by_user_id,
                                accepted_at, revoked_at, revoked_by_user_id, peer_group_id
                           FROM review_invitations WHERE organisation_id = $1
                          ORDER BY created_at, id`,
  'reviews-received': `SELECT * FROM reviews WHERE organisation_id = $1 ORDER BY created_at, id`,
  'findings-received': `SELECT f.* FROM review_findings f JOIN reviews r ON r.id = f.review_id
                         WHERE r.organisation_id = $1 ORDER BY f.review_id, f.criterion_code`,
  'reviews-given': `SELECT r.* FROM reviews r
                     WHERE r.reviewer_user_id IN
                           (SELECT user_id FROM memberships WHERE organisation_id = $1)
                       AND r.organisation_id <> $1
                     ORDER BY r.created_at, r.id`,
  'findings-given': `SELECT f.* FROM review_findings f JOIN reviews r ON r.id = f.review_id
                      WHERE r.reviewer_user_id IN
                            (SELECT user_id FROM memberships WHERE organisation_id = $1)
                        AND r.organisation_id <> $1
                      ORDER BY f.review_id, f.criterion_code`,
  leerrapporten: `SELECT * FROM leerrapports WHERE organisation_id = $1 ORDER BY round_id`,
  'peer-groups': `SELECT g.id, g.name, m.joined_at, m.joined_by_id
                    FROM peer_group_members m JOIN peer_groups g ON g.id = m.group_id
                   WHERE m.organisation_id = $1 ORDER BY m.joined_at, g.id`,
  events: `SELECT * FROM round_events WHERE organisation_id = $1 ORDER BY sequence`,
  'organisation-events': `SELECT id, type, actor_user_id, occurred_at FROM organisation_events
                           WHERE organisation_id = $1 ORDER BY occurred_at, id`,
};

export type ExportEntity = keyof typeof EXPORT_ENTITIES;

const camel = (key: string) =>
  key.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

function camelRow(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [camel(key), value]));
}

@Injectable()
export class OrganisationExportReadModel {
  /** Every entity's rows, read in one snapshot (repeatable read), so they fit together. */
  read(manager: EntityManager, organisationId: string): Promise<Map<string, Row[]>> {
    return manager.transaction('REPEATABLE READ', async (inner) => {
      const result = new Map<string, Row[]>();
      for (const [entity, sql] of Object.entries(EXPORT_ENTITIES)) {
        const rows: Row[] = await inner.query(sql, [organisationId]);
        result.set(entity, rows.map(camelRow));
      }
      return result;
    });
  }
}
