import { ACCOUNT_LANGUAGES, AccountProfile, DISPLAY_NAME_MAX_LENGTH } from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';
import { SessionStore } from '../../../core/session/session.store';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { AccountApiService } from '../data-access/account-api.service';

/** Name and language; the language switches the interface at once and sets the mail's language. */
@Component({
  selector: 'lk-account-profile-section',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent, LiveMessageComponent],
  templateUrl: './profile-section.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfileSectionComponent {
  private readonly api = inject(AccountApiService);
  private readonly language = inject(LanguageService);
  private readonly session = inject(SessionStore);

  readonly profile = input.required<AccountProfile>();
  readonly updated = output<AccountProfile>();

  protected readonly languages = ACCOUNT_LANGUAGES;
  protected readonly form = new FormGroup({
    displayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX_LENGTH)],
    }),
    language: new FormControl<'nl' | 'en'>('nl', { nonNullable: true }),
  });
  protected readonly submission = injectFormSubmission(this.form);
  /** Shown through the transloco pipe, so it reads in the language just chosen once that has loaded. */
  protected readonly saved = signal(false);

  constructor() {
    effect(() => {
      const { displayName, language } = this.profile();
      this.form.reset({ displayName, language });
    });
  }

  protected async submit(): Promise<void> {
    this.saved.set(false);
    const { displayName, language } = this.form.getRawValue();
    const profile = await this.submission.submit(() =>
      this.api.updateProfile({ displayName: displayName.trim(), language }),
    );
    if (profile) {
      this.language.use(profile.language);
      await this.session.refresh();
      this.updated.emit(profile);
      this.saved.set(true);
    }
  }
}
