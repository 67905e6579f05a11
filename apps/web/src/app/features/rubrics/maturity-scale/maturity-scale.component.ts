import { MaturityLevel } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** The levels of a criterion's maturity scale, with the level that counts as met marked in text. */
@Component({
  selector: 'lk-maturity-scale',
  imports: [TranslocoPipe],
  templateUrl: './maturity-scale.component.html',
  styleUrl: './maturity-scale.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MaturityScaleComponent {
  readonly levels = input.required<MaturityLevel[]>();
  readonly metLevel = input.required<number>();
  /** Language of the level names and descriptors (the rubric's own wording). */
  readonly contentLang = input<string | null>(null);
}
