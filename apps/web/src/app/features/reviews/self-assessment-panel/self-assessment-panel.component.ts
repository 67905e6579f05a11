import {
  Criterion,
  CriterionResponse,
  CriterionStatus,
  ImprovementAction,
} from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { ReviewedRoundApiService } from '../data-access/reviewed-round-api.service';

/** What the organisation answered on one criterion, read-only: level, rationale, evidence, actions. */
@Component({
  selector: 'lk-self-assessment-panel',
  imports: [TranslocoPipe, LocalDatePipe],
  templateUrl: './self-assessment-panel.component.html',
  styleUrl: './self-assessment-panel.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SelfAssessmentPanelComponent {
  private readonly roundApi = inject(ReviewedRoundApiService);
  protected readonly language = inject(LanguageService);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  readonly roundId = input.required<string>();
  readonly criterion = input.required<Criterion>();
  readonly response = input<CriterionResponse | null>(null);
  readonly status = input<CriterionStatus | null>(null);
  readonly actions = input<ImprovementAction[]>([]);
  /** Evidence kind key → label in the UI language. */
  readonly kindLabels = input<ReadonlyMap<string, string>>(new Map());

  protected readonly level = computed(() => {
    const level = this.response()?.level ?? null;
    return this.criterion().maturityScale.find((l) => l.level === level) ?? null;
  });
  protected readonly targetLevel = computed(() => {
    const target = this.response()?.targetLevel ?? null;
    return this.criterion().maturityScale.find((l) => l.level === target) ?? null;
  });

  protected evidenceUrl(evidenceId: string): string {
    return this.roundApi.evidenceUrl(this.roundId(), evidenceId);
  }

  protected kindLabel(kind: string): string {
    return this.kindLabels().get(kind) ?? kind;
  }
}
