import {
  chooserComplete,
  Consideration,
  CONSIDERATIONS,
  DECISION_KINDS,
  DecisionKind,
  Dilemma,
  DILEMMAS,
  isoDayIn,
  MODEL_CHOOSER_QUESTIONS,
  ModelChooserAnswers,
  NO_CHOOSER_ANSWERS,
  Reflection,
  REFLECTION_LIMITS,
  ReflectionInput,
  suggestModels,
} from '@labelklaar/domain';

import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, of } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { SessionStore } from '../../../core/session/session.store';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { TeamsApiService } from '../../teams/data-access/teams-api.service';
import { VakmanschapApiService } from '../data-access/vakmanschap-api.service';
import { modelTexts } from '../model-texts';

type Flags<K extends string> = FormGroup<Record<K, FormControl<boolean>>>;

function flags<K extends string>(keys: readonly K[]): Flags<K> {
  return new FormGroup(
    Object.fromEntries(
      keys.map((key) => [key, new FormControl(false, { nonNullable: true })]),
    ) as Record<K, FormControl<boolean>>,
  );
}

function checked<K extends string>(group: Flags<K>, keys: readonly K[]): K[] {
  const value = group.getRawValue() as Record<K, boolean>;
  return keys.filter((key) => value[key]);
}

/**
 * "Mijn reflecties": a professional's own decision reflections, those their teams shared, and the
 * form to write one, with the model chooser and the chosen model's step prompts.
 */
@Component({
  selector: 'lk-reflections-page',
  imports: [
    ReactiveFormsModule,
    NgTemplateOutlet,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
    LocalDatePipe,
  ],
  templateUrl: './reflections-page.component.html',
  styles: `
    .reflection-chooser-toggle,
    .reflection-chooser {
      margin-block-end: 1.5rem;
    }
    .reflection-chooser fieldset {
      margin-block-end: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReflectionsPageComponent {
  private readonly api = inject(VakmanschapApiService);
  private readonly teamsApi = inject(TeamsApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);
  protected readonly session = inject(SessionStore);

  protected readonly dilemmas = DILEMMAS;
  protected readonly considerations = CONSIDERATIONS;
  protected readonly decisionKinds = DECISION_KINDS;
  protected readonly chooserQuestions = MODEL_CHOOSER_QUESTIONS;
  protected readonly limits = REFLECTION_LIMITS;

  protected readonly teams = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.teamsApi.list(),
  });
  protected readonly myTeams = computed(() =>
    (this.teams.value() ?? []).filter((team) => team.myRole !== null),
  );
  protected readonly models = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.api.models(),
  });
  protected readonly mine = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.api.reflections({ scope: 'mine' }),
  });
  protected readonly shared = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.api.reflections({ scope: 'shared' }),
  });
  /** Shared reflections of colleagues: my own shared ones are in "Mijn reflecties" already. */
  protected readonly sharedByOthers = computed(() =>
    (this.shared.value() ?? []).filter((reflection) => !reflection.isOwn),
  );
  protected readonly loadError = computed(() => {
    const error = this.mine.error() ?? this.shared.error() ?? this.teams.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  protected readonly form = new FormGroup({
    date: new FormControl(isoDayIn(new Date()), {
      nonNullable: true,
      validators: [Validators.required],
    }),
    teamId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    decisionKind: new FormControl<DecisionKind | ''>('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    dilemmas: flags<Dilemma>(DILEMMAS),
    modelId: new FormControl('', { nonNullable: true }),
    promptAnswers: new FormArray<FormControl<string>>([]),
    considerations: flags<Consideration>(CONSIDERATIONS),
    steps: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(REFLECTION_LIMITS.text)],
    }),
    decision: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(REFLECTION_LIMITS.text)],
    }),
    insight: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(REFLECTION_LIMITS.text)],
    }),
    isShared: new FormControl(false, { nonNullable: true }),
  });
  protected readonly submission = injectFormSubmission(this.form);
  protected readonly saved = signal<string | null>(null);
  private readonly mineHeading = viewChild<ElementRef<HTMLElement>>('mineHeading');

  private readonly modelId = toSignal(this.form.controls.modelId.valueChanges, {
    initialValue: '',
  });
  /** The chosen model with its steps; the prompts to answer follow its steps. */
  protected readonly model = rxResource({
    params: () => this.modelId() || undefined,
    stream: ({ params }) => (params ? this.api.model(params) : of(null)),
  });
  protected readonly modelView = computed(() => {
    const model = this.model.value();
    return model && model.id === this.modelId() ? modelTexts(model, this.language.active()) : null;
  });

  // "Welk model past?"
  protected readonly chooserOpen = signal(false);
  protected readonly answers = signal<ModelChooserAnswers>(NO_CHOOSER_ANSWERS);
  protected readonly chooserDone = computed(() => chooserComplete(this.answers()));
  protected readonly suggestions = computed(() =>
    suggestModels(this.answers(), this.models.value() ?? []),
  );

  constructor() {
    this.form.controls.modelId.valueChanges.subscribe(() =>
      this.form.controls.promptAnswers.clear(),
    );
  }

  protected modelName(id: string | null): string {
    if (!id) {
      return '';
    }
    const model = (this.models.value() ?? []).find((candidate) => candidate.id === id);
    if (!model) {
      return id;
    }
    return this.language.active() === 'en' && model.en ? model.en.name : model.name;
  }

  protected summaryName(model: { name: string; en?: { name: string } }): string {
    return this.language.active() === 'en' && model.en ? model.en.name : model.name;
  }

  /** The answer control of a model step, made when the step is first shown. */
  protected promptControl(index: number): FormControl<string> {
    const answers = this.form.controls.promptAnswers;
    while (answers.length <= index) {
      answers.push(
        new FormControl('', {
          nonNullable: true,
          validators: [Validators.maxLength(REFLECTION_LIMITS.text)],
        }),
      );
    }
    return answers.at(index);
  }

  protected setAnswer<K extends keyof ModelChooserAnswers>(
    key: K,
    value: ModelChooserAnswers[K],
  ): void {
    this.answers.update((answers) => ({ ...answers, [key]: value }));
  }

  protected chooserValue(key: keyof ModelChooserAnswers): string | boolean | null {
    return this.answers()[key];
  }

  protected useModel(modelId: string): void {
    this.form.controls.modelId.setValue(modelId);
    this.chooserOpen.set(false);
    document.getElementById('reflection-model')?.focus();
  }

  /** The API's word on a field, also for list fields (`steps[2]`, `promptAnswers[0].answer`). */
  protected serverError(field: string): string | null {
    const errors = this.submission.fieldErrors();
    if (errors[field]) {
      return errors[field];
    }
    const key = Object.keys(errors).find((name) => name.startsWith(`${field}[`));
    return key ? errors[key] : null;
  }

  protected promptError(index: number): string | null {
    return this.submission.fieldErrors()[`promptAnswers[${index}].answer`] ?? null;
  }

  protected async submit(): Promise<void> {
    this.saved.set(null);
    const value = this.form.getRawValue();
    const view = this.modelView();
    const input: ReflectionInput = {
      teamId: value.teamId,
      date: value.date,
      decisionKind: value.decisionKind as DecisionKind,
      dilemmas: checked(this.form.controls.dilemmas, DILEMMAS),
      modelId: value.modelId || null,
      promptAnswers: view
        ? view.steps.map((_, index) => ({
            promptId: `step-${index + 1}`,
            answer: value.promptAnswers[index] ?? '',
          }))
        : [],
      considerations: checked(this.form.controls.considerations, CONSIDERATIONS),
      steps: value.steps
        .split('\n')
        .map((step) => step.trim())
        .filter(Boolean),
      decision: value.decision,
      insight: value.insight,
      isShared: value.isShared,
    };
    const created = await this.submission.submit(() => this.api.createReflection(input));
    if (!created) {
      return;
    }
    this.mine.update((list) => [created, ...(list ?? [])]);
    if (created.isShared) {
      this.shared.reload();
    }
    this.form.reset({ date: isoDayIn(new Date()), teamId: value.teamId });
    this.form.controls.promptAnswers.clear();
    this.submission.reset();
    this.saved.set(
      this.transloco.translate(
        created.isShared ? 'reflections.form.savedShared' : 'reflections.form.saved',
      ),
    );
    this.mineHeading()?.nativeElement.focus();
  }

  protected async toggleShare(reflection: Reflection): Promise<void> {
    this.saved.set(null);
    const { teamId, date, decisionKind, dilemmas, modelId, promptAnswers } = reflection;
    const { considerations, steps, decision, insight } = reflection;
    try {
      const updated = await firstValueFrom(
        this.api.updateReflection(reflection.id, {
          teamId,
          date,
          decisionKind,
          dilemmas,
          modelId,
          promptAnswers,
          considerations,
          steps,
          decision,
          insight,
          isShared: !reflection.isShared,
        }),
      );
      this.mine.update((list) => list?.map((r) => (r.id === updated.id ? updated : r)));
      this.shared.reload();
      this.saved.set(
        this.transloco.translate(
          updated.isShared ? 'reflections.list.nowShared' : 'reflections.list.nowPrivate',
        ),
      );
    } catch (error) {
      this.submission.error.set(toUserMessage(error, (key) => this.transloco.translate(key)));
    }
  }

  protected stepNumber(promptId: string): string {
    return promptId.replace(/^step-/, '');
  }
}
