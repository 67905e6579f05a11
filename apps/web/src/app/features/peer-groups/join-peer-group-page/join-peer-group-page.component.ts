import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { PeerGroupsApiService } from '../data-access/peer-groups-api.service';

/**
 * The page behind a link to join a toetsingsgroep: the quality officer of the active
 * organisation sees what the group is and accepts on the organisation's behalf.
 */
@Component({
  selector: 'lk-join-peer-group-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent, LocalDatePipe],
  templateUrl: './join-peer-group-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JoinPeerGroupPageComponent {
  private readonly api = inject(PeerGroupsApiService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  private readonly permissions = inject(PermissionsStore);
  protected readonly language = inject(LanguageService);

  /** The secret from the link (`?token=`). */
  readonly token = input<string>();

  protected readonly canJoin = computed(() => this.permissions.can('peer-group.join'));
  /** Only a quality officer may see and accept it; others are told so without asking the API. */
  protected readonly preview = rxResource({
    params: () =>
      this.token() && this.canJoin()
        ? { token: this.token() ?? '', organisation: this.session.activeOrganisationId() }
        : undefined,
    stream: ({ params }) => this.api.preview(params.token),
  });
  protected readonly previewError = computed(() => {
    const error = this.preview.error();
    return error ? this.message(error) : null;
  });
  protected readonly memberNames = computed(() =>
    this.preview.hasValue() ? this.preview.value().memberOrganisationNames.join(', ') : '',
  );
  protected readonly busy = signal(false);
  protected readonly acceptError = signal<string | null>(null);

  protected async accept(): Promise<void> {
    const token = this.token();
    if (!token || this.busy()) {
      return;
    }
    this.busy.set(true);
    this.acceptError.set(null);
    try {
      const group = await firstValueFrom(this.api.accept(token));
      await this.router.navigate(['/peer-groups', group.id]);
    } catch (error) {
      this.acceptError.set(this.message(error));
    } finally {
      this.busy.set(false);
    }
  }

  private message(error: unknown): string {
    return toUserMessage(error, (key) => this.transloco.translate(key));
  }
}
