import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { AssessmentRoundsApiService } from '../data-access/assessment-rounds-api.service';

/** "Wie doet wat": per member the criteria they own in the round and their actions. */
@Component({
  selector: 'lk-who-does-what-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent, LocalDatePipe],
  templateUrl: './who-does-what-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WhoDoesWhatPageComponent {
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  readonly roundId = input.required<string>();

  protected readonly round = rxResource({
    params: () => ({ id: this.roundId(), org: this.session.activeOrganisationId() }),
    stream: ({ params }) => this.roundsApi.get(params.id),
  });
  protected readonly work = rxResource({
    params: () => ({ id: this.roundId(), org: this.session.activeOrganisationId() }),
    stream: ({ params }) => this.roundsApi.assignments(params.id),
  });
  protected readonly loadError = computed(() => {
    const error = this.work.error() ?? this.round.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
}
