import { ChangeDetectionStrategy, Component } from '@angular/core';

import { ShellComponent } from './core/shell/shell.component';

@Component({
  selector: 'lk-root',
  imports: [ShellComponent],
  template: '<lk-shell />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppComponent {}
