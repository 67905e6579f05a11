import {
  ActorKind,
  CriterionEditor,
  isAllowed,
  isReadOnlyRole,
  Member,
  Permission,
} from '@labelklaar/domain';

import { computed, inject, Injectable } from '@angular/core';

import { SessionStore } from '../session/session.store';

/**
 * What the signed-in person may do in their active organisation, asked of the one permission
 * table in libs/domain that the API's guard reads too; pages never test roles themselves. The
 * API still decides: this only keeps the UI from offering what would be refused.
 */
@Injectable({ providedIn: 'root' })
export class PermissionsStore {
  private readonly session = inject(SessionStore);

  /** Their role in the active organisation; null without a membership there. */
  readonly actor = computed<ActorKind | null>(() => this.session.role());
  /** A member who only reads (a manager), whose home is the dashboard. */
  readonly isReadOnly = computed(() => {
    const role = this.session.role();
    return role !== null && isReadOnlyRole(role);
  });

  /** The label owner's staff, who work on rubrics and sector figures outside any organisation. */
  readonly isPlatformAdmin = computed(() => this.session.me()?.platformAdmin === true);

  /**
   * Reads signals: a `computed` calling it follows a change of role or organisation. A platform
   * admin may what the table allows them as well as what their membership role allows, as the
   * API's guard decides.
   */
  can(permission: Permission): boolean {
    const actor = this.actor();
    if (this.isPlatformAdmin() && isAllowed('platform-admin', permission)) {
      return true;
    }
    return actor !== null && isAllowed(actor, permission);
  }

  /** The person as an editor of criteria, their membership found among the organisation's members. */
  editor(members: readonly Member[]): CriterionEditor {
    const userId = this.session.me()?.user.id;
    const membership = members.find((member) => member.userId === userId);
    return { role: this.actor(), membershipId: membership?.id ?? null };
  }
}
