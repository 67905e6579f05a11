import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { ApiError, toUserMessage } from '../../../core/http/api-error';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { AccountApiService } from '../data-access/account-api.service';

type State = 'ready' | 'busy' | 'confirmed' | 'invalid' | 'failed';

/**
 * The page the link in the mail to the new address opens. Confirming takes a click, not the
 * opening alone: mail scanners open links too.
 */
@Component({
  selector: 'lk-confirm-email-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent],
  templateUrl: './confirm-email-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmEmailPageComponent {
  private readonly api = inject(AccountApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);

  /** From the mailed link's `?token=`. */
  readonly token = input<string>();

  private readonly outcome = signal<State>('ready');
  protected readonly state = computed<State>(() => (this.token() ? this.outcome() : 'invalid'));
  protected readonly error = signal<string | null>(null);

  protected async confirm(): Promise<void> {
    const token = this.token();
    if (!token || this.outcome() === 'busy') {
      return;
    }
    this.outcome.set('busy');
    this.error.set(null);
    try {
      await firstValueFrom(this.api.confirmEmail(token));
      this.outcome.set('confirmed');
      await this.session.refresh();
    } catch (error) {
      const expired = error instanceof ApiError && error.type === '/problems/email-change-invalid';
      this.outcome.set(expired ? 'invalid' : 'failed');
      this.error.set(toUserMessage(error, (key) => this.transloco.translate(key)));
    }
  }
}
