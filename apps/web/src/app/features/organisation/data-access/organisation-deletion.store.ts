import { OrganisationOverview } from '@labelklaar/domain';

import { computed, inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { of } from 'rxjs';

import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { OrganisationApiService } from './organisation-api.service';

/**
 * The active organisation's overview, fetched once for the shell's erasure banner and the
 * organisation-data card: whether it is to be erased, and when.
 */
@Injectable({ providedIn: 'root' })
export class OrganisationDeletionStore {
  private readonly api = inject(OrganisationApiService);
  private readonly session = inject(SessionStore);
  private readonly permissions = inject(PermissionsStore);

  private readonly overview = rxResource({
    params: () =>
      this.permissions.can('organisation.read')
        ? (this.session.activeOrganisationId() ?? undefined)
        : undefined,
    stream: ({ params }) => (params ? this.api.overview() : of(null)),
  });

  /** The overview, or null while it loads or when this member may not read it. */
  readonly organisation = computed(() =>
    this.overview.hasValue() ? (this.overview.value() ?? null) : null,
  );
  readonly deletion = computed(() => this.organisation()?.deletion ?? null);

  /** Takes the overview a write answered with, so every reader shows it without a new fetch. */
  replace(organisation: OrganisationOverview): void {
    this.overview.set(organisation);
  }

  reload(): void {
    this.overview.reload();
  }
}
