import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  contentChild,
  input,
  signal,
  TemplateRef,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * A chart in a card with its text summary and a table alternative. The button switches which
 * view shows on screen; print always shows the table (charts are sized for a screen, tables fit
 * A4). The chart is drawn anew each time it shows, so it takes the size of its container then;
 * it is hidden from assistive technology, which gets the summary and the table instead.
 *
 * ```html
 * <lk-chart-panel panelId="domains" [heading]="…" [summary]="…">
 *   <ng-template #chart><ngx-charts-bar-horizontal … /></ng-template>
 *   <table lkTable class="table">…</table>
 * </lk-chart-panel>
 * ```
 */
@Component({
  selector: 'lk-chart-panel',
  imports: [NgTemplateOutlet, TranslocoPipe],
  templateUrl: './chart-panel.component.html',
  styleUrl: './chart-panel.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartPanelComponent {
  readonly panelId = input.required<string>();
  readonly heading = input.required<string>();
  readonly summary = input.required<string>();
  /** Height of the chart area in pixels; ngx-charts sizes itself to its container. */
  readonly chartHeight = input(280);
  /** Without data to draw (say, one point of a line) only the table is offered. */
  readonly hasChart = input(true);

  protected readonly chart = contentChild('chart', { read: TemplateRef });
  protected readonly showTable = signal(false);

  protected toggle(): void {
    this.showTable.update((table) => !table);
  }
}
