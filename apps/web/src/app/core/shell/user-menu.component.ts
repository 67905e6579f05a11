import { MemberRole, UserSummary } from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** A disclosure with who is signed in, changing the password and logging out; Escape and clicking outside close it. */
@Component({
  selector: 'lk-user-menu',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './user-menu.component.html',
  styleUrl: './user-menu.component.scss',
  host: {
    class: 'user-menu',
    '(document:click)': 'closeOnOutsideClick($event)',
    '(keydown.escape)': 'closeAndFocus($event)',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenuComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly user = input.required<UserSummary>();
  readonly role = input<MemberRole | null>(null);
  readonly loggedOut = output<void>();

  protected readonly open = signal(false);

  protected toggle(): void {
    this.open.update((open) => !open);
  }

  protected logout(): void {
    this.open.set(false);
    this.loggedOut.emit();
  }

  protected closeAndFocus(event?: Event): void {
    if (this.open()) {
      // Only this disclosure closes, not the phone menu around it.
      event?.stopPropagation();
      this.open.set(false);
      this.host.nativeElement.querySelector<HTMLElement>('button')?.focus();
    }
  }

  protected closeOnOutsideClick(event: MouseEvent): void {
    if (this.open() && !this.host.nativeElement.contains(event.target as Node)) {
      this.open.set(false);
    }
  }
}
