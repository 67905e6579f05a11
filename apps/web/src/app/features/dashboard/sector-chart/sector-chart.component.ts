import type { SectorReadiness } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { BarChartModule } from '@swimlane/ngx-charts';

import { BAR_SCHEME } from '../../../shared/ui/charts/chart-colors';
import { formatScore } from '../../../shared/ui/charts/chart-format';
import { ChartPanelComponent } from '../../../shared/ui/charts/chart-panel/chart-panel.component';
import { ScorePipe } from '../../../shared/ui/charts/score.pipe';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { sectorMedianBars } from '../dashboard-figures';
import { injectDashboardI18n } from '../dashboard-i18n';

/** The sector's median readiness per domain for one rubric version, quartiles in the table. */
@Component({
  selector: 'lk-sector-chart',
  imports: [TranslocoPipe, BarChartModule, ChartPanelComponent, ScorePipe],
  templateUrl: './sector-chart.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SectorChartComponent {
  private readonly i18n = injectDashboardI18n();
  protected readonly scheme = BAR_SCHEME;
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  readonly sector = input.required<SectorReadiness>();

  protected readonly lang = computed(() => this.i18n.lang());
  protected readonly panelId = computed(() => {
    const { rubricId, rubricVersion } = this.sector();
    return `sector-${rubricId}-${rubricVersion}`.replace(/[^\w-]/g, '-');
  });
  protected readonly bars = computed(() => sectorMedianBars(this.sector()));
  protected readonly height = computed(() => Math.max(160, this.sector().domains.length * 56 + 60));
  protected readonly summary = computed(() => {
    const { t } = this.i18n;
    const lang = this.lang();
    const sector = this.sector();
    const domains = sector.domains.map((domain) =>
      t('dashboard.sector.summaryItem', {
        domain: domain.title,
        median: formatScore(domain.median, lang),
      }),
    );
    return t('dashboard.sector.summary', {
      count: sector.organisations,
      median: formatScore(sector.overall?.median ?? null, lang),
      list: domains.join('; '),
    });
  });
  /** A new function per language, so ngx-charts redraws its labels when the language changes. */
  protected readonly formatter = computed(() => {
    const lang = this.lang();
    return (value: number) => formatScore(value, lang);
  });
}
