import type { RoundReadinessReport } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';
import { ScorePipe } from '../../../shared/ui/charts/score.pipe';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';

/** The headline figures: readiness against the target, days left, blockers and actions. */
@Component({
  selector: 'lk-readiness-overview',
  imports: [RouterLink, TranslocoPipe, ScorePipe, LocalDatePipe],
  templateUrl: './readiness-overview.component.html',
  styleUrl: './readiness-overview.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReadinessOverviewComponent {
  protected readonly language = inject(LanguageService);

  readonly report = input.required<RoundReadinessReport>();

  /** The bar is decoration next to the number; a missing score draws an empty bar. */
  protected readonly barWidth = computed(() => {
    const { overall, targetScore } = this.report();
    return overall.score === null || targetScore <= 0
      ? 0
      : Math.min(100, (overall.score / targetScore) * 100);
  });
  protected readonly daysKey = computed(() => {
    const days = this.report().daysToTarget;
    if (days === 0) {
      return 'dashboard.overview.targetToday';
    }
    if (days < 0) {
      return days === -1 ? 'dashboard.overview.dayPast' : 'dashboard.overview.daysPast';
    }
    return days === 1 ? 'dashboard.overview.dayLeft' : 'dashboard.overview.daysLeft';
  });
  protected readonly days = computed(() => Math.abs(this.report().daysToTarget));
}
