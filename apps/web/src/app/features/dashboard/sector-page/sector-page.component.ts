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
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { SectorApiService } from '../data-access/sector-api.service';
import { SectorChartComponent } from '../sector-chart/sector-chart.component';

/**
 * Anonymised readiness across the sector, per rubric version, for the label owner. The API leaves
 * out every group under the minimum size; this page only says so.
 */
@Component({
  selector: 'lk-sector-page',
  imports: [TranslocoPipe, LiveMessageComponent, SectorChartComponent],
  template: `
    <header class="page-header">
      <p class="eyebrow">{{ 'dashboard.sector.eyebrow' | transloco }}</p>
      <h1>{{ 'dashboard.sector.title' | transloco }}</h1>
      <p>{{ 'dashboard.sector.intro' | transloco }}</p>
    </header>
    <lk-live-message [message]="error()" kind="error" />
    @if (sectors.isLoading() && !sectors.hasValue()) {
      <p role="status">{{ 'common.loading' | transloco }}</p>
    }
    @if (sectors.hasValue()) {
      <div class="stack">
        @for (sector of sectors.value(); track sector.rubricId + sector.rubricVersion) {
          @if (sector.suppressed) {
            <section class="card" [attr.aria-labelledby]="'suppressed-' + $index">
              <h2 class="card__title" [id]="'suppressed-' + $index">
                {{
                  'dashboard.sector.chartTitle'
                    | transloco: { version: sector.rubricId + ' ' + sector.rubricVersion }
                }}
              </h2>
              <p class="notice">
                {{
                  'dashboard.sector.suppressed' | transloco: { minimum: sector.minimumGroupSize }
                }}
              </p>
            </section>
          } @else {
            <lk-sector-chart [sector]="sector" />
          }
        } @empty {
          <p class="notice">{{ 'dashboard.sector.empty' | transloco }}</p>
        }
      </div>
    }
  `,
  styleUrl: '../dashboard-print.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SectorPageComponent {
  private readonly api = inject(SectorApiService);
  private readonly transloco = inject(TranslocoService);

  protected readonly sectors = rxResource({ stream: () => this.api.readiness() });
  protected readonly error = computed(() => {
    const error = this.sectors.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
}
