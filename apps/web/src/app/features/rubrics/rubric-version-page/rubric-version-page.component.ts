import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { RubricsApiService } from '../data-access/rubrics-api.service';
import { RUBRIC_CONTENT_LANG } from '../rubric-content';
import { RubricVersionInfoComponent } from '../version-info/rubric-version-info.component';

@Component({
  selector: 'lk-rubric-version-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    LiveMessageComponent,
    LocalDatePipe,
    RubricVersionInfoComponent,
  ],
  templateUrl: './rubric-version-page.component.html',
  styleUrl: './rubric-version-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RubricVersionPageComponent {
  private readonly rubricsApi = inject(RubricsApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  readonly rubricId = input.required<string>();
  readonly version = input.required<string>();

  protected readonly rubric = rxResource({
    params: () => ({ rubricId: this.rubricId(), version: this.version() }),
    stream: ({ params }) => this.rubricsApi.version(params.rubricId, params.version),
  });
  protected readonly criterionCount = computed(() =>
    this.rubric.hasValue()
      ? this.rubric.value().domains.reduce((count, domain) => count + domain.criteria.length, 0)
      : 0,
  );
  protected readonly error = computed(() => {
    const error = this.rubric.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
}
