import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { OrganisationApiService } from '../data-access/organisation-api.service';
import { OrganisationDeletionStore } from '../data-access/organisation-deletion.store';

/**
 * "Gegevens van de organisatie": the quality officer downloads everything as one ZIP, asks to
 * erase the organisation (typing its name) and sees the day it goes, or undoes the request.
 */
@Component({
  selector: 'lk-organisation-data',
  imports: [TranslocoPipe, LiveMessageComponent, ReactiveFormsModule],
  templateUrl: './organisation-data.component.html',
  styles: `
    @use 'tokens' as *;

    .organisation-data__subtitle {
      margin-block: $space-6 $space-2;
      font-size: 1.0625rem;
    }

    .notice {
      margin-block-end: $space-3;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationDataComponent {
  private readonly api = inject(OrganisationApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly deletionStore = inject(OrganisationDeletionStore);

  protected readonly organisation = this.deletionStore.organisation;
  protected readonly confirmation = new FormControl('', { nonNullable: true });
  protected readonly busy = signal(false);
  protected readonly message = signal<{ kind: 'success' | 'error'; text: string } | null>(null);
  protected readonly dueDay = computed(() => {
    const deletion = this.deletionStore.deletion();
    return deletion
      ? new Intl.DateTimeFormat(this.language.active() === 'en' ? 'en-GB' : 'nl-NL', {
          dateStyle: 'long',
          timeZone: 'Europe/Amsterdam',
        }).format(new Date(deletion.dueAt))
      : null;
  });

  protected async requestDeletion(): Promise<void> {
    await this.act(async () => {
      await firstValueFrom(this.api.requestDeletion(this.confirmation.value));
      this.confirmation.reset();
      return 'organisationData.deletion.requested';
    });
  }

  protected async undoDeletion(): Promise<void> {
    await this.act(async () => {
      await firstValueFrom(this.api.undoDeletion());
      return 'organisationData.deletion.undone';
    });
  }

  private async act(run: () => Promise<string>): Promise<void> {
    this.busy.set(true);
    this.message.set(null);
    try {
      const key = await run();
      this.deletionStore.reload();
      this.message.set({ kind: 'success', text: this.transloco.translate(key) });
    } catch (error) {
      this.message.set({
        kind: 'error',
        text: toUserMessage(error, (key) => this.transloco.translate(key)),
      });
    } finally {
      this.busy.set(false);
    }
  }
}
