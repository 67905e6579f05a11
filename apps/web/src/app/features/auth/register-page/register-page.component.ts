import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { SessionStore } from '../../../core/session/session.store';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { PASSWORD_MIN_LENGTH, passwordValidators } from '../../../shared/forms/password';
import { injectPasswordStrength } from '../../../shared/forms/password-strength';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { PasswordStrengthComponent } from '../../../shared/ui/password-strength/password-strength.component';
import { AuthApiService } from '../data-access/auth-api.service';

const text = (max: number) => [Validators.required, Validators.maxLength(max)];

@Component({
  selector: 'lk-register-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
    PasswordStrengthComponent,
  ],
  templateUrl: './register-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterPageComponent {
  private readonly authApi = inject(AuthApiService);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly form = new FormGroup({
    organisationName: new FormControl('', { nonNullable: true, validators: text(200) }),
    displayName: new FormControl('', { nonNullable: true, validators: text(120) }),
    email: new FormControl('', {
      nonNullable: true,
      validators: [...text(254), Validators.email],
    }),
    password: new FormControl('', { nonNullable: true, validators: passwordValidators() }),
  });
  protected readonly submission = injectFormSubmission(this.form);
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.value });
  protected readonly passwordStrength = injectPasswordStrength(this.form.controls.password, () => {
    const { email, displayName, organisationName } = this.values();
    return { email, displayName, organisationNames: [organisationName ?? ''] };
  });

  constructor() {
    this.form.controls.password.addValidators(this.passwordStrength.validator);
  }

  protected async submit(): Promise<void> {
    const me = await this.submission.submit(() => this.authApi.register(this.form.getRawValue()));
    if (me) {
      this.session.signedIn(me);
      await this.router.navigateByUrl('/');
    }
  }
}
