import { ImprovementAction } from '@labelklaar/domain';

import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { ImprovementActionsApiService } from '../../improvement-actions/data-access/improvement-actions-api.service';
import { RubricsApiService } from '../../rubrics/data-access/rubrics-api.service';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { CriterionPrintComponent } from '../criterion-print/criterion-print.component';
import { AssessmentRoundsApiService } from '../data-access/assessment-rounds-api.service';

/**
 * The whole round on paper: its facts and vaststelling, then every criterion per domain with its
 * level, toelichting, evidence and improvement actions. Built from the round, rubric and actions.
 */
@Component({
  selector: 'lk-round-print-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    LiveMessageComponent,
    LocalDatePipe,
    CriterionPrintComponent,
  ],
  templateUrl: './round-print-page.component.html',
  styleUrl: './round-print-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundPrintPageComponent {
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  private readonly rubricsApi = inject(RubricsApiService);
  private readonly actionsApi = inject(ImprovementActionsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  readonly roundId = input.required<string>();

  protected readonly round = rxResource({
    params: () => ({ id: this.roundId(), org: this.session.activeOrganisationId() }),
    stream: ({ params }) => this.roundsApi.get(params.id),
  });
  protected readonly rubric = rxResource({
    params: () => {
      const round = this.round.hasValue() ? this.round.value() : null;
      return round ? { id: round.rubricId, version: round.rubricVersion } : undefined;
    },
    stream: ({ params }) => this.rubricsApi.version(params.id, params.version),
  });
  protected readonly actions = rxResource({
    params: () => ({ roundId: this.roundId(), org: this.session.activeOrganisationId() }),
    stream: ({ params }) => this.actionsApi.list({ roundId: params.roundId }),
  });

  protected readonly responses = computed(
    () =>
      new Map(
        (this.round.hasValue() ? this.round.value().responses : []).map((response) => [
          response.criterionCode,
          response,
        ]),
      ),
  );
  protected readonly actionsByCode = computed(() => {
    const byCode = new Map<string, ImprovementAction[]>();
    for (const action of this.actions.hasValue() ? this.actions.value() : []) {
      byCode.set(action.criterionCode, [...(byCode.get(action.criterionCode) ?? []), action]);
    }
    return byCode;
  });
  protected readonly evidenceKinds = computed(() => {
    const lang = this.language.active();
    const kinds = this.rubric.hasValue() ? this.rubric.value().evidenceKinds : [];
    return new Map(kinds.map((kind) => [kind.key, kind.label[lang]]));
  });
  protected readonly isReady = computed(
    () => this.round.hasValue() && this.rubric.hasValue() && this.actions.hasValue(),
  );
  protected readonly loadError = computed(() => {
    const error = this.round.error() ?? this.rubric.error() ?? this.actions.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  protected print(): void {
    this.document.defaultView?.print();
  }
}
