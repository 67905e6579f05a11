import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { map } from 'rxjs';

import { SessionStore } from '../../../core/session/session.store';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordValidators,
} from '../../../shared/forms/password';
import { injectPasswordStrength } from '../../../shared/forms/password-strength';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { PasswordStrengthComponent } from '../../../shared/ui/password-strength/password-strength.component';
import { AuthApiService } from '../../auth/data-access/auth-api.service';

/** The repeat must equal the new password: without a reset by mail, a typo would lock one out. */
function sameAsNewPassword(control: AbstractControl<string>): ValidationErrors | null {
  const newPassword = control.parent?.get('newPassword')?.value as string | undefined;
  return control.value && control.value !== newPassword ? { passwordMismatch: true } : null;
}

/** "Wachtwoord wijzigen": the current password, a new one judged while typing, and its repeat. */
@Component({
  selector: 'lk-change-password-page',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
    PasswordStrengthComponent,
  ],
  templateUrl: './change-password-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPageComponent {
  private readonly authApi = inject(AuthApiService);
  private readonly session = inject(SessionStore);
  private readonly transloco = inject(TranslocoService);

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(PASSWORD_MAX_LENGTH)],
    }),
    newPassword: new FormControl('', { nonNullable: true, validators: passwordValidators() }),
    repeatPassword: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, sameAsNewPassword],
    }),
  });
  protected readonly submission = injectFormSubmission(this.form);
  protected readonly passwordStrength = injectPasswordStrength(
    this.form.controls.newPassword,
    () => {
      const me = this.session.me();
      return {
        email: me?.user.email,
        displayName: me?.user.displayName,
        organisationNames: me?.memberships.map((membership) => membership.organisationName),
      };
    },
  );
  private readonly changed = signal(false);
  protected readonly success = computed(() =>
    this.changed() ? this.transloco.translate('account.password.changed') : null,
  );

  private readonly newPassword = toSignal(this.form.controls.newPassword.valueChanges, {
    initialValue: '',
  });

  constructor() {
    const { newPassword, repeatPassword } = this.form.controls;
    newPassword.addValidators(this.passwordStrength.validator);
    effect(() => {
      this.newPassword();
      untracked(() => repeatPassword.updateValueAndValidity());
    });
  }

  protected async submit(): Promise<void> {
    this.changed.set(false);
    const { currentPassword, newPassword } = this.form.getRawValue();
    const changed = await this.submission.submit(() =>
      this.authApi.changePassword({ currentPassword, newPassword }).pipe(map(() => true)),
    );
    if (changed) {
      this.form.reset();
      this.submission.reset();
      this.changed.set(true);
    }
  }
}
