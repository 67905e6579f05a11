import { RubricVersion } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { Selection } from '../draft-editing/draft-editing';

export interface OutlineMove {
  domain: number;
  criterion?: number;
  delta: -1 | 1;
}

/**
 * The draft's domains and criteria in order: choose one to edit, move it up or down (buttons, so
 * by keyboard too), add a criterion or a domain. Presentational.
 */
@Component({
  selector: 'lk-draft-outline',
  imports: [TranslocoPipe],
  templateUrl: './draft-outline.component.html',
  styleUrl: './draft-outline.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DraftOutlineComponent {
  readonly content = input.required<RubricVersion>();
  readonly selection = input.required<Selection>();
  /** Violations per part: `version`, `d0`, `d0c3`. */
  readonly problemCounts = input<Record<string, number>>({});
  readonly canAddDomain = input(true);
  /** The version the draft maps to; null: it continues none, there is no mapping. */
  readonly mappingVersion = input<string | null>(null);
  readonly selected = output<Selection>();
  readonly moved = output<OutlineMove>();
  readonly criterionAdded = output<number>();
  readonly domainAdded = output<void>();

  protected isSelected(domain?: number | 'mapping', criterion?: number): boolean {
    const selection = this.selection();
    if (domain === undefined) {
      return selection.kind === 'version';
    }
    if (domain === 'mapping') {
      return selection.kind === 'mapping';
    }
    if (criterion === undefined) {
      return selection.kind === 'domain' && selection.domain === domain;
    }
    return (
      selection.kind === 'criterion' &&
      selection.domain === domain &&
      selection.criterion === criterion
    );
  }
}
