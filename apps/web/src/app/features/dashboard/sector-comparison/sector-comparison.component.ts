import type { SectorReadiness } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { injectDashboardI18n } from '../dashboard-i18n';
import { sectorComparisonLines } from './sector-comparison-lines';

/**
 * Which version a rubric's sector figures are compared on, and how the other versions count:
 * through the mapping, or not at all. The basis can be changed. A suppressed group says nothing
 * about its size.
 */
@Component({
  selector: 'lk-sector-comparison',
  imports: [TranslocoPipe],
  template: `
    <div class="sector-comparison">
      <label class="label" [for]="selectId()">
        {{ 'dashboard.sector.basisLabel' | transloco }}
      </label>
      <select class="select select--compact" [id]="selectId()" (change)="choose($event)">
        @for (use of sector().versions; track use.version) {
          <option [value]="use.version" [selected]="use.version === sector().rubricVersion">
            {{ use.version }}
          </option>
        }
      </select>
      @if (!sector().suppressed) {
        <ul class="sector-comparison__notes">
          @for (line of lines(); track $index) {
            <li>{{ line }}</li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .sector-comparison {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
      margin-block-end: 1rem;
    }
    .sector-comparison__notes {
      flex-basis: 100%;
      margin: 0;
      padding-inline-start: 1.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SectorComparisonComponent {
  private readonly i18n = injectDashboardI18n();

  readonly sector = input.required<SectorReadiness>();
  readonly basisChange = output<string>();

  protected readonly selectId = computed(() =>
    `sector-basis-${this.sector().rubricId}`.replace(/[^\w-]/g, '-'),
  );
  protected readonly lines = computed(() => sectorComparisonLines(this.sector(), this.i18n.t));

  protected choose(event: Event): void {
    this.basisChange.emit((event.target as HTMLSelectElement).value);
  }
}
