import {
  isoDayIn,
  TEAM_AGREEMENT_STATUSES,
  TEAM_LEARNING_LIMITS,
  TeamAgreement,
  TeamAgreementInput,
  TeamAgreementStatus,
} from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { TeamsApiService } from '../../teams/data-access/teams-api.service';
import { VakmanschapApiService } from '../data-access/vakmanschap-api.service';

/** A team's agreements on recurring questions: one searchable page, each with its versions. */
@Component({
  selector: 'lk-team-agreements-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
    LocalDatePipe,
  ],
  templateUrl: './team-agreements-page.component.html',
  styles: `
    .agreements-search {
      margin-block-end: 1.5rem;
    }
    .item details,
    .item .form__actions {
      margin-block-start: 0.75rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamAgreementsPageComponent {
  readonly teamId = input.required<string>();

  private readonly api = inject(VakmanschapApiService);
  private readonly teamsApi = inject(TeamsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly permissions = inject(PermissionsStore);
  protected readonly language = inject(LanguageService);
  protected readonly session = inject(SessionStore);

  protected readonly statuses = TEAM_AGREEMENT_STATUSES;
  protected readonly limits = TEAM_LEARNING_LIMITS;
  protected readonly query = signal('');
  protected readonly searchField = new FormControl('', { nonNullable: true });
  protected readonly searchForm = new FormGroup({ q: this.searchField });

  protected readonly team = rxResource({
    params: () => ({ id: this.teamId(), organisation: this.session.activeOrganisationId() }),
    stream: ({ params }) => this.teamsApi.get(params.id),
  });
  protected readonly agreements = rxResource({
    params: () => ({
      id: this.teamId(),
      q: this.query(),
      organisation: this.session.activeOrganisationId(),
    }),
    stream: ({ params }) => this.api.agreements(params.id, params.q),
  });
  protected readonly canWrite = computed(() => this.permissions.can('team-agreements.write'));
  protected readonly loadError = computed(() => {
    const error = this.team.error() ?? this.agreements.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  /** The agreement being changed (a new version), or null for a new agreement. */
  protected readonly editing = signal<TeamAgreement | null>(null);
  protected readonly form = new FormGroup({
    question: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(TEAM_LEARNING_LIMITS.short)],
    }),
    agreement: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(TEAM_LEARNING_LIMITS.text)],
    }),
    rationale: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(TEAM_LEARNING_LIMITS.text)],
    }),
    agreedOn: new FormControl(isoDayIn(new Date()), {
      nonNullable: true,
      validators: [Validators.required],
    }),
    reviewOn: new FormControl('', { nonNullable: true }),
    status: new FormControl<TeamAgreementStatus>('active', { nonNullable: true }),
  });
  protected readonly submission = injectFormSubmission(this.form);
  protected readonly saved = signal<string | null>(null);

  protected search(): void {
    this.query.set(this.searchField.value.trim());
  }

  protected edit(agreement: TeamAgreement): void {
    this.editing.set(agreement);
    this.submission.reset();
    this.form.setValue({
      question: agreement.question,
      agreement: agreement.agreement,
      rationale: agreement.rationale,
      agreedOn: agreement.agreedOn,
      reviewOn: agreement.reviewOn ?? '',
      status: agreement.status,
    });
    document.getElementById('agreement-form-title')?.focus();
  }

  protected cancelEdit(): void {
    this.editing.set(null);
    this.resetForm();
  }

  protected async submit(): Promise<void> {
    this.saved.set(null);
    const value = this.form.getRawValue();
    const input: TeamAgreementInput = {
      teamId: this.teamId(),
      question: value.question,
      agreement: value.agreement,
      rationale: value.rationale,
      agreedOn: value.agreedOn,
      reviewOn: value.reviewOn || null,
      status: value.status,
    };
    const current = this.editing();
    const result = await this.submission.submit(() =>
      current
        ? this.api.updateAgreement(current.id, { ...input, version: current.version })
        : this.api.createAgreement(input),
    );
    if (!result) {
      return;
    }
    this.editing.set(null);
    this.resetForm();
    this.agreements.reload();
    this.saved.set(this.transloco.translate('teamWork.agreements.saved'));
  }

  private resetForm(): void {
    this.form.reset({ agreedOn: isoDayIn(new Date()), status: 'active' });
    this.submission.reset();
  }
}
