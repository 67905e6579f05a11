import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** Why the API refused to submit: its message and the criteria still open. */
export interface SubmitRefusal {
  message: string;
  missing: string[];
  unconfirmed: string[];
}

/** The submit button of a round, and what is still missing when the API refuses. */
@Component({
  selector: 'lk-submit-panel',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './submit-panel.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmitPanelComponent {
  readonly roundId = input.required<string>();
  readonly answered = input.required<number>();
  readonly total = input.required<number>();
  readonly busy = input(false);
  readonly refusal = input<SubmitRefusal | null>(null);
  readonly submitRequested = output<void>();
}
