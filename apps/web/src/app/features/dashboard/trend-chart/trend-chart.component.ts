import type { OrganisationTrend } from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  ViewEncapsulation,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LineChartModule } from '@swimlane/ngx-charts';

import { ordinalScheme, SERIES_COLORS } from '../../../shared/ui/charts/chart-colors';
import { formatScore } from '../../../shared/ui/charts/chart-format';
import { ChartPanelComponent } from '../../../shared/ui/charts/chart-panel/chart-panel.component';
import { ScorePipe } from '../../../shared/ui/charts/score.pipe';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import {
  canDrawTrend,
  roundLabels,
  seriesStyles,
  trendDomains,
  trendSeries,
} from '../dashboard-figures';
import { injectDashboardI18n } from '../dashboard-i18n';

/** Readiness per domain and overall across the organisation's rounds, oldest first. */
@Component({
  selector: 'lk-trend-chart',
  imports: [TranslocoPipe, LineChartModule, ChartPanelComponent, ScorePipe],
  templateUrl: './trend-chart.component.html',
  styleUrl: './trend-chart.component.scss',
  // The dash patterns style ngx-charts' own SVG, which encapsulated styles cannot reach.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendChartComponent {
  private readonly i18n = injectDashboardI18n();
  protected readonly scheme = ordinalScheme('trend', SERIES_COLORS);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  readonly trend = input.required<OrganisationTrend>();

  protected readonly lang = computed(() => this.i18n.lang());
  protected readonly series = computed(() => trendSeries(this.trend(), this.i18n.t, this.lang()));
  protected readonly styles = computed(() => seriesStyles(this.series()));
  protected readonly hasChart = computed(() => canDrawTrend(this.series()));
  protected readonly domains = computed(() => trendDomains(this.trend()));
  protected readonly rows = computed(() => {
    const labels = roundLabels(this.trend().rounds, this.lang());
    return this.trend().rounds.map((round, index) => ({
      round,
      label: labels[index],
      scores: this.domains().map(
        (domain) => round.domains.find((d) => d.code === domain.code)?.score ?? null,
      ),
    }));
  });
  protected readonly summary = computed(() => {
    const { t } = this.i18n;
    const rounds = this.trend().rounds;
    const lang = this.lang();
    if (rounds.length === 0) {
      return t('dashboard.trend.summaryEmpty');
    }
    const first = rounds[0];
    const last = rounds[rounds.length - 1];
    if (rounds.length === 1) {
      return t('dashboard.trend.summaryOne', {
        round: first.title,
        score: formatScore(first.overall, lang),
      });
    }
    return t('dashboard.trend.summary', {
      count: rounds.length,
      first: first.title,
      firstScore: formatScore(first.overall, lang),
      last: last.title,
      lastScore: formatScore(last.overall, lang),
    });
  });
  /** A new function per language, so ngx-charts redraws its labels when the language changes. */
  protected readonly formatter = computed(() => {
    const lang = this.lang();
    return (value: number) => formatScore(value, lang);
  });
}
