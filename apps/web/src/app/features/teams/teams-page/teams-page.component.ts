import { TEAM_DESCRIPTION_MAX_LENGTH, TEAM_NAME_MAX_LENGTH, TeamSummary } from '@labelklaar/domain';

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
import { TeamsApiService } from '../data-access/teams-api.service';

/** The organisation's teams (a professional: their own); the quality officer adds teams here. */
@Component({
  selector: 'lk-teams-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
    TextLimitComponent,
    TextLimitDirective,
  ],
  templateUrl: './teams-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamsPageComponent {
  private readonly api = inject(TeamsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  private readonly permissions = inject(PermissionsStore);

  protected readonly teams = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.api.list(),
  });
  protected readonly loadError = computed(() => {
    const error = this.teams.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
  protected readonly canCreate = computed(() => this.permissions.can('teams.manage'));
  /** A professional sees only the teams they are in. */
  protected readonly onlyMine = computed(() => this.session.role() === 'professional');

  protected readonly nameMaxLength = TEAM_NAME_MAX_LENGTH;
  protected readonly descriptionMaxLength = TEAM_DESCRIPTION_MAX_LENGTH;
  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(TEAM_NAME_MAX_LENGTH)],
    }),
    description: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(TEAM_DESCRIPTION_MAX_LENGTH)],
    }),
  });
  protected readonly submission = injectFormSubmission(this.form);

  protected leadNames(team: TeamSummary): string {
    return team.leads.map((lead) => lead.displayName).join(', ');
  }

  protected async create(): Promise<void> {
    const team = await this.submission.submit(() => this.api.create(this.form.getRawValue()));
    if (team) {
      await this.router.navigate(['/teams', team.id]);
    }
  }
}
