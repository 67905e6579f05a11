import { PeerGroupMember } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
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
import { PeerGroupsApiService } from '../data-access/peer-groups-api.service';
import { InviteOrganisationPanelComponent } from '../invite-organisation-panel/invite-organisation-panel.component';
import { PeerGroupMembersComponent } from '../peer-group-members/peer-group-members.component';
import { PeerGroupRoundsComponent } from '../peer-group-rounds/peer-group-rounds.component';
import { PeerGroupScheduleComponent } from '../peer-group-schedule/peer-group-schedule.component';
import { ReviewInvitationsPanelComponent } from '../review-invitations-panel/review-invitations-panel.component';

interface Feedback {
  kind: LiveMessageKind;
  text: string;
}

/** One toetsingsgroep: its members, this cycle's schedule and the rounds awaiting review. */
@Component({
  selector: 'lk-peer-group-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    LiveMessageComponent,
    PeerGroupMembersComponent,
    PeerGroupScheduleComponent,
    PeerGroupRoundsComponent,
    InviteOrganisationPanelComponent,
    ReviewInvitationsPanelComponent,
  ],
  templateUrl: './peer-group-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeerGroupPageComponent {
  private readonly api = inject(PeerGroupsApiService);
  private readonly confirmService = inject(ConfirmService);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  private readonly permissions = inject(PermissionsStore);
  protected readonly language = inject(LanguageService);

  readonly groupId = input.required<string>();

  protected readonly group = rxResource({
    params: () => ({ groupId: this.groupId(), organisation: this.session.activeOrganisationId() }),
    stream: ({ params }) => this.api.get(params.groupId),
  });
  protected readonly loadError = computed(() => {
    const error = this.group.error();
    return error ? this.message(error) : null;
  });
  protected readonly canInviteReviewers = computed(() =>
    this.permissions.can('peer-group.review-invitations'),
  );
  protected readonly canLeave = computed(() => this.permissions.can('peer-group.manage'));
  /** Removing others and inviting organisations are for the group's creator. */
  protected readonly canManage = computed(
    () => this.canLeave() && this.group.hasValue() && this.group.value().isCreator,
  );
  protected readonly ownRound = computed(() =>
    this.group.hasValue()
      ? (this.group.value().awaitingRounds.find((round) => round.isOwnOrganisation) ?? null)
      : null,
  );
  protected readonly ownReviewer = computed(() => {
    if (!this.group.hasValue()) {
      return null;
    }
    const own = this.group.value().members.find((member) => member.isOwnOrganisation);
    return this.group.value().schedule.find((entry) => entry.reviewed.memberId === own?.id) ?? null;
  });
  protected readonly feedback = signal<Feedback | null>(null);

  protected reload(): void {
    this.group.reload();
  }

  protected async remove(member: PeerGroupMember): Promise<void> {
    const confirmed = await this.confirm('peerGroups.remove.', {
      organisation: member.organisationName,
    });
    if (!confirmed) {
      return;
    }
    try {
      await firstValueFrom(this.api.removeMember(this.groupId(), member.id));
      this.succeed('peerGroups.remove.done', { organisation: member.organisationName });
      this.group.reload();
    } catch (error) {
      this.feedback.set({ kind: 'error', text: this.message(error) });
    }
  }

  protected async leave(): Promise<void> {
    const name = this.group.value()?.name ?? '';
    if (!(await this.confirm('peerGroups.leave.', { group: name }))) {
      return;
    }
    try {
      await firstValueFrom(this.api.leave(this.groupId()));
      await this.router.navigate(['/peer-groups']);
    } catch (error) {
      this.feedback.set({ kind: 'error', text: this.message(error) });
    }
  }

  /** `prefix` names a group of texts with a title, a message and a confirm label. */
  private confirm(prefix: string, params: Record<string, string>): Promise<boolean> {
    this.feedback.set(null);
    return this.confirmService.confirm({
      title: this.transloco.translate(`${prefix}title`),
      message: this.transloco.translate(`${prefix}message`, params),
      confirmLabel: this.transloco.translate(`${prefix}confirm`),
      cancelLabel: this.transloco.translate('common.cancel'),
    });
  }

  private succeed(key: string, params: Record<string, string>): void {
    this.feedback.set({ kind: 'success', text: this.transloco.translate(key, params) });
  }

  private message(error: unknown): string {
    return toUserMessage(error, (key) => this.transloco.translate(key));
  }
}
