import { AccountProfile, EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { map } from 'rxjs';

import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { AccountApiService } from '../data-access/account-api.service';

/** A new address: the link goes there, and the account changes only once it is confirmed. */
@Component({
  selector: 'lk-account-email-section',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent, LiveMessageComponent],
  templateUrl: './email-section.component.html',
  styleUrl: './email-section.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmailSectionComponent {
  private readonly api = inject(AccountApiService);
  private readonly transloco = inject(TranslocoService);

  readonly profile = input.required<AccountProfile>();
  readonly requested = output<void>();

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)],
    }),
    currentPassword: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(PASSWORD_MAX_LENGTH)],
    }),
  });
  protected readonly submission = injectFormSubmission(this.form);
  private readonly sentTo = signal<string | null>(null);
  protected readonly success = computed(() => {
    const email = this.sentTo();
    return email ? this.transloco.translate('accountPage.email.sent', { email }) : null;
  });

  protected async submit(): Promise<void> {
    this.sentTo.set(null);
    const { email, currentPassword } = this.form.getRawValue();
    const sent = await this.submission.submit(() =>
      this.api.changeEmail({ email: email.trim(), currentPassword }).pipe(map(() => true)),
    );
    if (sent) {
      this.form.reset();
      this.submission.reset();
      this.sentTo.set(email.trim());
      this.requested.emit();
    }
  }
}
