import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';

import { injectFormSubmission } from '../../../shared/forms/form-submission';
import {
  PASSWORD_MIN_LENGTH,
  passwordRepeat,
  passwordValidators,
} from '../../../shared/forms/password';
import { injectPasswordStrength } from '../../../shared/forms/password-strength';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { PasswordStrengthComponent } from '../../../shared/ui/password-strength/password-strength.component';
import { AuthApiService } from '../data-access/auth-api.service';

/** The page the mailed link opens: a new password, judged while typing, then to the login page. */
@Component({
  selector: 'lk-reset-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
    PasswordStrengthComponent,
  ],
  templateUrl: './reset-password-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPageComponent {
  private readonly authApi = inject(AuthApiService);
  private readonly router = inject(Router);

  /** From the mailed link's `?token=`. */
  readonly token = input<string>();

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  private readonly password = new FormControl('', {
    nonNullable: true,
    validators: passwordValidators(),
  });
  protected readonly form = new FormGroup({
    password: this.password,
    repeatPassword: passwordRepeat(this.password),
  });
  protected readonly submission = injectFormSubmission(this.form);
  protected readonly passwordStrength = injectPasswordStrength(
    this.form.controls.password,
    () => ({}),
  );
  /** No token, or the API says it expired or was used: only asking again helps. */
  protected readonly linkInvalid = computed(
    () => !this.token() || 'token' in this.submission.fieldErrors(),
  );

  constructor() {
    this.password.addValidators(this.passwordStrength.validator);
  }

  protected async submit(): Promise<void> {
    const token = this.token() ?? '';
    const { password } = this.form.getRawValue();
    const done = await this.submission.submit(() =>
      this.authApi.confirmPasswordReset(token, password).pipe(map(() => true)),
    );
    if (done) {
      await this.router.navigate(['/login'], { queryParams: { passwordReset: 'done' } });
    }
  }
}
