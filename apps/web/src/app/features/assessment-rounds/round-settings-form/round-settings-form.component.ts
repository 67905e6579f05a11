import {
  AssessmentRoundDetail,
  isoDayIn,
  isTargetDateInPast,
  ROUND_ROUTES,
  ROUND_TITLE_MAX_LENGTH,
  RoundRoute,
} from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { notInPast } from '../../../shared/forms/date-validators';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { ConfirmService } from '../../../shared/ui/confirm-dialog/confirm.service';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { TextLimitComponent } from '../../../shared/ui/text-limit/text-limit.component';
import { TextLimitDirective } from '../../../shared/ui/text-limit/text-limit.directive';
import { AssessmentRoundsApiService } from '../data-access/assessment-rounds-api.service';

/**
 * The round's own data while it is open (title, target date, route, self-evaluation deadline),
 * and withdrawing it after a confirmation. Quality officers only; the page decides.
 */
@Component({
  selector: 'lk-round-settings-form',
  imports: [
    TextLimitComponent,
    TextLimitDirective,
    ReactiveFormsModule,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
  ],
  templateUrl: './round-settings-form.component.html',
  styleUrl: './round-settings-form.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundSettingsFormComponent {
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  private readonly confirmService = inject(ConfirmService);
  private readonly transloco = inject(TranslocoService);

  readonly round = input.required<AssessmentRoundDetail>();
  readonly saved = output<AssessmentRoundDetail>();
  readonly withdrawn = output<AssessmentRoundDetail>();

  protected readonly routes = ROUND_ROUTES;
  protected readonly titleMax = ROUND_TITLE_MAX_LENGTH;
  /** The browser's date picker offers no day before today; the API refuses one as well. */
  protected readonly today = isoDayIn(new Date());
  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(ROUND_TITLE_MAX_LENGTH)],
    }),
    targetDate: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, notInPast(isTargetDateInPast)],
    }),
    route: new FormControl<RoundRoute>('external-audit', { nonNullable: true }),
    selfEvaluationDeadline: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
  protected readonly submission = injectFormSubmission(this.form);
  protected readonly withdrawal = injectFormSubmission(new FormGroup({}));

  constructor() {
    effect(() => this.fill(this.round()));
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const round = await this.submission.submit(() =>
      this.roundsApi.update(this.round().id, {
        version: this.round().version,
        ...value,
        title: value.title.trim(),
      }),
    );
    if (round) {
      this.saved.emit(round);
    }
  }

  protected async withdraw(): Promise<void> {
    const confirmed = await this.confirmService.confirm({
      title: this.transloco.translate('rounds.settings.withdrawConfirmTitle', {
        title: this.round().title,
      }),
      message: this.transloco.translate('rounds.settings.withdrawConfirmMessage'),
      confirmLabel: this.transloco.translate('rounds.settings.withdrawConfirm'),
      cancelLabel: this.transloco.translate('common.cancel'),
    });
    if (!confirmed) {
      return;
    }
    const round = await this.withdrawal.submit(() =>
      this.roundsApi.withdraw(this.round().id, this.round().version),
    );
    if (round) {
      this.withdrawn.emit(round);
    }
  }

  private fill(round: AssessmentRoundDetail): void {
    this.form.setValue({
      title: round.title,
      targetDate: round.targetDate,
      route: round.route,
      selfEvaluationDeadline: round.selfEvaluationDeadline,
    });
    this.form.markAsPristine();
  }
}
