import type { Criterion, CriterionResponse, ImprovementAction } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { evidenceContentUrl } from '../../evidence/data-access/evidence-api.service';

/**
 * One criterion's answer as paper shows it: the level in words, target, stand, owner, the full
 * toelichting, and (when given) its evidence with where to find it and its improvement actions.
 * Presentational: the page loads the data.
 */
@Component({
  selector: 'lk-criterion-print',
  imports: [TranslocoPipe, LocalDatePipe],
  templateUrl: './criterion-print.component.html',
  styleUrl: './criterion-print.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CriterionPrintComponent {
  readonly criterion = input.required<Criterion>();
  readonly response = input<CriterionResponse | null>(null);
  /** Null leaves the evidence out (the page prints its own evidence panel). */
  readonly evidenceKinds = input<Map<string, string> | null>(null);
  /** Null leaves the actions out (the page prints its own actions card). */
  readonly actions = input<ImprovementAction[] | null>(null);
  readonly lang = input.required<string>();
  readonly contentLang = input('nl');
  /** The code and title as a heading: on the round's print view, not under the page's own h1. */
  readonly showTitle = input(false);

  protected readonly level = computed(() => this.levelOf(this.response()?.level ?? null));
  protected readonly targetLevel = computed(() =>
    this.levelOf(this.response()?.targetLevel ?? null),
  );
  protected readonly isMet = computed(
    () => (this.level()?.level ?? 0) >= this.criterion().metLevel,
  );
  protected readonly contentUrl = evidenceContentUrl;

  private levelOf(level: number | null) {
    return this.criterion().maturityScale.find((step) => step.level === level) ?? null;
  }
}
