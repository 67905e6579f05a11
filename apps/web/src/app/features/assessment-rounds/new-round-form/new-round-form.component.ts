import {
  AssessmentRoundDetail,
  defaultSelfEvaluationDeadline,
  ROUND_ROUTES,
  RoundRoute,
} from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  output,
  untracked,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { RubricsApiService } from '../../rubrics/data-access/rubrics-api.service';
import { AssessmentRoundsApiService } from '../data-access/assessment-rounds-api.service';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A quality officer starts a round on a published rubric version. */
@Component({
  selector: 'lk-new-round-form',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
    LocalDatePipe,
  ],
  templateUrl: './new-round-form.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewRoundFormComponent {
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  private readonly rubricsApi = inject(RubricsApiService);
  protected readonly language = inject(LanguageService);

  readonly created = output<AssessmentRoundDetail>();
  readonly cancelled = output<void>();

  protected readonly routes = ROUND_ROUTES;
  protected readonly rubrics = rxResource({ stream: () => this.rubricsApi.list() });
  protected readonly published = computed(() =>
    this.rubrics.hasValue() ? this.rubrics.value().filter((r) => r.status === 'published') : [],
  );

  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    rubric: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    targetDate: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(ISO_DAY)],
    }),
    route: new FormControl<RoundRoute>('external-audit', { nonNullable: true }),
    carryOver: new FormControl(false, { nonNullable: true }),
  });
  protected readonly submission = injectFormSubmission(this.form);

  private readonly targetDate = toSignal(this.form.controls.targetDate.valueChanges, {
    initialValue: '',
  });
  /** Certifying bodies ask for the self-evaluation six weeks before the target date. */
  protected readonly defaultDeadline = computed(() => {
    const date = this.targetDate();
    return ISO_DAY.test(date) ? defaultSelfEvaluationDeadline(date) : null;
  });

  constructor() {
    // Preselect the newest published version once the list is there.
    effect(() => {
      const newest = this.published().at(-1);
      const control = this.form.controls.rubric;
      if (newest && untracked(() => control.value) === '') {
        control.setValue(`${newest.id}@${newest.version}`);
      }
    });
  }

  protected async start(): Promise<void> {
    const value = this.form.getRawValue();
    const [rubricId, rubricVersion] = value.rubric.split('@');
    const round = await this.submission.submit(() =>
      this.roundsApi.create({
        title: value.title.trim(),
        rubricId,
        rubricVersion,
        targetDate: value.targetDate,
        route: value.route,
        carryOver: value.carryOver,
      }),
    );
    if (round) {
      this.created.emit(round);
    }
  }
}
