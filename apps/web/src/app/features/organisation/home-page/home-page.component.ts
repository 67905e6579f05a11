import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { OrganisationApiService } from '../data-access/organisation-api.service';

@Component({
  selector: 'lk-home-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent],
  templateUrl: './home-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePageComponent {
  private readonly organisationApi = inject(OrganisationApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  private readonly permissions = inject(PermissionsStore);

  /** Reloads whenever the user switches organisation. */
  protected readonly overview = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.organisationApi.overview(),
  });
  protected readonly canManageMembers = computed(() => this.permissions.can('members.manage'));
  protected readonly error = computed(() => {
    const error = this.overview.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
}
