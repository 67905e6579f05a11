import { CriterionChange, TrendPoint } from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { RoundDashboardApiService } from '../data-access/round-dashboard-api.service';
import { StatusLabelComponent } from '../status-label/status-label.component';

export const CHANGES: CriterionChange[] = ['improved', 'declined', 'unchanged', 'added', 'removed'];

/** Arrows and signs, so a change reads without colour. */
export const CHANGE_ICONS: Record<CriterionChange, string> = {
  improved: '▲',
  declined: '▼',
  unchanged: '=',
  added: '+',
  removed: '−',
};

interface Pair {
  from: string;
  to: string;
}

/** Two rounds side by side: per criterion what changed, with the rationale of each round. */
@Component({
  selector: 'lk-round-comparison',
  imports: [ReactiveFormsModule, TranslocoPipe, LiveMessageComponent, StatusLabelComponent],
  templateUrl: './round-comparison.component.html',
  styleUrl: './round-comparison.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundComparisonComponent {
  private readonly api = inject(RoundDashboardApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly changes = CHANGES;
  protected readonly icons = CHANGE_ICONS;
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  /** Oldest first, as the trend lists them. */
  readonly rounds = input.required<TrendPoint[]>();

  protected readonly form = new FormGroup({
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });
  /** Narrows the table without leaving the page. */
  protected readonly filter = new FormControl<CriterionChange | 'all'>('all', {
    nonNullable: true,
  });
  private readonly pair = signal<Pair | null>(null);
  protected readonly sameRound = signal(false);
  protected readonly shown = toSignal(this.filter.valueChanges, {
    initialValue: this.filter.value,
  });

  protected readonly comparison = rxResource({
    params: () => this.pair() ?? undefined,
    stream: ({ params }) => this.api.comparison(params.to, params.from),
  });
  protected readonly criteria = computed(() => {
    if (!this.comparison.hasValue()) {
      return [];
    }
    const shown = this.shown();
    const all = this.comparison.value().criteria;
    return shown === 'all' ? all : all.filter((criterion) => criterion.change === shown);
  });
  protected readonly error = computed(() => {
    const error = this.comparison.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  constructor() {
    // The two latest rounds are compared first; the form then picks any pair.
    effect(() => {
      const rounds = this.rounds();
      if (rounds.length < 2 || this.pair()) {
        return;
      }
      const pair = {
        from: rounds[rounds.length - 2].roundId,
        to: rounds[rounds.length - 1].roundId,
      };
      this.form.patchValue(pair);
      this.pair.set(pair);
    });
  }

  protected compare(): void {
    const { from, to } = this.form.getRawValue();
    this.sameRound.set(from === to);
    if (from && to && from !== to) {
      this.pair.set({ from, to });
    }
  }
}
