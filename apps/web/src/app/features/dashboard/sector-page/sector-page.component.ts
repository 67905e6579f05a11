import { SectorReadiness } from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  linkedSignal,
  signal,
  ViewEncapsulation,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { forkJoin, map } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { SectorApiService } from '../data-access/sector-api.service';
import { SectorChartComponent } from '../sector-chart/sector-chart.component';
import { SectorComparisonComponent } from '../sector-comparison/sector-comparison.component';

/**
 * Anonymised readiness across the sector, per rubric compared on one version, for the label
 * owner. The API leaves out every group under the minimum size; this page only says so.
 */
@Component({
  selector: 'lk-sector-page',
  imports: [TranslocoPipe, LiveMessageComponent, SectorChartComponent, SectorComparisonComponent],
  template: `
    <header class="page-header">
      <p class="eyebrow">{{ 'dashboard.sector.eyebrow' | transloco }}</p>
      <h1>{{ 'dashboard.sector.title' | transloco }}</h1>
      <p>{{ 'dashboard.sector.intro' | transloco }}</p>
    </header>
    <lk-live-message [message]="error()" kind="error" />
    @if (sectors.isLoading() && shown() === undefined) {
      <p role="status">{{ 'common.loading' | transloco }}</p>
    }
    @if (shown(); as shownSectors) {
      <div class="stack">
        @for (sector of shownSectors; track sector.rubricId) {
          @if (sector.suppressed) {
            <section class="card" [attr.aria-labelledby]="'suppressed-' + $index">
              <h2 class="card__title" [id]="'suppressed-' + $index">
                {{
                  'dashboard.sector.chartTitle'
                    | transloco: { version: sector.rubricId + ' ' + sector.rubricVersion }
                }}
              </h2>
              <lk-sector-comparison
                [sector]="sector"
                (basisChange)="choose(sector.rubricId, $event)"
              />
              <p class="notice">
                {{
                  'dashboard.sector.suppressed' | transloco: { minimum: sector.minimumGroupSize }
                }}
              </p>
            </section>
          } @else {
            <lk-sector-chart [sector]="sector">
              <lk-sector-comparison
                [sector]="sector"
                (basisChange)="choose(sector.rubricId, $event)"
              />
            </lk-sector-chart>
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

  /** The basis version the user picked, by rubric id; the others use the newest in use. */
  private readonly chosen = signal<Readonly<Record<string, string>>>({});
  protected readonly sectors = rxResource({
    params: () => this.chosen(),
    stream: ({ params }) =>
      forkJoin([
        this.api.readiness(),
        ...Object.entries(params).map(([rubricId, version]) =>
          this.api.readiness({ rubricId, version }),
        ),
      ]).pipe(
        map(([all, ...picked]) =>
          all.map(
            (sector) => picked.flat().find((item) => item.rubricId === sector.rubricId) ?? sector,
          ),
        ),
      ),
  });
  /** The last figures stay on screen while another basis loads, so the select keeps its focus. */
  protected readonly shown = linkedSignal<
    SectorReadiness[] | undefined,
    SectorReadiness[] | undefined
  >({
    source: () => (this.sectors.hasValue() ? this.sectors.value() : undefined),
    computation: (next, previous) => next ?? previous?.value,
  });
  protected readonly error = computed(() => {
    const error = this.sectors.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  protected choose(rubricId: string, version: string): void {
    this.chosen.update((chosen) => ({ ...chosen, [rubricId]: version }));
  }
}
