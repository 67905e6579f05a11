import { MyCriterion } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { CriterionResponsesApiService } from '../../assessment-rounds/data-access/criterion-responses-api.service';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';

interface RoundGroup {
  roundId: string;
  roundTitle: string;
  selfEvaluationDeadline: string;
  isSelfEvaluationOverdue: boolean;
  criteria: MyCriterion[];
}

/** The criteria the signed-in member owns, per open round. */
@Component({
  selector: 'lk-my-criteria-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent, LocalDatePipe],
  templateUrl: './my-criteria-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyCriteriaPageComponent {
  private readonly responsesApi = inject(CriterionResponsesApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  protected readonly criteria = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.responsesApi.mine(),
  });
  protected readonly rounds = computed<RoundGroup[]>(() => {
    const groups = new Map<string, RoundGroup>();
    for (const item of this.criteria.hasValue() ? this.criteria.value() : []) {
      const group = groups.get(item.roundId) ?? {
        roundId: item.roundId,
        roundTitle: item.roundTitle,
        selfEvaluationDeadline: item.selfEvaluationDeadline,
        isSelfEvaluationOverdue: item.isSelfEvaluationOverdue,
        criteria: [],
      };
      group.criteria.push(item);
      groups.set(item.roundId, group);
    }
    return [...groups.values()];
  });
  protected readonly loadError = computed(() => {
    const error = this.criteria.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
}
