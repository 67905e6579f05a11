import { UnsubscribeTopic } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { NotificationsApiService } from '../data-access/notifications-api.service';

type State = 'checking' | 'ask' | 'done' | 'invalid';

/**
 * The unsubscribe link of a mail. It asks before it switches off: mail scanners open links,
 * and a GET that unsubscribed would turn mail off nobody asked to stop.
 */
@Component({
  selector: 'lk-unsubscribe-page',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './unsubscribe-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnsubscribePageComponent {
  private readonly api = inject(NotificationsApiService);

  readonly token = input<string>('');

  protected readonly state = signal<State>('checking');
  protected readonly category = signal<UnsubscribeTopic | null>(null);

  constructor() {
    effect(() => {
      const token = this.token();
      if (!token) {
        this.state.set('invalid');
        return;
      }
      this.api.describeUnsubscribe(token).subscribe({
        next: (result) => {
          this.category.set(result.category);
          this.state.set(result.delivery === 'off' ? 'done' : 'ask');
        },
        error: () => this.state.set('invalid'),
      });
    });
  }

  protected confirm(): void {
    this.api.unsubscribe(this.token()).subscribe({
      next: () => this.state.set('done'),
      error: () => this.state.set('invalid'),
    });
  }
}
