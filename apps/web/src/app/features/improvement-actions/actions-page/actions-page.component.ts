import { ACTION_STATUSES, ActionStatus, possibleOwners } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import {
  LiveMessageComponent,
  LiveMessageKind,
} from '../../../shared/ui/live-message/live-message.component';
import { MembersApiService } from '../../members/data-access/members-api.service';
import { ActionItemComponent, ActionStatusChange } from '../action-item/action-item.component';
import {
  ActionFilters,
  ImprovementActionsApiService,
} from '../data-access/improvement-actions-api.service';

/** Every improvement action of the organisation, filtered by status, owner and overdue. */
@Component({
  selector: 'lk-actions-page',
  imports: [TranslocoPipe, LiveMessageComponent, ActionItemComponent],
  templateUrl: './actions-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionsPageComponent {
  private readonly actionsApi = inject(ImprovementActionsApiService);
  private readonly membersApi = inject(MembersApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  private readonly permissions = inject(PermissionsStore);
  protected readonly language = inject(LanguageService);

  protected readonly statuses = ACTION_STATUSES;
  protected readonly status = signal<ActionStatus | ''>('');
  protected readonly ownerId = signal('');
  protected readonly overdue = signal(false);
  protected readonly filters = computed<ActionFilters>(() => ({
    status: this.status() || undefined,
    ownerId: this.ownerId() || undefined,
    overdue: this.overdue() || undefined,
  }));

  protected readonly actions = rxResource({
    params: () => ({ org: this.session.activeOrganisationId(), filters: this.filters() }),
    stream: ({ params }) => this.actionsApi.list(params.filters),
  });
  private readonly members = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.membersApi.list(),
  });
  protected readonly owners = computed(() =>
    this.members.hasValue() ? possibleOwners(this.members.value()) : [],
  );
  /** Contributors change the actions of criteria they own; the API has the last word. */
  protected readonly canEdit = computed(() => this.permissions.can('action.edit'));
  protected readonly loadError = computed(() => {
    const error = this.actions.error();
    return error ? this.message(error) : null;
  });
  protected readonly feedback = signal<{ kind: LiveMessageKind; text: string } | null>(null);

  protected setStatus(event: Event): void {
    this.status.set((event.target as HTMLSelectElement).value as ActionStatus | '');
  }

  protected setOwner(event: Event): void {
    this.ownerId.set((event.target as HTMLSelectElement).value);
  }

  protected setOverdue(event: Event): void {
    this.overdue.set((event.target as HTMLInputElement).checked);
  }

  protected async changeStatus({ action, status, reflection }: ActionStatusChange): Promise<void> {
    this.feedback.set(null);
    try {
      const updated = await firstValueFrom(
        this.actionsApi.update(action.id, { version: action.version, status, reflection }),
      );
      this.actions.update((list) => list?.map((a) => (a.id === updated.id ? updated : a)));
      this.feedback.set({
        kind: 'success',
        text: this.transloco.translate('actions.item.saved', {
          title: updated.title,
          status: this.transloco.translate(`actions.status.${updated.status}`),
        }),
      });
    } catch (error) {
      this.feedback.set({ kind: 'error', text: this.message(error) });
      this.actions.reload();
    }
  }

  private message(error: unknown): string {
    return toUserMessage(error, (key) => this.transloco.translate(key));
  }
}
