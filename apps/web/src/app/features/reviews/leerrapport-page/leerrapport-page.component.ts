import { Leerrapport, openHearingEndsOn } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { ConfirmService } from '../../../shared/ui/confirm-dialog/confirm.service';
import {
  LiveMessageComponent,
  LiveMessageKind,
} from '../../../shared/ui/live-message/live-message.component';
import { LocalDateTimePipe } from '../../../shared/ui/local-date/local-date-time.pipe';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { LeerrapportApiService } from '../data-access/leerrapport-api.service';
import { ReviewsApiService } from '../data-access/reviews-api.service';
import { JudgementLabelComponent } from '../judgement-label/judgement-label.component';
import {
  FindingChange,
  LeerrapportFindingComponent,
} from '../leerrapport-finding/leerrapport-finding.component';

/**
 * The leerrapport of a round: the merged peer judgement per criterion with every reviewer's
 * finding, the organisation's responses during hoor en wederhoor, and the overall judgement.
 */
@Component({
  selector: 'lk-leerrapport-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    LiveMessageComponent,
    LocalDatePipe,
    LocalDateTimePipe,
    JudgementLabelComponent,
    LeerrapportFindingComponent,
  ],
  templateUrl: './leerrapport-page.component.html',
  styleUrl: './leerrapport-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LeerrapportPageComponent {
  private readonly leerrapportApi = inject(LeerrapportApiService);
  private readonly reviewsApi = inject(ReviewsApiService);
  private readonly confirmService = inject(ConfirmService);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  private readonly permissions = inject(PermissionsStore);
  protected readonly language = inject(LanguageService);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  readonly roundId = input.required<string>();

  protected readonly leerrapport = rxResource({
    params: () => ({ id: this.roundId(), org: this.session.activeOrganisationId() }),
    stream: ({ params }) => this.leerrapportApi.get(params.id),
  });
  protected readonly loadError = computed(() => {
    const error = this.leerrapport.error();
    return error ? this.message(error) : null;
  });
  private readonly reviews = rxResource({
    params: () => ({ id: this.roundId(), org: this.session.activeOrganisationId() }),
    stream: () => this.reviewsApi.list(),
  });
  /**
   * A reviewer reads the leerrapport through their invitation and does not answer it, whatever
   * their role in their own organisation.
   */
  protected readonly isReviewer = computed(
    () =>
      !this.reviews.hasValue() ||
      this.reviews
        .value()
        .some((review) => review.roundId === this.roundId() && review.perspective === 'reviewer'),
  );
  /** The reviewed organisation's quality officer answers findings and plans actions from them. */
  private readonly answers = computed(
    () => !this.isReviewer() && this.permissions.can('finding.respond'),
  );
  protected readonly canRespond = computed(
    () => this.answers() && this.leerrapport.hasValue() && this.leerrapport.value().hearingOpen,
  );
  protected readonly canCreateAction = computed(
    () => !this.isReviewer() && this.permissions.can('finding.action'),
  );
  /** "Reageren kan tot en met" only while the hearing runs, never next to "definitief". */
  protected readonly respondUntil = computed(() => {
    const report = this.leerrapport.hasValue() ? this.leerrapport.value() : null;
    return report ? openHearingEndsOn(report.status, report.hearingEndsOn) : null;
  });
  /** Closing the hearing early, while it runs. */
  protected readonly canFinalise = computed(
    () =>
      !this.isReviewer() &&
      this.permissions.can('leerrapport.finalise') &&
      this.leerrapport.hasValue() &&
      this.leerrapport.value().status === 'hearing',
  );
  protected readonly pdfUrl = computed(() => this.leerrapportApi.pdfUrl(this.roundId()));
  protected readonly feedback = signal<{ kind: LiveMessageKind; text: string } | null>(null);
  protected readonly busy = signal(false);

  protected findingChanged(change: FindingChange): void {
    this.leerrapport.update((report) => report && applyChange(report, change));
  }

  protected async finalise(): Promise<void> {
    this.feedback.set(null);
    const confirmed = await this.confirmService.confirm({
      title: this.transloco.translate('reviews.leerrapport.finaliseConfirmTitle'),
      message: this.transloco.translate('reviews.leerrapport.finaliseConfirmMessage'),
      confirmLabel: this.transloco.translate('reviews.leerrapport.finaliseConfirm'),
      cancelLabel: this.transloco.translate('common.cancel'),
    });
    if (!confirmed) {
      return;
    }
    this.busy.set(true);
    try {
      this.leerrapport.set(await firstValueFrom(this.leerrapportApi.finalise(this.roundId())));
      const text = this.transloco.translate('reviews.leerrapport.finalised');
      this.feedback.set({ kind: 'success', text });
    } catch (error) {
      this.feedback.set({ kind: 'error', text: this.message(error) });
    } finally {
      this.busy.set(false);
    }
  }

  private message(error: unknown): string {
    return toUserMessage(error, (key) => this.transloco.translate(key));
  }
}

function applyChange(report: Leerrapport, change: FindingChange): Leerrapport {
  return {
    ...report,
    criteria: report.criteria.map((criterion) =>
      criterion.criterionCode !== change.criterionCode
        ? criterion
        : {
            ...criterion,
            findings: criterion.findings.map((finding) =>
              finding.reviewId !== change.reviewId
                ? finding
                : {
                    ...finding,
                    response: change.response ?? finding.response,
                    actionId: change.actionId ?? finding.actionId,
                  },
            ),
          },
    ),
  };
}
