import { DIALOG_DATA, DialogRef } from '@angular/cdk/dialog';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

export interface ConfirmDialogData {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
}

@Component({
  selector: 'lk-confirm-dialog',
  template: `
    <h2 class="dialog__title" id="lk-confirm-title">{{ data.title }}</h2>
    <p class="dialog__message" id="lk-confirm-message">{{ data.message }}</p>
    <div class="dialog__actions">
      <button type="button" class="button button--secondary" (click)="close(false)">
        {{ data.cancelLabel }}
      </button>
      <button type="button" class="button button--danger" (click)="close(true)">
        {{ data.confirmLabel }}
      </button>
    </div>
  `,
  host: { class: 'dialog' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialogComponent {
  private readonly dialogRef = inject<DialogRef<boolean>>(DialogRef);
  protected readonly data = inject<ConfirmDialogData>(DIALOG_DATA);

  protected close(confirmed: boolean): void {
    this.dialogRef.close(confirmed);
  }
}
