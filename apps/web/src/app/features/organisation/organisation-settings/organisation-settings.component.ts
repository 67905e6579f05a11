import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { OrganisationApiService } from '../data-access/organisation-api.service';
import { OrganisationDeletionStore } from '../data-access/organisation-deletion.store';

/** The quality officer's settings of the organisation: whether a round needs a vaststelling. */
@Component({
  selector: 'lk-organisation-settings',
  imports: [TranslocoPipe, LiveMessageComponent],
  template: `
    <section class="card" aria-labelledby="organisation-settings-title">
      <h2 id="organisation-settings-title" class="card__title">
        {{ 'organisationSettings.title' | transloco }}
      </h2>
      @if (organisation(); as current) {
        <label class="checkbox-field">
          <input
            type="checkbox"
            data-testid="sign-off-required"
            [checked]="current.signOffRequired"
            [disabled]="busy()"
            (change)="toggle($event)"
            aria-describedby="organisation-settings-sign-off-hint"
          />
          {{ 'organisationSettings.signOffRequired' | transloco }}
        </label>
        <p id="organisation-settings-sign-off-hint" class="form-field__hint">
          {{ 'organisationSettings.signOffRequiredHint' | transloco }}
        </p>
      }
      <lk-live-message [message]="message()?.text" [kind]="message()?.kind ?? 'info'" />
    </section>
  `,
  styles: `
    @use 'tokens' as *;

    .checkbox-field {
      display: flex;
      gap: $space-3;
      align-items: flex-start;
      font-weight: 600;

      input {
        flex-shrink: 0;
        inline-size: 1.125rem;
        block-size: 1.125rem;
        margin: 0.2rem 0 0;
      }
    }

    // Under the label's text, not under the box.
    .form-field__hint {
      margin: $space-2 0 $space-3;
      padding-inline-start: 1.125rem + 0.75rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationSettingsComponent {
  private readonly api = inject(OrganisationApiService);
  private readonly transloco = inject(TranslocoService);

  private readonly store = inject(OrganisationDeletionStore);

  protected readonly organisation = this.store.organisation;
  protected readonly busy = signal(false);
  protected readonly message = signal<{ kind: 'success' | 'error'; text: string } | null>(null);

  protected async toggle(event: Event): Promise<void> {
    const checkbox = event.target as HTMLInputElement;
    this.busy.set(true);
    this.message.set(null);
    try {
      const organisation = await firstValueFrom(
        this.api.updateSettings({ signOffRequired: checkbox.checked }),
      );
      this.store.replace(organisation);
      this.message.set({
        kind: 'success',
        text: this.transloco.translate(
          organisation.signOffRequired
            ? 'organisationSettings.savedOn'
            : 'organisationSettings.savedOff',
        ),
      });
    } catch (error) {
      checkbox.checked = !checkbox.checked;
      this.message.set({
        kind: 'error',
        text: toUserMessage(error, (key) => this.transloco.translate(key)),
      });
    } finally {
      this.busy.set(false);
    }
  }
}
