import type { CriterionStatus } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** A symbol per status, so a status reads without its colour (and in black-and-white print). */
const STATUS_ICONS: Record<CriterionStatus, string> = {
  met: '✓',
  gap: '✗',
  'not-scored': '○',
  'not-applicable': '–',
  'evidence-missing': '!',
  'evidence-expired': '!',
};

/** A criterion's status as icon and word. */
@Component({
  selector: 'lk-status-label',
  imports: [TranslocoPipe],
  template: `
    <span class="status-label__icon" aria-hidden="true">{{ icon() }}</span>
    {{ 'rounds.criterionStatus.' + status() | transloco }}
  `,
  host: { '[class]': "'status-label status-label--' + status()" },
  styles: `
    @use 'tokens' as *;

    :host {
      display: inline-flex;
      align-items: baseline;
      gap: $space-1;
      font-weight: 700;
      white-space: nowrap;
    }

    .status-label__icon {
      display: inline-block;
      min-width: 1em;
      text-align: center;
    }

    :host(.status-label--met) {
      color: $color-success;
    }

    :host(.status-label--gap),
    :host(.status-label--evidence-missing) {
      color: $color-warning-ink;
    }

    :host(.status-label--evidence-expired) {
      color: $color-danger;
    }

    :host(.status-label--not-scored),
    :host(.status-label--not-applicable) {
      color: $color-ink-muted;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusLabelComponent {
  readonly status = input.required<CriterionStatus>();
  protected readonly icon = computed(() => STATUS_ICONS[this.status()]);
}
