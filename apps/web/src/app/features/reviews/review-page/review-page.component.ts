import {
  canIssueLeerrapport,
  isReviewEditable,
  ReviewDetail,
  ReviewFinding,
} from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { SessionStore } from '../../../core/session/session.store';
import { ScorePipe } from '../../../shared/ui/charts/score.pipe';
import { ConfirmService } from '../../../shared/ui/confirm-dialog/confirm.service';
import {
  LiveMessageComponent,
  LiveMessageKind,
} from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { AssessmentRoundsApiService } from '../../assessment-rounds/data-access/assessment-rounds-api.service';
import { DomainProgressComponent } from '../../assessment-rounds/domain-progress/domain-progress.component';
import { RubricsApiService } from '../../rubrics/data-access/rubrics-api.service';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { LeerrapportApiService } from '../data-access/leerrapport-api.service';
import { ReviewedRoundApiService } from '../data-access/reviewed-round-api.service';
import { ReviewsApiService } from '../data-access/reviews-api.service';
import { FindingFormComponent } from '../finding-form/finding-form.component';
import { LastDayPipe } from '../last-day.pipe';
import { OverallFormComponent } from '../overall-form/overall-form.component';
import { ReviewCriteriaNavComponent } from '../review-criteria-nav/review-criteria-nav.component';
import {
  ReviewRefusal,
  ReviewSubmitPanelComponent,
  toReviewRefusal,
} from '../review-submit-panel/review-submit-panel.component';
import { SelfAssessmentPanelComponent } from '../self-assessment-panel/self-assessment-panel.component';
import { buildReviewView, withFinding } from './review-view';

/**
 * A peer review: the round under review read-only beside the reviewer's finding per criterion,
 * the overall judgement, submitting, and (for the lead reviewer) issuing the leerrapport.
 */
@Component({
  selector: 'lk-review-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    LiveMessageComponent,
    LocalDatePipe,
    ScorePipe,
    LastDayPipe,
    DomainProgressComponent,
    ReviewCriteriaNavComponent,
    SelfAssessmentPanelComponent,
    FindingFormComponent,
    OverallFormComponent,
    ReviewSubmitPanelComponent,
  ],
  templateUrl: './review-page.component.html',
  styleUrl: './review-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPageComponent {
  private readonly reviewsApi = inject(ReviewsApiService);
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  private readonly rubricsApi = inject(RubricsApiService);
  private readonly roundApi = inject(ReviewedRoundApiService);
  private readonly leerrapportApi = inject(LeerrapportApiService);
  private readonly confirmService = inject(ConfirmService);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  readonly reviewId = input.required<string>();
  /** The criterion shown (`?criterion=`); the first of the rubric when absent. */
  readonly criterion = input<string>();

  private readonly findingForm = viewChild(FindingFormComponent);
  private readonly overallForm = viewChild(OverallFormComponent);

  protected readonly review = rxResource({
    params: () => this.reviewId(),
    stream: ({ params }) => this.reviewsApi.get(params),
  });
  private readonly roundId = computed(() =>
    this.review.hasValue() ? this.review.value().roundId : undefined,
  );
  protected readonly round = rxResource({
    params: () => this.roundId(),
    stream: ({ params }) => this.roundsApi.get(params),
  });
  protected readonly rubric = rxResource({
    params: () => {
      const round = this.round.hasValue() ? this.round.value() : null;
      return round ? { id: round.rubricId, version: round.rubricVersion } : undefined;
    },
    stream: ({ params }) => this.rubricsApi.version(params.id, params.version),
  });
  protected readonly actions = rxResource({
    params: () => this.roundId(),
    stream: ({ params }) => this.roundApi.actions(params),
  });
  protected readonly view = computed(() =>
    this.review.hasValue() && this.round.hasValue() && this.rubric.hasValue()
      ? buildReviewView({
          review: this.review.value(),
          round: this.round.value(),
          rubric: this.rubric.value(),
          actions: this.actions.hasValue() ? this.actions.value() : [],
          selected: this.criterion() ?? null,
          lang: this.language.active(),
        })
      : null,
  );
  /** Their own review, which only its reviewer writes. */
  private readonly ownReview = computed(() => {
    const review = this.review.hasValue() ? this.review.value() : null;
    return review?.reviewer.userId === this.session.me()?.user.id ? review : null;
  });
  protected readonly canEdit = computed(() => {
    const review = this.ownReview();
    return review !== null && isReviewEditable(review.status);
  });
  /** The lead reviewer issues the leerrapport once their own review is in. */
  protected readonly canIssue = computed(() => {
    const review = this.ownReview();
    return review !== null && canIssueLeerrapport(review);
  });
  protected readonly leerrapport = rxResource({
    params: () => (this.canIssue() ? this.roundId() : undefined),
    stream: ({ params }) => this.leerrapportApi.get(params),
  });
  protected readonly isIssued = computed(
    () => this.leerrapport.hasValue() && this.leerrapport.value().status !== 'draft',
  );
  protected readonly loadError = computed(() => {
    const error = this.review.error() ?? this.round.error() ?? this.rubric.error();
    return error ? this.message(error) : null;
  });

  protected readonly feedback = signal<{ kind: LiveMessageKind; text: string } | null>(null);
  protected readonly busy = signal(false);
  protected readonly refusal = signal<ReviewRefusal | null>(null);

  protected findingSaved(finding: ReviewFinding): void {
    this.review.update((review) => review && withFinding(review, finding));
  }

  protected overallSaved(saved: ReviewDetail): void {
    this.review.update(
      (review) => review && { ...review, overall: saved.overall, version: saved.version },
    );
  }

  protected async submit(): Promise<void> {
    this.refusal.set(null);
    this.feedback.set(null);
    const confirmed = await this.confirm('reviews.submit.');
    if (!confirmed) {
      return;
    }
    this.busy.set(true);
    try {
      await Promise.all([this.findingForm()?.settle(), this.overallForm()?.settle()]);
      const review = await firstValueFrom(this.reviewsApi.submit(this.reviewId()));
      this.review.set(review);
      this.feedback.set({ kind: 'success', text: this.transloco.translate('reviews.submit.done') });
    } catch (error) {
      this.refusal.set(toReviewRefusal(error, this.message(error)));
    } finally {
      this.busy.set(false);
    }
  }

  protected async issue(): Promise<void> {
    const roundId = this.roundId();
    this.feedback.set(null);
    if (!roundId || !(await this.confirm('reviews.issue.'))) {
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(this.leerrapportApi.issue(roundId));
      await this.router.navigate(['/rounds', roundId, 'leerrapport']);
    } catch (error) {
      this.feedback.set({ kind: 'error', text: this.message(error) });
    } finally {
      this.busy.set(false);
    }
  }

  /** `prefix` ends in a dot: its `confirmTitle`, `confirmMessage` and `confirm` texts. */
  private confirm(prefix: string): Promise<boolean> {
    return this.confirmService.confirm({
      title: this.transloco.translate(`${prefix}confirmTitle`),
      message: this.transloco.translate(`${prefix}confirmMessage`),
      confirmLabel: this.transloco.translate(`${prefix}confirm`),
      cancelLabel: this.transloco.translate('common.cancel'),
    });
  }

  private message(error: unknown): string {
    return toUserMessage(error, (key) => this.transloco.translate(key));
  }
}
