import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  ViewEncapsulation,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { DashboardNavComponent } from '../dashboard-nav/dashboard-nav.component';
import { OrganisationTrendApiService } from '../data-access/organisation-trend-api.service';
import { RoundComparisonComponent } from '../round-comparison/round-comparison.component';
import { TrendChartComponent } from '../trend-chart/trend-chart.component';

/** How readiness developed over the organisation's rounds, and what changed between two of them. */
@Component({
  selector: 'lk-trend-page',
  imports: [
    TranslocoPipe,
    LiveMessageComponent,
    DashboardNavComponent,
    RoundComparisonComponent,
    TrendChartComponent,
  ],
  template: `
    <lk-dashboard-nav />
    <header class="page-header">
      <p class="eyebrow">{{ 'dashboard.round.eyebrow' | transloco }}</p>
      <h1>{{ 'dashboard.trend.title' | transloco }}</h1>
      <p>{{ 'dashboard.trend.intro' | transloco }}</p>
    </header>
    <lk-live-message [message]="error()" kind="error" />
    @if (trend.isLoading() && !trend.hasValue()) {
      <p role="status">{{ 'common.loading' | transloco }}</p>
    }
    @if (trend.hasValue()) {
      <div class="stack">
        <lk-trend-chart [trend]="trend.value()" />
        <lk-round-comparison [rounds]="trend.value().rounds" />
      </div>
    }
  `,
  styleUrl: '../dashboard-print.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendPageComponent {
  private readonly api = inject(OrganisationTrendApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly session = inject(SessionStore);

  protected readonly trend = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.api.trend(),
  });
  protected readonly error = computed(() => {
    const error = this.trend.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
}
