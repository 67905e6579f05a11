import {
  AssessmentRoundDetail,
  isoDayIn,
  SIGN_OFF_FUNCTION_MAX_LENGTH,
  SIGN_OFF_NAME_MAX_LENGTH,
} from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
} from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';
import { SessionStore } from '../../../core/session/session.store';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { ConfirmService } from '../../../shared/ui/confirm-dialog/confirm.service';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { AssessmentRoundsApiService } from '../data-access/assessment-rounds-api.service';

/** The browser's date picker offers no day after today; the API refuses one as well. */
function notInFuture(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value;
  return value && value > isoDayIn(new Date()) ? { notInFuture: true } : null;
}

/**
 * Vaststelling: who established the round, for everyone; for a manager while the round is open,
 * the form to establish it (name, function, day), to do it again, or to take it back.
 */
@Component({
  selector: 'lk-round-sign-off',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
    LocalDatePipe,
  ],
  templateUrl: './round-sign-off.component.html',
  styleUrl: './round-sign-off.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundSignOffComponent {
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  private readonly confirmService = inject(ConfirmService);
  private readonly transloco = inject(TranslocoService);
  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  readonly round = input.required<AssessmentRoundDetail>();
  /** A manager and the round open: the form is shown. */
  readonly canSignOff = input(false);
  /** The organisation asks for the vaststelling before submission. */
  readonly required = input(false);
  readonly changed = output<AssessmentRoundDetail>();

  protected readonly today = isoDayIn(new Date());
  protected readonly nameMax = SIGN_OFF_NAME_MAX_LENGTH;
  protected readonly functionMax = SIGN_OFF_FUNCTION_MAX_LENGTH;
  protected readonly signOff = computed(() => this.round().signOff);
  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(SIGN_OFF_NAME_MAX_LENGTH)],
    }),
    function: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(SIGN_OFF_FUNCTION_MAX_LENGTH)],
    }),
    date: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, notInFuture],
    }),
  });
  protected readonly submission = injectFormSubmission(this.form);
  protected readonly withdrawal = injectFormSubmission(new FormGroup({}));

  constructor() {
    effect(() => {
      const signOff = this.signOff();
      this.form.setValue({
        name: signOff?.name ?? this.session.me()?.user.displayName ?? '',
        function: signOff?.function ?? '',
        date: signOff?.date ?? this.today,
      });
      this.form.markAsPristine();
    });
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const round = await this.submission.submit(() =>
      this.roundsApi.signOff(this.round().id, { version: this.round().version, ...value }),
    );
    if (round) {
      this.submission.reset();
      this.changed.emit(round);
    }
  }

  protected async withdraw(): Promise<void> {
    const confirmed = await this.confirmService.confirm({
      title: this.transloco.translate('signOff.withdrawConfirmTitle'),
      message: this.transloco.translate('signOff.withdrawConfirmMessage'),
      confirmLabel: this.transloco.translate('signOff.withdraw'),
      cancelLabel: this.transloco.translate('common.cancel'),
    });
    if (!confirmed) {
      return;
    }
    const round = await this.withdrawal.submit(() =>
      this.roundsApi.withdrawSignOff(this.round().id, this.round().version),
    );
    if (round) {
      this.changed.emit(round);
    }
  }
}
