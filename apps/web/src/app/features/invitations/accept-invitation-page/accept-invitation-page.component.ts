import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { SessionStore } from '../../../core/session/session.store';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { PASSWORD_MIN_LENGTH, passwordValidators } from '../../../shared/forms/password';
import { injectPasswordStrength } from '../../../shared/forms/password-strength';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { PasswordStrengthComponent } from '../../../shared/ui/password-strength/password-strength.component';
import { InvitationsApiService } from '../data-access/invitations-api.service';

@Component({
  selector: 'lk-accept-invitation-page',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
    LocalDatePipe,
    PasswordStrengthComponent,
  ],
  templateUrl: './accept-invitation-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptInvitationPageComponent {
  private readonly invitationsApi = inject(InvitationsApiService);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  /** The secret from the invitation link (`?token=`). */
  readonly token = input<string>();

  protected readonly preview = rxResource({
    params: () => this.token() || undefined,
    stream: ({ params: token }) => this.invitationsApi.preview(token),
  });
  protected readonly previewError = computed(() => {
    const error = this.preview.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
  protected readonly needsAccount = computed(
    () => this.preview.hasValue() && !this.preview.value().hasAccount,
  );

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly form = new FormGroup({
    displayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(120)],
    }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly submission = injectFormSubmission(this.form);
  private readonly displayName = toSignal(this.form.controls.displayName.valueChanges, {
    initialValue: '',
  });
  protected readonly passwordStrength = injectPasswordStrength(
    this.form.controls.password,
    () => {
      const invitation = this.preview.hasValue() ? this.preview.value() : null;
      return {
        email: invitation?.email,
        displayName: this.displayName(),
        organisationNames: [invitation?.organisationName ?? ''],
      };
    },
    () => this.needsAccount(),
  );

  constructor() {
    // A new account needs a name and a password that follows the rule; an existing one only logs in.
    effect(() => {
      const { displayName, password } = this.form.controls;
      if (this.needsAccount()) {
        displayName.enable();
        password.setValidators([...passwordValidators(), this.passwordStrength.validator]);
      } else {
        displayName.disable();
        password.setValidators(Validators.required);
      }
      password.updateValueAndValidity();
    });
  }

  protected async accept(): Promise<void> {
    const token = this.token();
    if (!token) {
      return;
    }
    const { displayName, password } = this.form.getRawValue();
    const me = await this.submission.submit(() =>
      this.invitationsApi.accept({
        token,
        password,
        ...(this.needsAccount() ? { displayName } : {}),
      }),
    );
    if (me) {
      this.session.signedIn(me);
      await this.router.navigateByUrl('/');
    }
  }
}
