import { SubmissionChecks } from '@labelklaar/domain';

import { DIALOG_DATA, DialogRef } from '@angular/cdk/dialog';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

export interface SubmitDialogData {
  roundId: string;
  result: SubmissionChecks;
}

/**
 * The submission dialog: what the checks found, in plain words, before the irreversible step.
 * While a blocking check fails there is no submit button, only the list of what to do.
 */
@Component({
  selector: 'lk-submit-dialog',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './submit-dialog.component.html',
  host: { class: 'dialog dialog--wide' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmitDialogComponent {
  private readonly dialogRef = inject<DialogRef<boolean>>(DialogRef);
  protected readonly data = inject<SubmitDialogData>(DIALOG_DATA);
  protected readonly blocking = computed(() =>
    this.data.result.checks.filter((check) => check.severity === 'blocking'),
  );
  protected readonly warnings = computed(() =>
    this.data.result.checks.filter((check) => check.severity === 'warning'),
  );

  /** Every item belongs to a criterion; an action is shown on its criterion's page. */
  protected link(criterionCode: string): string[] {
    return ['/rounds', this.data.roundId, 'criteria', criterionCode];
  }

  protected close(confirmed: boolean): void {
    this.dialogRef.close(confirmed);
  }
}
