import { CRITERION_STATUSES, type DomainReadiness } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { BarChartModule } from '@swimlane/ngx-charts';

import { BAR_SCHEME } from '../../../shared/ui/charts/chart-colors';
import { formatScore } from '../../../shared/ui/charts/chart-format';
import { ChartPanelComponent } from '../../../shared/ui/charts/chart-panel/chart-panel.component';
import { ScorePipe } from '../../../shared/ui/charts/score.pipe';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { domainBars } from '../dashboard-figures';
import { injectDashboardI18n } from '../dashboard-i18n';

/** Readiness per domain as horizontal bars on a 0–100% scale, with the full figures as a table. */
@Component({
  selector: 'lk-domain-readiness-chart',
  imports: [TranslocoPipe, BarChartModule, ChartPanelComponent, ScorePipe],
  templateUrl: './domain-readiness-chart.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DomainReadinessChartComponent {
  private readonly i18n = injectDashboardI18n();
  protected readonly scheme = BAR_SCHEME;
  protected readonly statuses = CRITERION_STATUSES;
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  readonly domains = input.required<DomainReadiness[]>();
  /** Ids in the page must be unique when the chart is used twice. */
  readonly panelId = input('domain-readiness');

  protected readonly lang = computed(() => this.i18n.lang());
  protected readonly bars = computed(() => domainBars(this.domains()));
  protected readonly height = computed(() => Math.max(160, this.domains().length * 56 + 60));
  protected readonly summary = computed(() => {
    const { t } = this.i18n;
    const lang = this.lang();
    const parts = this.domains().map((domain) =>
      t('dashboard.domains.summaryItem', {
        domain: domain.title,
        score: formatScore(domain.score, lang),
      }),
    );
    return t('dashboard.domains.summary', { list: parts.join('; ') });
  });
  /** A new function per language, so ngx-charts redraws its labels when the language changes. */
  protected readonly formatter = computed(() => {
    const lang = this.lang();
    return (value: number) => formatScore(value, lang);
  });
}
