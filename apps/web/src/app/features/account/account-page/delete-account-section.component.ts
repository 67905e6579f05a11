import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { AccountApiService } from '../data-access/account-api.service';

/** "Account verwijderen": with the password typed again; afterwards the person is logged out. */
@Component({
  selector: 'lk-account-delete-section',
  imports: [TranslocoPipe, LiveMessageComponent, ReactiveFormsModule],
  template: `
    <section class="card" aria-labelledby="account-delete-title">
      <h2 id="account-delete-title" class="card__title">
        {{ 'accountPage.delete.title' | transloco }}
      </h2>
      <p class="muted">{{ 'accountPage.delete.intro' | transloco }}</p>
      <form class="form" (submit)="$event.preventDefault(); deleteAccount()">
        <div class="form-field">
          <label class="form-field__label" for="account-delete-password">
            {{ 'accountPage.delete.password' | transloco }}
          </label>
          <input
            id="account-delete-password"
            class="input"
            type="password"
            autocomplete="current-password"
            [formControl]="password"
          />
        </div>
        <div class="form__actions">
          <button type="submit" class="button button--danger" [disabled]="busy()">
            {{ 'accountPage.delete.submit' | transloco }}
          </button>
        </div>
      </form>
      <lk-live-message [message]="error()" kind="error" />
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeleteAccountSectionComponent {
  private readonly api = inject(AccountApiService);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);

  protected readonly password = new FormControl('', { nonNullable: true });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async deleteAccount(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.api.deleteAccount(this.password.value));
      this.session.signedOut();
      await this.router.navigateByUrl('/login');
    } catch (error) {
      this.error.set(toUserMessage(error, (key) => this.transloco.translate(key)));
    } finally {
      this.busy.set(false);
    }
  }
}
