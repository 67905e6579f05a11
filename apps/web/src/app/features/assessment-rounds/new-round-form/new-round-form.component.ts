import {
  AssessmentRoundDetail,
  defaultSelfEvaluationDeadline,
  isoDayIn,
  isTargetDateInPast,
  ROUND_ROUTES,
  ROUND_TITLE_MAX_LENGTH,
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
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, from, Observable, of, switchMap, throwError } from 'rxjs';

import { ApiError } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { notInPast } from '../../../shared/forms/date-validators';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { ConfirmService } from '../../../shared/ui/confirm-dialog/confirm.service';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { TextLimitComponent } from '../../../shared/ui/text-limit/text-limit.component';
import { TextLimitDirective } from '../../../shared/ui/text-limit/text-limit.directive';
import { RubricsApiService } from '../../rubrics/data-access/rubrics-api.service';
import { AssessmentRoundsApiService, NewRound } from '../data-access/assessment-rounds-api.service';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A quality officer starts a round on a published rubric version. */
@Component({
  selector: 'lk-new-round-form',
  imports: [
    TextLimitComponent,
    TextLimitDirective,
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
  private readonly confirmService = inject(ConfirmService);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  readonly created = output<AssessmentRoundDetail>();
  readonly cancelled = output<void>();

  protected readonly routes = ROUND_ROUTES;
  protected readonly titleMax = ROUND_TITLE_MAX_LENGTH;
  /** The browser's date picker offers no day before today; the API refuses one as well. */
  protected readonly today = isoDayIn(new Date());
  protected readonly rubrics = rxResource({ stream: () => this.rubricsApi.list() });
  protected readonly published = computed(() =>
    this.rubrics.hasValue() ? this.rubrics.value().filter((r) => r.status === 'published') : [],
  );

  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(ROUND_TITLE_MAX_LENGTH)],
    }),
    rubric: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    targetDate: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(ISO_DAY), notInPast(isTargetDateInPast)],
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
      this.createConfirmed({
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

  /** A second open round on the rubric starts only after the quality officer confirms it. */
  private createConfirmed(round: NewRound): Observable<AssessmentRoundDetail | null> {
    return this.roundsApi.create(round).pipe(
      catchError((error: unknown) => {
        const problem = error instanceof ApiError ? error.problem : null;
        if (error instanceof ApiError && problem?.['type'] === '/problems/second-open-round') {
          return from(this.askSecondRound(error.message)).pipe(
            switchMap((confirmed) =>
              confirmed
                ? this.roundsApi.create({ ...round, confirmSecondOpenRound: true })
                : of(null),
            ),
          );
        }
        return throwError(() => error);
      }),
    );
  }

  private askSecondRound(message: string): Promise<boolean> {
    return this.confirmService.confirm({
      title: this.transloco.translate('rounds.new.secondRoundTitle'),
      message,
      confirmLabel: this.transloco.translate('rounds.new.secondRoundConfirm'),
      cancelLabel: this.transloco.translate('common.cancel'),
    });
  }
}
