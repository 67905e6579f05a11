import type { HeatmapRow } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { HeatMapModule } from '@swimlane/ngx-charts';

import { levelColors, levelScheme } from '../../../shared/ui/charts/chart-colors';
import { escapeHtml, NO_FIGURE } from '../../../shared/ui/charts/chart-format';
import { ChartPanelComponent } from '../../../shared/ui/charts/chart-panel/chart-panel.component';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { heatmapColumns, heatmapMax } from '../dashboard-figures';
import { injectDashboardI18n } from '../dashboard-i18n';
import { StatusLabelComponent } from '../status-label/status-label.component';

interface HeatmapCell {
  label: string;
  series: string;
  data: number;
}

/** Each criterion's current level beside the level that counts as met and the organisation's target. */
@Component({
  selector: 'lk-criteria-heatmap',
  imports: [RouterLink, TranslocoPipe, HeatMapModule, ChartPanelComponent, StatusLabelComponent],
  templateUrl: './criteria-heatmap.component.html',
  styleUrl: './criteria-heatmap.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CriteriaHeatmapComponent {
  private readonly i18n = injectDashboardI18n();
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  readonly roundId = input.required<string>();
  readonly rows = input.required<HeatmapRow[]>();

  protected readonly columns = computed(() => heatmapColumns(this.rows(), this.i18n.t));
  protected readonly levels = computed(() => levelScheme(heatmapMax(this.rows())));
  protected readonly legend = computed(() =>
    levelColors(heatmapMax(this.rows())).map((color, level) => ({ color, level })),
  );
  protected readonly height = computed(() => this.rows().length * 28 + 90);
  protected readonly summary = computed(() => {
    const { t } = this.i18n;
    const gaps = this.rows()
      .filter((row) => row.status === 'gap')
      .map((row) => row.code);
    return t('dashboard.heatmap.summary', {
      count: this.rows().length,
      gaps: gaps.length > 0 ? gaps.join(', ') : t('dashboard.heatmap.noGaps'),
    });
  });
  /** ngx-charts puts this text into its tooltip as HTML. */
  protected readonly tooltip = ({ label, series, data }: HeatmapCell): string => {
    const level = data > 0 ? String(data) : this.i18n.t('dashboard.heatmap.notScored');
    return `<span class="tooltip-label">${escapeHtml(label)} · ${escapeHtml(series)}</span>
      <span class="tooltip-val">${escapeHtml(level)}</span>`;
  };
  protected readonly noFigure = NO_FIGURE;
}
