import { Member } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { CriterionRow, DomainSection } from '../round-view';

export interface OwnerChange {
  code: string;
  memberId: string | null;
}

/** The criteria of one domain with status, owner, level and evidence flags. */
@Component({
  selector: 'lk-round-criteria-table',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './round-criteria-table.component.html',
  styleUrl: './round-criteria-table.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundCriteriaTableComponent {
  readonly domain = input.required<DomainSection>();
  readonly roundId = input.required<string>();
  /** Members who may own a criterion; with `canAssign` each row gets an owner select. */
  readonly owners = input<Member[]>([]);
  readonly canAssign = input(false);
  readonly ownerChanged = output<OwnerChange>();
  /** Whether the person may confirm this row's carried-over answer as it stands ("Klopt nog"). */
  readonly canConfirm = input<(row: CriterionRow) => boolean>(() => false);
  /** The code of the answer being confirmed now, if any. */
  readonly confirming = input<string | null>(null);
  readonly confirmRequested = output<CriterionRow>();
  /** Codes chosen for a bulk assignment (with `canAssign`): a checkbox per row. */
  readonly selected = input<ReadonlySet<string>>(new Set());
  readonly selectionChanged = output<{ code: string; selected: boolean }>();

  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  protected toggle(row: CriterionRow, event: Event): void {
    this.selectionChanged.emit({
      code: row.code,
      selected: (event.target as HTMLInputElement).checked,
    });
  }

  protected chooseOwner(row: CriterionRow, event: Event): void {
    const memberId = (event.target as HTMLSelectElement).value || null;
    if (memberId !== (row.owner?.memberId ?? null)) {
      this.ownerChanged.emit({ code: row.code, memberId });
    }
  }
}
