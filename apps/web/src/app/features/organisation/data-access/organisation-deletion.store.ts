import { computed, inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { of } from 'rxjs';

import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { OrganisationApiService } from './organisation-api.service';

/** Whether the active organisation is to be erased, and when: for the shell's banner and settings. */
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

  readonly deletion = computed(() =>
    this.overview.hasValue() ? (this.overview.value()?.deletion ?? null) : null,
  );

  reload(): void {
    this.overview.reload();
  }
}
