import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';

import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { AuthApiService } from '../data-access/auth-api.service';

/** "Wachtwoord vergeten": asks for the address; the answer never tells whether it has an account. */
@Component({
  selector: 'lk-forgot-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
  ],
  templateUrl: './forgot-password-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPageComponent {
  private readonly authApi = inject(AuthApiService);

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(254)],
    }),
  });
  protected readonly submission = injectFormSubmission(this.form);
  protected readonly sentTo = signal<string | null>(null);

  protected async submit(): Promise<void> {
    const { email } = this.form.getRawValue();
    const sent = await this.submission.submit(() =>
      this.authApi.requestPasswordReset(email.trim()).pipe(map(() => true)),
    );
    if (sent) {
      this.sentTo.set(email.trim());
    }
  }
}
