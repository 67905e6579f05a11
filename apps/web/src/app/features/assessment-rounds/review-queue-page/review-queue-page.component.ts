import { ReviewQueueItem, SEND_BACK_COMMENT_MAX_LENGTH } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { SessionStore } from '../../../core/session/session.store';
import {
  LiveMessageComponent,
  LiveMessageKind,
} from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { CriterionResponsesApiService } from '../data-access/criterion-responses-api.service';

const keyOf = (item: ReviewQueueItem) => `${item.roundId}/${item.criterionCode}`;

/**
 * "Klaar voor controle": the quality officer's queue of answers marked ready. Accepting takes an
 * answer off the queue; sending it back asks for a comment, which its owner sees.
 */
@Component({
  selector: 'lk-review-queue-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent, LocalDatePipe],
  templateUrl: './review-queue-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewQueuePageComponent {
  private readonly responsesApi = inject(CriterionResponsesApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;
  protected readonly commentMax = SEND_BACK_COMMENT_MAX_LENGTH;

  protected readonly queue = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.responsesApi.reviewQueue(),
  });
  protected readonly loadError = computed(() => {
    const error = this.queue.error();
    return error ? this.message(error) : null;
  });
  protected readonly feedback = signal<{ kind: LiveMessageKind; text: string } | null>(null);
  /** The item whose send-back form is open, and its comment. */
  protected readonly sendingBack = signal<string | null>(null);
  protected readonly comment = signal('');
  protected readonly commentError = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly keyOf = keyOf;

  protected openSendBack(item: ReviewQueueItem): void {
    this.sendingBack.set(keyOf(item));
    this.comment.set('');
    this.commentError.set(null);
  }

  protected async accept(item: ReviewQueueItem): Promise<void> {
    await this.act(item, 'roundReview.queue.accepted', () =>
      this.responsesApi.accept(item.roundId, item.criterionCode, item.version),
    );
  }

  protected async sendBack(item: ReviewQueueItem, event: Event): Promise<void> {
    event.preventDefault();
    const text = this.comment().trim();
    if (!text) {
      this.commentError.set(this.transloco.translate('roundReview.queue.commentRequired'));
      return;
    }
    await this.act(item, 'roundReview.queue.sentBack', () =>
      this.responsesApi.sendBack(item.roundId, item.criterionCode, item.version, text),
    );
  }

  private async act(
    item: ReviewQueueItem,
    doneKey: string,
    call: () => ReturnType<CriterionResponsesApiService['accept']>,
  ): Promise<void> {
    if (this.busy()) {
      return;
    }
    this.feedback.set(null);
    this.busy.set(keyOf(item));
    try {
      await firstValueFrom(call());
      this.queue.update((items) => items?.filter((other) => keyOf(other) !== keyOf(item)));
      this.sendingBack.set(null);
      this.feedback.set({
        kind: 'success',
        text: this.transloco.translate(doneKey, { code: item.criterionCode }),
      });
    } catch (error) {
      this.feedback.set({ kind: 'error', text: this.message(error) });
      this.queue.reload();
    } finally {
      this.busy.set(null);
    }
  }

  private message(error: unknown): string {
    return toUserMessage(error, (key) => this.transloco.translate(key));
  }
}
