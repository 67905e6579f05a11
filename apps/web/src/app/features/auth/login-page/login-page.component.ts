import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';
import { safeReturnUrl } from '../../../core/session/return-url';
import { SessionStore } from '../../../core/session/session.store';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { AuthApiService } from '../data-access/auth-api.service';

@Component({
  selector: 'lk-login-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
  ],
  templateUrl: './login-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPageComponent {
  private readonly authApi = inject(AuthApiService);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  /** Where to go after logging in; set by the auth guard as `?returnUrl=`. */
  readonly returnUrl = input<string>();
  /** `done` after a new password was set with the mailed link. */
  readonly passwordReset = input<string>();

  protected readonly notice = computed(() =>
    this.passwordReset() === 'done' ? this.transloco.translate('passwordRecovery.resetDone') : null,
  );

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly submission = injectFormSubmission(this.form);

  protected async submit(): Promise<void> {
    const me = await this.submission.submit(() => this.authApi.login(this.form.getRawValue()));
    if (me) {
      this.session.signedIn(me);
      this.language.adopt(me.user.language);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    }
  }
}
