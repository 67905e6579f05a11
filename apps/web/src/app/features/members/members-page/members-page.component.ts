import { Member, MemberRole } from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { ConfirmService } from '../../../shared/ui/confirm-dialog/confirm.service';
import {
  LiveMessageComponent,
  LiveMessageKind,
} from '../../../shared/ui/live-message/live-message.component';
import { OrganisationDataComponent } from '../../organisation/organisation-data/organisation-data.component';
import { OrganisationSettingsComponent } from '../../organisation/organisation-settings/organisation-settings.component';
import { MembersApiService } from '../data-access/members-api.service';
import { InvitationsPanelComponent } from '../invitations-panel/invitations-panel.component';
import { MemberTableComponent, RoleChange } from '../member-table/member-table.component';

interface Feedback {
  kind: LiveMessageKind;
  text: string;
}

@Component({
  selector: 'lk-members-page',
  imports: [
    TranslocoPipe,
    LiveMessageComponent,
    MemberTableComponent,
    InvitationsPanelComponent,
    OrganisationSettingsComponent,
    OrganisationDataComponent,
  ],
  templateUrl: './members-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MembersPageComponent {
  private readonly membersApi = inject(MembersApiService);
  private readonly confirmService = inject(ConfirmService);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  private readonly permissions = inject(PermissionsStore);
  protected readonly language = inject(LanguageService);

  private readonly membersHeading = viewChild<ElementRef<HTMLElement>>('membersHeading');

  /** Reloads whenever the user switches organisation. */
  protected readonly members = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.membersApi.list(),
  });
  protected readonly loadError = computed(() => {
    const error = this.members.error();
    return error ? this.message(error) : null;
  });
  protected readonly canManage = computed(() => this.permissions.can('members.manage'));
  protected readonly canEditSettings = computed(() =>
    this.permissions.can('organisation.settings'),
  );
  protected readonly canManageData = computed(() => this.permissions.can('organisation.export'));
  protected readonly feedback = signal<Feedback | null>(null);

  protected async changeRole({ member, role }: RoleChange): Promise<void> {
    this.feedback.set(null);
    // Show the choice at once; on refusal (e.g. the last quality officer) the select goes back.
    this.setRole(member.id, role);
    try {
      const updated = await firstValueFrom(this.membersApi.changeRole(member.id, role));
      this.members.update((list) => list?.map((m) => (m.id === updated.id ? updated : m)));
      this.succeed('members.page.roleChanged', {
        name: updated.displayName,
        role: this.transloco.translate(`common.roles.${updated.role}`),
      });
      await this.refreshSessionIfSelf(member);
    } catch (error) {
      this.setRole(member.id, member.role);
      this.fail(error);
    }
  }

  protected async remove(member: Member): Promise<void> {
    this.feedback.set(null);
    const confirmed = await this.confirmService.confirm({
      title: this.transloco.translate('members.remove.title'),
      message: this.transloco.translate('members.remove.message', {
        name: member.displayName,
        email: member.email,
      }),
      confirmLabel: this.transloco.translate('members.remove.confirm'),
      cancelLabel: this.transloco.translate('common.cancel'),
    });
    if (!confirmed) {
      return;
    }
    try {
      await firstValueFrom(this.membersApi.remove(member.id));
      this.members.update((list) => list?.filter((m) => m.id !== member.id));
      this.succeed('members.page.removed', { name: member.displayName });
      // The removed row's button is gone; keep keyboard focus in the member list.
      this.membersHeading()?.nativeElement.focus();
      await this.refreshSessionIfSelf(member);
    } catch (error) {
      this.fail(error);
    }
  }

  private setRole(memberId: string, role: MemberRole): void {
    this.members.update((list) => list?.map((m) => (m.id === memberId ? { ...m, role } : m)));
  }

  private async refreshSessionIfSelf(member: Member): Promise<void> {
    if (member.userId === this.session.me()?.user.id) {
      await this.session.refresh();
    }
  }

  private succeed(key: string, params: Record<string, unknown>): void {
    this.feedback.set({ kind: 'success', text: this.transloco.translate(key, params) });
  }

  private fail(error: unknown): void {
    this.feedback.set({ kind: 'error', text: this.message(error) });
  }

  private message(error: unknown): string {
    return toUserMessage(error, (key) => this.transloco.translate(key));
  }
}
