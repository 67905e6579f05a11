import {
  AssessmentRound,
  isRoundReviewable,
  ReviewInvitation,
  ReviewStatus,
} from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { ConfirmService } from '../../../shared/ui/confirm-dialog/confirm.service';
import {
  InvitationPanelComponent,
  InvitationRevocation,
} from '../../../shared/ui/invitation-panel/invitation-panel.component';
import { ReviewInvitationsApiService } from '../data-access/review-invitations-api.service';
import { ReviewsApiService } from '../data-access/reviews-api.service';
import { ReviewInvitationTableComponent } from '../review-invitation-table/review-invitation-table.component';
import { ReviewInviteFormComponent } from '../review-invite-form/review-invite-form.component';

/**
 * The "Toetsing" part of a submitted round's page: links to the leerrapport and the self-vs-peer
 * gaps, the reviews so far, and for the quality officer the invitations of peer reviewers.
 */
@Component({
  selector: 'lk-round-review-section',
  imports: [
    RouterLink,
    TranslocoPipe,
    InvitationPanelComponent,
    ReviewInviteFormComponent,
    ReviewInvitationTableComponent,
  ],
  templateUrl: './round-review-section.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundReviewSectionComponent {
  private readonly invitationsApi = inject(ReviewInvitationsApiService);
  private readonly reviewsApi = inject(ReviewsApiService);
  private readonly confirmService = inject(ConfirmService);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  private readonly permissions = inject(PermissionsStore);
  protected readonly language = inject(LanguageService);

  readonly round = input.required<AssessmentRound>();

  /** Quality officers manage the invitations; other members see the reviews. */
  protected readonly managesInvitations = computed(() =>
    this.permissions.can('review-invitations.read'),
  );
  /** Reviewers are invited for a submitted round; once reviewed, the list remains. */
  protected readonly canInvite = computed(
    () =>
      this.permissions.can('review-invitation.create') && isRoundReviewable(this.round().status),
  );
  protected readonly invitations = rxResource({
    params: () => (this.managesInvitations() ? this.round().id : undefined),
    stream: ({ params }) => this.invitationsApi.list(params),
  });
  private readonly reviews = rxResource({
    params: () => ({ round: this.round().id, org: this.session.activeOrganisationId() }),
    stream: () => this.reviewsApi.list(),
  });
  protected readonly roundReviews = computed(() =>
    this.reviews.hasValue()
      ? this.reviews.value().filter((review) => review.roundId === this.round().id)
      : [],
  );
  protected readonly reviewStatus = computed(
    () => new Map<string, ReviewStatus>(this.roundReviews().map((r) => [r.id, r.status])),
  );
  protected readonly hasInvitations = computed(
    () => this.invitations.hasValue() && this.invitations.value().length > 0,
  );
  protected readonly revocation: InvitationRevocation<ReviewInvitation> = {
    revoke: (invitation) => this.invitationsApi.revoke(invitation.id),
    revokedKey: 'reviews.invitations.revoked',
    // An access grant: it stays in the list as revoked.
    afterRevoke: (list, revoked) =>
      list.map((i) => (i.id === revoked.id ? { ...i, status: 'revoked' as const } : i)),
    confirm: (invitation) =>
      this.confirmService.confirm({
        title: this.transloco.translate('reviews.invitations.revokeConfirmTitle'),
        message: this.transloco.translate('reviews.invitations.revokeConfirmMessage', {
          email: invitation.email,
        }),
        confirmLabel: this.transloco.translate('reviews.invitations.revoke'),
        cancelLabel: this.transloco.translate('common.cancel'),
      }),
  };
  private readonly panel = viewChild(InvitationPanelComponent);

  protected invited(invitation: ReviewInvitation): void {
    this.panel()?.clearFeedback();
    this.invitations.update((list) => [invitation, ...(list ?? [])]);
  }
}
