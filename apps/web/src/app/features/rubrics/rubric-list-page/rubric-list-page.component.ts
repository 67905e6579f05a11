import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { RubricsApiService } from '../data-access/rubrics-api.service';
import { RUBRIC_CONTENT_LANG } from '../rubric-content';

@Component({
  selector: 'lk-rubric-list-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent, LocalDatePipe],
  templateUrl: './rubric-list-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RubricListPageComponent {
  private readonly rubricsApi = inject(RubricsApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  protected readonly rubrics = rxResource({ stream: () => this.rubricsApi.list() });
  protected readonly error = computed(() => {
    const error = this.rubrics.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
}
