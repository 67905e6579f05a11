import { FORMER_MEMBER } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * The writes of deleting an account outside the round history (which its own context rewrites):
 * the user row becomes the pseudonym, whatever only this person had goes, and the names kept
 * elsewhere as text (the rubric history, a draft's last editor, an accepted review invitation's
 * address) are replaced. One place, so the list of what an erased account leaves is readable.
 */
@Injectable()
export class AccountErasureRepository {
  async pseudonymiseUser(manager: EntityManager, userId: string, now: Date): Promise<void> {
    await manager.query(
      `UPDATE users
          SET display_name = $2, email = 'voormalig-lid-' || id || '@labelklaar.invalid',
              password_hash = '', platform_admin = false, erased_at = $3
        WHERE id = $1`,
      [userId, FORMER_MEMBER, now],
    );
  }

  async removePersonalRows(manager: EntityManager, userId: string): Promise<void> {
    for (const table of [
      'sessions',
      'password_resets',
      'email_changes',
      'notifications',
      'notification_preferences',
      'notification_digests',
    ]) {
      await manager.query(`DELETE FROM ${table} WHERE user_id = $1`, [userId]);
    }
  }

  async pseudonymiseNamesElsewhere(
    manager: EntityManager,
    userId: string,
    email: string,
  ): Promise<void> {
    await manager.query(`SELECT set_config('labelklaar.pseudonymise_user', $1, true)`, [userId]);
    await manager.query(`UPDATE rubric_history SET actor_name = $2 WHERE actor_user_id = $1`, [
      userId,
      FORMER_MEMBER,
    ]);
    await manager.query(`SELECT set_config('labelklaar.pseudonymise_user', '', true)`);
    await manager.query(`UPDATE rubric_drafts SET updated_by_name = $2 WHERE updated_by_id = $1`, [
      userId,
      FORMER_MEMBER,
    ]);
    await manager.query(
      `UPDATE invitations SET email = 'voormalig-lid-' || id || '@labelklaar.invalid'
        WHERE lower(email) = lower($1)`,
      [email],
    );
    await manager.query(
      `UPDATE review_invitations SET email = 'voormalig-lid-' || $1 || '@labelklaar.invalid'
        WHERE accepted_by_user_id = $1 OR lower(email) = lower($2)`,
      [userId, email],
    );
  }
}
