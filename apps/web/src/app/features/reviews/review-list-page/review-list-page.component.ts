import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { ReviewsApiService } from '../data-access/reviews-api.service';
import { LastDayPipe } from '../last-day.pipe';

/**
 * "Toetsingen": the reviews the signed-in person writes for other organisations, and the
 * reviews of the active organisation's own rounds.
 */
@Component({
  selector: 'lk-review-list-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent, LocalDatePipe, LastDayPipe],
  templateUrl: './review-list-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewListPageComponent {
  private readonly reviewsApi = inject(ReviewsApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  protected readonly reviews = rxResource({
    params: () => ({ org: this.session.activeOrganisationId() }),
    stream: () => this.reviewsApi.list(),
  });
  private readonly all = computed(() => (this.reviews.hasValue() ? this.reviews.value() : []));
  protected readonly mine = computed(() =>
    this.all().filter((review) => review.perspective === 'reviewer'),
  );
  protected readonly ofOurRounds = computed(() =>
    this.all().filter((review) => review.perspective === 'organisation'),
  );
  protected readonly isMember = computed(() => this.session.activeMembership() !== null);
  protected readonly loadError = computed(() => {
    const error = this.reviews.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
}
