import { PEER_GROUP_DESCRIPTION_MAX_LENGTH, PEER_GROUP_NAME_MAX_LENGTH } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { TextLimitComponent } from '../../../shared/ui/text-limit/text-limit.component';
import { TextLimitDirective } from '../../../shared/ui/text-limit/text-limit.directive';
import { PeerGroupsApiService } from '../data-access/peer-groups-api.service';

/** The toetsingsgroepen of the active organisation; a quality officer starts a new one here. */
@Component({
  selector: 'lk-peer-groups-page',
  imports: [
    TextLimitComponent,
    TextLimitDirective,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
  ],
  templateUrl: './peer-groups-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeerGroupsPageComponent {
  private readonly api = inject(PeerGroupsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  private readonly permissions = inject(PermissionsStore);

  /** Reloads whenever the user switches organisation. */
  protected readonly groups = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.api.list(),
  });
  protected readonly loadError = computed(() => {
    const error = this.groups.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
  protected readonly canCreate = computed(() => this.permissions.can('peer-group.create'));

  protected readonly nameMaxLength = PEER_GROUP_NAME_MAX_LENGTH;
  protected readonly descriptionMaxLength = PEER_GROUP_DESCRIPTION_MAX_LENGTH;
  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(PEER_GROUP_NAME_MAX_LENGTH)],
    }),
    description: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(PEER_GROUP_DESCRIPTION_MAX_LENGTH)],
    }),
  });
  protected readonly submission = injectFormSubmission(this.form);

  protected async create(): Promise<void> {
    const group = await this.submission.submit(() => this.api.create(this.form.getRawValue()));
    if (group) {
      await this.router.navigate(['/peer-groups', group.id]);
    }
  }
}
