import { PeerGap, PeerJudgement } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { GAP_ICONS, JUDGEMENT_ICONS } from '../peer-judgement';

/** A peer judgement (or, with `gap`, a self-vs-peer gap) as icon and word. */
@Component({
  selector: 'lk-judgement-label',
  imports: [TranslocoPipe],
  template: `
    <span class="judgement-label__icon" aria-hidden="true">{{ icon() }}</span>
    {{ textKey() | transloco }}
  `,
  host: { '[class]': "'judgement-label judgement-label--' + modifier()" },
  styles: `
    @use 'tokens' as *;

    :host {
      display: inline-flex;
      align-items: baseline;
      gap: $space-1;
      font-weight: 700;
    }

    .judgement-label__icon {
      display: inline-grid;
      flex: none;
      place-items: center;
      width: 1.25em;
      height: 1.25em;
      border: 1.5px solid currentcolor;
      border-radius: 50%;
      font-size: 0.8em;
      line-height: 1;
    }

    :host(.judgement-label--meets),
    :host(.judgement-label--agrees) {
      color: $color-success;
    }

    :host(.judgement-label--partly-meets),
    :host(.judgement-label--peer-higher) {
      color: $color-warning-ink;
    }

    :host(.judgement-label--does-not-meet),
    :host(.judgement-label--peer-lower) {
      color: $color-danger;
    }

    :host(.judgement-label--not-assessed),
    :host(.judgement-label--none) {
      color: $color-ink-muted;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JudgementLabelComponent {
  readonly judgement = input<PeerJudgement | null>(null);
  /** When set, shows the gap instead of a judgement. */
  readonly gap = input<PeerGap | null>(null);

  protected readonly modifier = computed(() => this.gap() ?? this.judgement() ?? 'none');
  protected readonly icon = computed(() => {
    const gap = this.gap();
    return gap ? GAP_ICONS[gap] : JUDGEMENT_ICONS[this.judgement() ?? 'none'];
  });
  protected readonly textKey = computed(() => {
    const gap = this.gap();
    return gap ? `reviews.gap.${gap}` : `reviews.judgement.${this.judgement() ?? 'none'}`;
  });
}
