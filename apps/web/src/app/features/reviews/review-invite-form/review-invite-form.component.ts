import {
  addDays,
  REVIEW_INVITATION_DEFAULT_DAYS,
  REVIEW_INVITATION_MAX_DAYS,
  REVIEW_INVITATION_MESSAGE_MAX_LENGTH,
  REVIEWER_ORGANISATION_NAME_MAX_LENGTH,
  ReviewInvitation,
} from '@labelklaar/domain';

import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { InvitationLinkComponent } from '../../../shared/ui/invitation-panel/invitation-link.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { TextLimitComponent } from '../../../shared/ui/text-limit/text-limit.component';
import { TextLimitDirective } from '../../../shared/ui/text-limit/text-limit.directive';
import { ReviewInvitationsApiService } from '../data-access/review-invitations-api.service';

/** Today as an ISO day in the browser's time zone (the organisation's, in practice). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Invites a peer reviewer for a submitted round. There is no mail server: the link is shown
 * once, to copy and send by hand.
 */
@Component({
  selector: 'lk-review-invite-form',
  imports: [
    TextLimitComponent,
    TextLimitDirective,
    ReactiveFormsModule,
    TranslocoPipe,
    FieldErrorComponent,
    InvitationLinkComponent,
    LiveMessageComponent,
  ],
  templateUrl: './review-invite-form.component.html',
  styleUrl: './review-invite-form.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewInviteFormComponent {
  private readonly invitationsApi = inject(ReviewInvitationsApiService);
  private readonly document = inject(DOCUMENT);

  readonly roundId = input.required<string>();
  /** The round's first invitation is the lead reviewer's by default. */
  readonly isFirst = input(true);
  readonly invited = output<ReviewInvitation>();

  protected readonly today = localToday();
  protected readonly latest = addDays(this.today, REVIEW_INVITATION_MAX_DAYS);
  protected readonly maxDays = REVIEW_INVITATION_MAX_DAYS;
  protected readonly messageMax = REVIEW_INVITATION_MESSAGE_MAX_LENGTH;
  protected readonly organisationMax = REVIEWER_ORGANISATION_NAME_MAX_LENGTH;
  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(254)],
    }),
    reviewerOrganisationName: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.maxLength(REVIEWER_ORGANISATION_NAME_MAX_LENGTH),
      ],
    }),
    expiresOn: new FormControl(addDays(this.today, REVIEW_INVITATION_DEFAULT_DAYS), {
      nonNullable: true,
      validators: [Validators.required],
    }),
    message: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(REVIEW_INVITATION_MESSAGE_MAX_LENGTH)],
    }),
    lead: new FormControl(true, { nonNullable: true }),
  });
  protected readonly submission = injectFormSubmission(this.form);
  protected readonly created = signal<{ email: string; link: string } | null>(null);

  constructor() {
    effect(() => {
      const isFirst = this.isFirst();
      untracked(() => this.form.controls.lead.setValue(isFirst));
    });
  }

  protected async invite(): Promise<void> {
    const { message, ...value } = this.form.getRawValue();
    const result = await this.submission.submit(() =>
      this.invitationsApi.create(this.roundId(), {
        ...value,
        email: value.email.trim(),
        reviewerOrganisationName: value.reviewerOrganisationName.trim(),
        ...(message.trim() ? { message: message.trim() } : {}),
      }),
    );
    if (!result) {
      return;
    }
    const { acceptUrl, ...invitation } = result;
    const link = new URL(acceptUrl, this.document.location.origin).toString();
    this.created.set({ email: invitation.email, link });
    this.invited.emit(invitation);
    this.form.reset({ lead: false });
    this.submission.reset();
  }
}
