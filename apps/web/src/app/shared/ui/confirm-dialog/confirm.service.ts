import { Dialog } from '@angular/cdk/dialog';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { ConfirmDialogComponent, ConfirmDialogData } from './confirm-dialog.component';

/** Asks the user to confirm a destructive step; resolves `true` only on an explicit yes. */
@Injectable({ providedIn: 'root' })
export class ConfirmService {
  private readonly dialog = inject(Dialog);

  async confirm(data: ConfirmDialogData): Promise<boolean> {
    const ref = this.dialog.open<boolean, ConfirmDialogData>(ConfirmDialogComponent, {
      data,
      role: 'alertdialog',
      ariaLabelledBy: 'lk-confirm-title',
      ariaDescribedBy: 'lk-confirm-message',
      autoFocus: 'first-tabbable',
      restoreFocus: true,
      panelClass: 'dialog-panel',
      backdropClass: 'dialog-backdrop',
    });
    return (await firstValueFrom(ref.closed)) === true;
  }
}
