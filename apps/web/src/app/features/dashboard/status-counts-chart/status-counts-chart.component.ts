import { CRITERION_STATUSES, type StatusCounts } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { BarChartModule } from '@swimlane/ngx-charts';

import { BAR_SCHEME } from '../../../shared/ui/charts/chart-colors';
import { ChartPanelComponent } from '../../../shared/ui/charts/chart-panel/chart-panel.component';
import { statusBars, statusColors, statusLabel } from '../dashboard-figures';
import { injectDashboardI18n } from '../dashboard-i18n';
import { StatusLabelComponent } from '../status-label/status-label.component';

/** How many criteria are in each status; each bar is labelled, its colour only repeats that. */
@Component({
  selector: 'lk-status-counts-chart',
  imports: [TranslocoPipe, BarChartModule, ChartPanelComponent, StatusLabelComponent],
  templateUrl: './status-counts-chart.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusCountsChartComponent {
  private readonly i18n = injectDashboardI18n();
  protected readonly scheme = BAR_SCHEME;
  protected readonly statuses = CRITERION_STATUSES;

  readonly counts = input.required<StatusCounts>();

  protected readonly bars = computed(() => statusBars(this.counts(), this.i18n.t));
  protected readonly colors = computed(() => statusColors(this.i18n.t));
  protected readonly summary = computed(() => {
    const { t } = this.i18n;
    const counts = this.counts();
    const parts = CRITERION_STATUSES.filter((status) => counts[status] > 0).map((status) =>
      t('dashboard.statuses.summaryItem', {
        count: counts[status],
        status: statusLabel(status, t),
      }),
    );
    return parts.length === 0
      ? t('dashboard.statuses.summaryEmpty')
      : t('dashboard.statuses.summary', { list: parts.join(', ') });
  });
  protected readonly formatCount = (value: number) => String(value);
  /** Counts are whole criteria; the axis may place ticks between them. */
  protected readonly formatTick = (value: number) => (Number.isInteger(value) ? String(value) : '');
}
