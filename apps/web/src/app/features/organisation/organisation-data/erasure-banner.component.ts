import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { OrganisationDeletionStore } from '../data-access/organisation-deletion.store';

/** On every page while the organisation is to be erased: the day, and for quality officers the undo. */
@Component({
  selector: 'lk-erasure-banner',
  imports: [TranslocoPipe, RouterLink],
  template: `
    @if (dueDay(); as day) {
      <aside class="notice notice--warning erasure-banner" aria-labelledby="erasure-banner-title">
        <strong id="erasure-banner-title">{{ 'organisationData.banner.title' | transloco }}</strong>
        {{ 'organisationData.banner.text' | transloco: { day } }}
        @if (canUndo()) {
          <a routerLink="/members" fragment="organisation-data">
            {{ 'organisationData.banner.link' | transloco }}
          </a>
        }
      </aside>
    }
  `,
  styles: `
    .erasure-banner {
      display: block;
      margin-block-end: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErasureBannerComponent {
  private readonly store = inject(OrganisationDeletionStore);
  private readonly permissions = inject(PermissionsStore);
  private readonly language = inject(LanguageService);

  protected readonly canUndo = computed(() => this.permissions.can('organisation.delete'));
  protected readonly dueDay = computed(() => {
    const deletion = this.store.deletion();
    return deletion
      ? new Intl.DateTimeFormat(this.language.active() === 'en' ? 'en-GB' : 'nl-NL', {
          dateStyle: 'long',
          timeZone: 'Europe/Amsterdam',
        }).format(new Date(deletion.dueAt))
      : null;
  });
}
