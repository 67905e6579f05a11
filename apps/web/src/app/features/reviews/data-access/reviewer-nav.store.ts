import { computed, inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';

import { SessionStore } from '../../../core/session/session.store';
import { ReviewsApiService } from './reviews-api.service';

/**
 * Whether the main menu offers "Toetsingen": always to members (their rounds can be reviewed),
 * and to someone without an organisation once they have a review to write (GET /reviews).
 */
@Injectable({ providedIn: 'root' })
export class ReviewerNavStore {
  private readonly session = inject(SessionStore);
  private readonly reviewsApi = inject(ReviewsApiService);

  private readonly reviews = rxResource({
    params: () => {
      const me = this.session.me();
      return me && me.memberships.length === 0 ? me.user.id : undefined;
    },
    stream: () => this.reviewsApi.list(),
  });

  readonly isMember = computed(() => this.session.memberships().length > 0);
  readonly showReviews = computed(
    () => this.isMember() || (this.reviews.hasValue() && this.reviews.value().length > 0),
  );

  /** After accepting an invitation the list has a new entry. */
  refresh(): void {
    this.reviews.reload();
  }
}
