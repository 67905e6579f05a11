import { CriterionMapping, rubricCriteria, RubricVersion } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { droppedCodes, mappingProblemMessages, MappingRow, mappingRows } from './mapping-rows';

/** The value of the first choice of a row for "a new criterion" (previousCodes: []). */
export const NEW_CRITERION = 'new';

/**
 * How the draft continues the version before it, one row per criterion: the earlier criterion
 * (or several: merged) it continues, or new; the kind follows from the choices (classifyMapping),
 * the earlier criteria no row names are dropped. The proposal (codes and title similarity) is
 * shown per row for the admin to take over or change. Presentational.
 */
@Component({
  selector: 'lk-mapping-panel',
  imports: [TranslocoPipe, FieldErrorComponent],
  templateUrl: './mapping-panel.component.html',
  styleUrl: './mapping-panel.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MappingPanelComponent {
  readonly previous = input.required<RubricVersion>();
  readonly content = input.required<RubricVersion>();
  readonly proposal = input<CriterionMapping[] | null>(null);
  readonly proposalLoading = input(false);
  readonly entryChanged = output<CriterionMapping>();
  readonly proposalRequested = output<void>();
  readonly proposalAccepted = output<CriterionMapping[]>();
  readonly pruned = output<void>();

  protected readonly newValue = NEW_CRITERION;
  protected readonly earlier = computed(() =>
    rubricCriteria(this.previous()).map(({ criterion }) => criterion),
  );
  protected readonly rows = computed(() =>
    mappingRows(this.previous(), this.content(), this.proposal()),
  );
  protected readonly dropped = computed(() => {
    const titles = new Map(this.earlier().map((item) => [item.code, item.title]));
    return droppedCodes(this.previous(), this.content()).map((code) => ({
      code,
      title: titles.get(code) ?? '',
    }));
  });
  protected readonly problems = computed(() =>
    mappingProblemMessages(this.previous(), this.content()),
  );
  protected readonly hasStale = computed(() => {
    const codes = new Set(rubricCriteria(this.content()).map(({ criterion }) => criterion.code));
    return (this.content().mapping ?? []).some((entry) => !codes.has(entry.code));
  });
  protected readonly differing = computed(() => this.rows().filter((row) => row.differs).length);

  protected titleOf(code: string): string {
    return this.earlier().find((item) => item.code === code)?.title ?? '';
  }

  /** The first choice: nothing yet, new, or the first earlier criterion. */
  protected firstChoice(row: MappingRow): string {
    if (row.previousCodes === null) {
      return '';
    }
    return row.previousCodes[0] ?? NEW_CRITERION;
  }

  protected chooseFirst(row: MappingRow, value: string): void {
    const rest = (row.previousCodes ?? []).slice(1);
    if (value === '') {
      return;
    }
    const codes = value === NEW_CRITERION ? [] : [value, ...rest.filter((code) => code !== value)];
    this.entryChanged.emit({ code: row.code, previousCodes: codes });
  }

  protected chooseMore(row: MappingRow, index: number, value: string): void {
    const codes = [...(row.previousCodes ?? [])];
    codes[index] = value;
    this.entryChanged.emit({ code: row.code, previousCodes: [...new Set(codes)] });
  }

  protected addEarlier(row: MappingRow): void {
    const taken = new Set(row.previousCodes ?? []);
    const free = this.earlier().find((item) => !taken.has(item.code));
    if (free) {
      this.entryChanged.emit({ code: row.code, previousCodes: [...taken, free.code] });
    }
  }

  protected removeEarlier(row: MappingRow, index: number): void {
    const codes = (row.previousCodes ?? []).filter((_, i) => i !== index);
    this.entryChanged.emit({ code: row.code, previousCodes: codes });
  }

  protected takeProposal(row: MappingRow): void {
    if (row.proposal) {
      this.entryChanged.emit({ code: row.code, previousCodes: [...row.proposal.previousCodes] });
    }
  }

  protected takeAll(): void {
    this.proposalAccepted.emit(
      this.rows().map((row) => ({
        code: row.code,
        previousCodes: [...(row.proposal?.previousCodes ?? row.previousCodes ?? [])],
      })),
    );
  }

  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
}
