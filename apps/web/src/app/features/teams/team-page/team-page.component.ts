import { Member, TEAM_ROLES, TeamDetail, TeamMember, TeamRole } from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { ConfirmService } from '../../../shared/ui/confirm-dialog/confirm.service';
import {
  LiveMessageComponent,
  LiveMessageKind,
} from '../../../shared/ui/live-message/live-message.component';
import { MembersApiService } from '../../members/data-access/members-api.service';
import { TeamsApiService } from '../data-access/teams-api.service';

/** One team: its members and leads; the quality officer and the team's leads manage them. */
@Component({
  selector: 'lk-team-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, LiveMessageComponent],
  templateUrl: './team-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamPageComponent {
  readonly teamId = input.required<string>();

  private readonly api = inject(TeamsApiService);
  private readonly membersApi = inject(MembersApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly confirmService = inject(ConfirmService);
  protected readonly session = inject(SessionStore);
  private readonly permissions = inject(PermissionsStore);

  protected readonly teamRoles = TEAM_ROLES;
  protected readonly team = rxResource({
    params: () => ({ id: this.teamId(), organisation: this.session.activeOrganisationId() }),
    stream: ({ params }) => this.api.get(params.id),
  });
  /** The organisation's members to choose from, for those who may see the member list. */
  protected readonly canReadMembers = computed(() => this.permissions.can('members.read'));
  private readonly organisationMembers = rxResource({
    params: () => (this.canReadMembers() && this.team.value()?.canManageMembers ? true : undefined),
    stream: () => this.membersApi.list(),
  });
  protected readonly canManageTeam = computed(() => this.permissions.can('teams.manage'));
  protected readonly candidates = computed<Member[]>(() => {
    const inTeam = new Set(this.team.value()?.members.map((m) => m.memberId) ?? []);
    return (this.organisationMembers.value() ?? []).filter((member) => !inTeam.has(member.id));
  });
  protected readonly loadError = computed(() => {
    const error = this.team.error();
    return error ? this.message(error) : null;
  });
  protected readonly feedback = signal<{ kind: LiveMessageKind; text: string } | null>(null);
  private readonly membersHeading = viewChild<ElementRef<HTMLElement>>('membersHeading');

  protected readonly addForm = new FormGroup({
    memberId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    teamRole: new FormControl<TeamRole>('member', { nonNullable: true }),
  });
  protected readonly editForm = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    description: new FormControl('', { nonNullable: true }),
  });
  protected readonly editing = signal(false);

  protected startEdit(team: TeamDetail): void {
    this.editForm.setValue({ name: team.name, description: team.description });
    this.editing.set(true);
  }

  protected async save(): Promise<void> {
    await this.run(async () => {
      const updated = await firstValueFrom(
        this.api.update(this.teamId(), this.editForm.getRawValue()),
      );
      this.team.set(updated);
      this.editing.set(false);
      return this.transloco.translate('teams.team.saved');
    });
  }

  protected async add(): Promise<void> {
    const { memberId, teamRole } = this.addForm.getRawValue();
    const member = this.candidates().find((candidate) => candidate.id === memberId);
    if (!member) {
      this.addForm.markAllAsTouched();
      return;
    }
    await this.run(async () => {
      this.team.set(await firstValueFrom(this.api.putMember(this.teamId(), memberId, teamRole)));
      this.addForm.reset({ memberId: '', teamRole: 'member' });
      return this.transloco.translate('teams.team.added', { name: member.displayName });
    });
  }

  protected async changeRole(member: TeamMember, event: Event): Promise<void> {
    const teamRole = (event.target as HTMLSelectElement).value as TeamRole;
    await this.run(async () => {
      this.team.set(
        await firstValueFrom(this.api.putMember(this.teamId(), member.memberId, teamRole)),
      );
      return this.transloco.translate('teams.team.roleChanged', {
        name: member.displayName,
        role: this.transloco.translate(`teams.roles.${teamRole}`),
      });
    });
  }

  protected async remove(member: TeamMember): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(this.api.removeMember(this.teamId(), member.memberId));
      this.team.update((team) =>
        team
          ? {
              ...team,
              members: team.members.filter((m) => m.memberId !== member.memberId),
              memberCount: team.memberCount - 1,
            }
          : team,
      );
      this.membersHeading()?.nativeElement.focus();
      return this.transloco.translate('teams.team.removed', { name: member.displayName });
    });
  }

  protected async deleteTeam(team: TeamDetail): Promise<void> {
    const confirmed = await this.confirmService.confirm({
      title: this.transloco.translate('teams.team.deleteTitle'),
      message: this.transloco.translate('teams.team.deleteConfirm', { name: team.name }),
      confirmLabel: this.transloco.translate('teams.team.delete'),
      cancelLabel: this.transloco.translate('common.cancel'),
    });
    if (!confirmed) {
      return;
    }
    await this.run(async () => {
      await firstValueFrom(this.api.remove(team.id));
      await this.router.navigate(['/teams']);
      return null;
    });
  }

  private async run(work: () => Promise<string | null>): Promise<void> {
    this.feedback.set(null);
    try {
      const text = await work();
      if (text) {
        this.feedback.set({ kind: 'success', text });
      }
    } catch (error) {
      this.feedback.set({ kind: 'error', text: this.message(error) });
      // A refused change (a select moved) shows the team as it is.
      this.team.reload();
    }
  }

  private message(error: unknown): string {
    return toUserMessage(error, (key) => this.transloco.translate(key));
  }
}
