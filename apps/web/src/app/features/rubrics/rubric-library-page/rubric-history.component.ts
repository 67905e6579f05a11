import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDateTimePipe } from '../../../shared/ui/local-date/local-date-time.pipe';
import { RubricLibraryApiService } from '../data-access/rubric-library-api.service';

/** The rubric's append-only history, newest first: who started, imported, published, retired what. */
@Component({
  selector: 'lk-rubric-history',
  imports: [TranslocoPipe, LiveMessageComponent, LocalDateTimePipe],
  template: `
    <details class="rubric-history">
      <summary>{{ 'rubrics.library.history.title' | transloco }}</summary>
      <lk-live-message [message]="error()" kind="error" />
      @if (history.hasValue()) {
        <ol class="item-list rubric-history__list">
          @for (entry of entries(); track $index) {
            <li class="item">
              <p class="rubric-history__what">
                {{
                  'rubrics.library.history.type.' + entry.type
                    | transloco: { version: entry.version ?? '–' }
                }}
              </p>
              <p class="item__meta">
                <span>{{ entry.occurredAt | lkDateTime: language.active() }}</span>
                <span>{{ entry.actorName ?? ('rubrics.library.history.system' | transloco) }}</span>
              </p>
            </li>
          } @empty {
            <li>{{ 'rubrics.library.history.empty' | transloco }}</li>
          }
        </ol>
      } @else if (history.isLoading()) {
        <p role="status">{{ 'common.loading' | transloco }}</p>
      }
    </details>
  `,
  styles: `
    .rubric-history {
      margin-block-start: 1.5rem;
    }
    .rubric-history summary {
      cursor: pointer;
      font-weight: 700;
    }
    .rubric-history__list {
      margin-block-start: 0.75rem;
    }
    .rubric-history__what {
      margin: 0;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RubricHistoryComponent {
  private readonly api = inject(RubricLibraryApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  readonly rubricId = input.required<string>();
  /** A new value reads the history again (after retiring a version). */
  readonly revision = input(0);

  protected readonly history = rxResource({
    params: () => ({ rubricId: this.rubricId(), revision: this.revision() }),
    stream: ({ params }) => this.api.history(params.rubricId),
  });
  protected readonly entries = computed(() =>
    this.history.hasValue() ? [...this.history.value()].reverse() : [],
  );
  protected readonly error = computed(() => {
    const error = this.history.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
}
