import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { OrganisationEventType } from './entities/organisation-event.entity';

export interface ErasureTarget {
  id: string;
  name: string;
  deletionRequestedAt: Date | null;
  deletionDueAt: Date | null;
}

export interface QualityOfficer {
  email: string;
  language: 'nl' | 'en';
}

/**
 * Every query of erasing an organisation. Deleting the organisation's row cascades to all it
 * holds (rounds, responses, evidence, actions, reviews of its rounds, memberships, notifications);
 * only the round history is append-only and is deleted first, through the guard's opening.
 */
@Injectable()
export class OrganisationErasureRepository {
  async lock(manager: EntityManager, organisationId: string): Promise<ErasureTarget | null> {
    const rows: ErasureTarget[] = await manager.query(
      `SELECT id, name, deletion_requested_at AS "deletionRequestedAt",
              deletion_due_at AS "deletionDueAt"
         FROM organisations WHERE id = $1 FOR UPDATE`,
      [organisationId],
    );
    return rows[0] ?? null;
  }

  async setDeletion(
    manager: EntityManager,
    organisationId: string,
    deletion: { requestedAt: Date; dueAt: Date; byUserId: string } | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE organisations
          SET deletion_requested_at = $2, deletion_due_at = $3, deletion_requested_by_id = $4
        WHERE id = $1`,
      [
        organisationId,
        deletion?.requestedAt ?? null,
        deletion?.dueAt ?? null,
        deletion?.byUserId ?? null,
      ],
    );
  }

  async record(
    manager: EntityManager,
    organisationId: string,
    type: OrganisationEventType,
    actorUserId: string | null,
    occurredAt: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO organisation_events (organisation_id, type, actor_user_id, occurred_at)
       VALUES ($1, $2, $3, $4)`,
      [organisationId, type, actorUserId, occurredAt],
    );
  }

  qualityOfficers(manager: EntityManager, organisationId: string): Promise<QualityOfficer[]> {
    return manager.query(
      `SELECT u.email, u.language FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND m.role = 'quality-officer' AND u.erased_at IS NULL
        ORDER BY u.email`,
      [organisationId],
    );
  }

  async dueIds(manager: EntityManager, now: Date): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM organisations WHERE deletion_due_at <= $1 ORDER BY deletion_due_at, id`,
      [now],
    );
    return rows.map((row) => row.id);
  }

  async fileHashes(manager: EntityManager, organisationId: string): Promise<string[]> {
    const rows: { sha256: string }[] = await manager.query(
      `SELECT file_sha256 AS sha256 FROM evidence
        WHERE organisation_id = $1 AND file_sha256 IS NOT NULL
       UNION
       SELECT file_sha256 FROM evidence_revisions
        WHERE organisation_id = $1 AND file_sha256 IS NOT NULL`,
      [organisationId],
    );
    return rows.map((row) => row.sha256);
  }

  async deleteAll(manager: EntityManager, organisationId: string): Promise<void> {
    await manager.query(`SELECT set_config('labelklaar.erase_organisation', $1, true)`, [
      organisationId,
    ]);
    await manager.query(`DELETE FROM round_events WHERE organisation_id = $1`, [organisationId]);
    await manager.query(`SELECT set_config('labelklaar.erase_organisation', '', true)`);
    await manager.query(`DELETE FROM organisations WHERE id = $1`, [organisationId]);
  }
}
