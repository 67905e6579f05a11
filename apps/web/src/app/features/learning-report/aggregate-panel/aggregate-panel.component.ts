import type { AuthoredAggregate } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { BarChartModule } from '@swimlane/ngx-charts';

import { BAR_SCHEME } from '../../../shared/ui/charts/chart-colors';
import { ChartPanelComponent } from '../../../shared/ui/charts/chart-panel/chart-panel.component';
import { injectDashboardI18n } from '../../dashboard/dashboard-i18n';

/**
 * One count over authored items (reflections, check-in answers) as a bar chart with its table;
 * when it rests on too few authors, the plain notice that it is not shown and why.
 */
@Component({
  selector: 'lk-aggregate-panel',
  imports: [TranslocoPipe, BarChartModule, ChartPanelComponent],
  template: `
    @let data = aggregate();
    @if (data.isShown && data.buckets.length > 0) {
      <lk-chart-panel
        [panelId]="panelId()"
        [heading]="heading()"
        [summary]="summary()"
        [chartHeight]="chartHeight()"
      >
        <ng-template #chart>
          <ngx-charts-bar-horizontal
            [results]="bars()"
            [scheme]="scheme"
            [xAxis]="true"
            [yAxis]="true"
            [xScaleMin]="0"
            [showDataLabel]="true"
            [dataLabelFormatting]="formatCount"
            [xAxisTickFormatting]="formatTick"
            [wrapTicks]="true"
            [maxYAxisTickLength]="18"
            [roundEdges]="false"
            [animations]="false"
          />
        </ng-template>
        <table lkTable class="table">
          <caption>
            {{
              caption()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ keyHeader() }}</th>
              <th scope="col">{{ 'learningReport.table.count' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (bucket of data.buckets; track bucket.key) {
              <tr>
                <th scope="row">{{ label()(bucket.key) }}</th>
                <td>{{ bucket.count }}</td>
              </tr>
            }
          </tbody>
        </table>
        @if (data.hiddenBuckets > 0) {
          <p class="muted aggregate-note">
            {{
              'learningReport.hidden.buckets'
                | transloco: { count: data.hiddenBuckets, min: minAuthors() }
            }}
          </p>
        }
      </lk-chart-panel>
    } @else {
      <section class="card" [attr.aria-labelledby]="panelId() + '-title'">
        <h2 class="card__title" [id]="panelId() + '-title'">{{ heading() }}</h2>
        <p class="muted aggregate-note">
          @if (data.isShown) {
            {{
              'learningReport.hidden.nothing'
                | transloco: { count: data.hiddenBuckets, min: minAuthors() }
            }}
          } @else {
            {{ 'learningReport.hidden.aggregate' | transloco: { min: minAuthors() } }}
          }
        </p>
      </section>
    }
  `,
  styles: `
    .aggregate-note {
      margin: 0.75rem 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AggregatePanelComponent {
  private readonly i18n = injectDashboardI18n();
  protected readonly scheme = BAR_SCHEME;

  readonly panelId = input.required<string>();
  readonly heading = input.required<string>();
  readonly caption = input.required<string>();
  readonly keyHeader = input.required<string>();
  readonly aggregate = input.required<AuthoredAggregate>();
  readonly minAuthors = input.required<number>();
  /** The bucket key as the reader knows it (a model's name, a dilemma's wording). */
  readonly label = input.required<(key: string) => string>();

  protected readonly bars = computed(() =>
    this.aggregate().buckets.map((bucket) => ({
      name: this.label()(bucket.key),
      value: bucket.count,
    })),
  );
  protected readonly chartHeight = computed(() =>
    Math.max(160, 48 + this.aggregate().buckets.length * 40),
  );
  protected readonly summary = computed(() => {
    const { t } = this.i18n;
    const data = this.aggregate();
    // Buckets of check-ins come in period order: the largest is not always the first.
    const top = data.buckets.reduce<(typeof data.buckets)[number] | undefined>(
      (best, bucket) => (!best || bucket.count > best.count ? bucket : best),
      undefined,
    );
    return t('learningReport.aggregate.summary', {
      total: data.total ?? 0,
      top: top ? this.label()(top.key) : '',
      count: top?.count ?? 0,
    });
  });
  protected readonly formatCount = (value: number) => String(value);
  protected readonly formatTick = (value: number) => (Number.isInteger(value) ? String(value) : '');
}
