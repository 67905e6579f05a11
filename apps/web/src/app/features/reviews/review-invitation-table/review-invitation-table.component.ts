import { ReviewInvitation, ReviewStatus } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { LastDayPipe } from '../last-day.pipe';

/** The review invitations of a round with their status; open ones can be revoked. */
@Component({
  selector: 'lk-review-invitation-table',
  imports: [TranslocoPipe, LocalDatePipe, LastDayPipe],
  templateUrl: './review-invitation-table.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewInvitationTableComponent {
  readonly invitations = input.required<ReviewInvitation[]>();
  /** Review id → status of the review, where the reviewer has started one. */
  readonly reviewStatus = input<ReadonlyMap<string, ReviewStatus>>(new Map());
  readonly lang = input.required<string>();
  readonly labelledBy = input.required<string>();
  readonly revokeRequested = output<ReviewInvitation>();
}
