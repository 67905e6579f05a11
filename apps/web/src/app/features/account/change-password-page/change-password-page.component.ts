import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { map } from 'rxjs';

import { SessionStore } from '../../../core/session/session.store';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordRepeat,
  passwordValidators,
} from '../../../shared/forms/password';
import { injectPasswordStrength } from '../../../shared/forms/password-strength';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { PasswordStrengthComponent } from '../../../shared/ui/password-strength/password-strength.component';
import { AuthApiService } from '../../auth/data-access/auth-api.service';

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
  private readonly newPassword = new FormControl('', {
    nonNullable: true,
    validators: passwordValidators(),
  });
  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(PASSWORD_MAX_LENGTH)],
    }),
    newPassword: this.newPassword,
    repeatPassword: passwordRepeat(this.newPassword),
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

  constructor() {
    this.newPassword.addValidators(this.passwordStrength.validator);
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
