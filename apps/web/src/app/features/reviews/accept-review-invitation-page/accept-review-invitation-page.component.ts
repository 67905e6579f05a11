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
import { ReviewInvitationsApiService } from '../data-access/review-invitations-api.service';
import { ReviewerNavStore } from '../data-access/reviewer-nav.store';
import { LastDayPipe } from '../last-day.pipe';

/** How the invited reviewer accepts: as who they are logged in as, with their password, or a new account. */
type AcceptMode = 'signed-in' | 'wrong-account' | 'existing-account' | 'new-account';

/** The link of a review invitation: what it is for, then accept it and open the review. */
@Component({
  selector: 'lk-accept-review-invitation-page',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
    LocalDatePipe,
    LastDayPipe,
    PasswordStrengthComponent,
  ],
  templateUrl: './accept-review-invitation-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptReviewInvitationPageComponent {
  private readonly invitationsApi = inject(ReviewInvitationsApiService);
  private readonly reviewerNav = inject(ReviewerNavStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
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
  protected readonly mode = computed<AcceptMode | null>(() => {
    if (!this.preview.hasValue()) {
      return null;
    }
    const invitation = this.preview.value();
    const me = this.session.me();
    if (me) {
      return me.user.email.toLowerCase() === invitation.email.toLowerCase()
        ? 'signed-in'
        : 'wrong-account';
    }
    return invitation.hasAccount ? 'existing-account' : 'new-account';
  });

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
        organisationNames: [
          invitation?.reviewerOrganisationName ?? '',
          invitation?.organisationName ?? '',
        ],
      };
    },
    () => this.mode() === 'new-account',
  );

  constructor() {
    // Only the fields the chosen way of accepting needs take part in validation.
    effect(() => {
      const mode = this.mode();
      const { displayName, password } = this.form.controls;
      if (mode === 'new-account') {
        displayName.enable();
      } else {
        displayName.disable();
      }
      if (mode === 'new-account' || mode === 'existing-account') {
        password.enable();
        password.setValidators(
          mode === 'new-account'
            ? [...passwordValidators(), this.passwordStrength.validator]
            : Validators.required,
        );
      } else {
        password.disable();
      }
      password.updateValueAndValidity();
    });
  }

  protected async accept(): Promise<void> {
    const token = this.token();
    const mode = this.mode();
    if (!token || !mode || mode === 'wrong-account') {
      return;
    }
    const { displayName, password } = this.form.getRawValue();
    const accepted = await this.submission.submit(() =>
      this.invitationsApi.accept({
        token,
        ...(mode === 'signed-in' ? {} : { password }),
        ...(mode === 'new-account' ? { displayName } : {}),
      }),
    );
    if (!accepted) {
      return;
    }
    this.session.signedIn(accepted.me);
    this.reviewerNav.refresh();
    await this.router.navigate(accepted.reviewId ? ['/reviews', accepted.reviewId] : ['/reviews']);
  }

  protected async logout(): Promise<void> {
    await this.session.logout();
    this.submission.reset();
  }
}
