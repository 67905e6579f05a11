import {
  isoDayIn,
  TEAM_LEARNING_LIMITS,
  TEAM_SESSION_TYPES,
  TeamSessionInput,
  TeamSessionType,
} from '@labelklaar/domain';

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
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { of } from 'rxjs';

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

const TEXT_FIELDS = [
  'stoodOut',
  'similaritiesAndDifferences',
  'insights',
  'agreementsMade',
] as const;

/** A team's sessions (casuïstiekbespreking, intervisie, …): record one, read those recorded. */
@Component({
  selector: 'lk-team-sessions-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
    LocalDatePipe,
  ],
  templateUrl: './team-sessions-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamSessionsPageComponent {
  readonly teamId = input.required<string>();

  private readonly api = inject(VakmanschapApiService);
  private readonly teamsApi = inject(TeamsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly permissions = inject(PermissionsStore);
  protected readonly language = inject(LanguageService);
  protected readonly session = inject(SessionStore);

  protected readonly types = TEAM_SESSION_TYPES;
  protected readonly textFields = TEXT_FIELDS;
  protected readonly limits = TEAM_LEARNING_LIMITS;

  protected readonly team = rxResource({
    params: () => ({ id: this.teamId(), organisation: this.session.activeOrganisationId() }),
    stream: ({ params }) => this.teamsApi.get(params.id),
  });
  protected readonly sessions = rxResource({
    params: () => ({ id: this.teamId(), organisation: this.session.activeOrganisationId() }),
    stream: ({ params }) => this.api.sessions(params.id),
  });
  protected readonly models = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.api.models(),
  });
  /** The team's shared reflections, for those who read reflections (professionals, contributors). */
  protected readonly sharedReflections = rxResource({
    params: () => (this.permissions.can('reflections.read') ? { team: this.teamId() } : undefined),
    stream: ({ params }) =>
      params ? this.api.reflections({ team: params.team, scope: 'shared' }) : of([]),
  });
  protected readonly canWrite = computed(() => this.permissions.can('team-sessions.write'));
  protected readonly loadError = computed(() => {
    const error = this.team.error() ?? this.sessions.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  protected readonly form = new FormGroup({
    sessionType: new FormControl<TeamSessionType>('casuistiekbespreking', { nonNullable: true }),
    date: new FormControl(isoDayIn(new Date()), {
      nonNullable: true,
      validators: [Validators.required],
    }),
    presentCount: new FormControl<number | null>(null, {
      validators: [
        Validators.required,
        Validators.min(1),
        Validators.max(TEAM_LEARNING_LIMITS.maxPresent),
      ],
    }),
    modelId: new FormControl('', { nonNullable: true }),
    stoodOut: new FormControl('', { nonNullable: true }),
    similaritiesAndDifferences: new FormControl('', { nonNullable: true }),
    insights: new FormControl('', { nonNullable: true }),
    agreementsMade: new FormControl('', { nonNullable: true }),
  });
  protected readonly chosenReflections = signal<ReadonlySet<string>>(new Set());
  protected readonly submission = injectFormSubmission(this.form);
  protected readonly saved = signal<string | null>(null);
  private readonly listHeading = viewChild<ElementRef<HTMLElement>>('listHeading');

  protected modelName(id: string | null): string {
    const model = (this.models.value() ?? []).find((candidate) => candidate.id === id);
    if (!model) {
      return id ?? '';
    }
    return this.language.active() === 'en' && model.en ? model.en.name : model.name;
  }

  protected toggleReflection(id: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.chosenReflections.update((set) => {
      const next = new Set(set);
      if (on) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });
  }

  protected async submit(): Promise<void> {
    this.saved.set(null);
    const value = this.form.getRawValue();
    const input: TeamSessionInput = {
      teamId: this.teamId(),
      sessionType: value.sessionType,
      date: value.date,
      presentCount: Number(value.presentCount),
      reflectionIds: [...this.chosenReflections()],
      modelId: value.modelId || null,
      stoodOut: value.stoodOut,
      similaritiesAndDifferences: value.similaritiesAndDifferences,
      insights: value.insights,
      agreementsMade: value.agreementsMade,
    };
    const created = await this.submission.submit(() => this.api.createSession(input));
    if (!created) {
      return;
    }
    this.sessions.update((list) => [created, ...(list ?? [])]);
    this.form.reset({ sessionType: value.sessionType, date: isoDayIn(new Date()) });
    this.chosenReflections.set(new Set());
    this.submission.reset();
    this.saved.set(this.transloco.translate('teamWork.sessions.saved'));
    this.listHeading()?.nativeElement.focus();
  }
}
