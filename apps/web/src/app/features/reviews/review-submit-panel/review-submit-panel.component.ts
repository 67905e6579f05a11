import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { ApiError } from '../../../core/http/api-error';

/** Why the API refused to submit a review: its message and what is still missing. */
export interface ReviewRefusal {
  message: string;
  missingCriteria: string[];
  missingOverall: boolean;
}

/** The 422 of an incomplete review names the criteria without a judgement and the overall judgement. */
export function toReviewRefusal(error: unknown, message: string): ReviewRefusal {
  const problem = error instanceof ApiError ? error.problem : null;
  const missing = problem?.['missingCriteria'];
  return {
    message,
    missingCriteria: Array.isArray(missing)
      ? missing.filter((code): code is string => typeof code === 'string')
      : [],
    missingOverall: problem?.['missingOverall'] === true,
  };
}

/** Submitting the review: how far it is, the button, and what is missing when the API refuses. */
@Component({
  selector: 'lk-review-submit-panel',
  imports: [RouterLink, TranslocoPipe],
  template: `
    <section class="card" aria-labelledby="review-submit-title">
      <h2 id="review-submit-title" class="card__title">
        {{ 'reviews.submit.title' | transloco }}
      </h2>
      <p>{{ 'reviews.submit.intro' | transloco: { judged: judged(), total: total() } }}</p>
      <button
        type="button"
        class="button"
        [attr.aria-disabled]="busy() || null"
        (click)="busy() || submitRequested.emit()"
      >
        {{ 'reviews.submit.button' | transloco }}
      </button>
      <div role="alert" class="review-refusal">
        @if (refusal(); as refusal) {
          <div class="live-message live-message--error">
            <p class="live-message__text">{{ refusal.message }}</p>
          </div>
          @if (refusal.missingCriteria.length > 0) {
            <h3>
              {{ 'reviews.submit.missing' | transloco: { count: refusal.missingCriteria.length } }}
            </h3>
            <ul class="link-list">
              @for (code of refusal.missingCriteria; track code) {
                <li>
                  <a
                    [routerLink]="[]"
                    [queryParams]="{ criterion: code }"
                    fragment="review-criterion"
                    >{{ code }}</a
                  >
                </li>
              }
            </ul>
          }
          @if (refusal.missingOverall) {
            <p>
              <a [routerLink]="[]" queryParamsHandling="preserve" fragment="review-overall">{{
                'reviews.submit.missingOverall' | transloco
              }}</a>
            </p>
          }
        }
      </div>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewSubmitPanelComponent {
  readonly judged = input.required<number>();
  readonly total = input.required<number>();
  readonly busy = input(false);
  readonly refusal = input<ReviewRefusal | null>(null);
  readonly submitRequested = output<void>();
}
