import { formatNumber, formatPercent } from '@labelklaar/domain';

import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { pluralKey } from '../../../core/i18n/plural';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { OrganisationApiService } from '../data-access/organisation-api.service';

/**
 * Home: where the organisation stands, for the person looking (GET /me/home). The quality officer
 * sees the open rounds and what waits for them, a contributor their own criteria and actions, a
 * manager one line of readiness and blockers per round, the label owner the norm set and sector.
 */
@Component({
  selector: 'lk-home-page',
  imports: [NgTemplateOutlet, RouterLink, TranslocoPipe, LiveMessageComponent, LocalDatePipe],
  templateUrl: './home-page.component.html',
  styleUrl: './home-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePageComponent {
  private readonly organisationApi = inject(OrganisationApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);
  protected readonly session = inject(SessionStore);
  private readonly permissions = inject(PermissionsStore);

  /** Reloads whenever the user switches organisation. */
  protected readonly home = rxResource({
    params: () => ({ organisationId: this.session.activeOrganisationId() ?? 'none' }),
    stream: () => this.organisationApi.home(),
  });
  protected readonly overview = computed(() => (this.home.hasValue() ? this.home.value() : null));
  protected readonly canManageMembers = computed(() => this.permissions.can('members.manage'));
  protected readonly canReadMembers = computed(() => this.permissions.can('members.read'));
  protected readonly canReadTeams = computed(() => this.permissions.can('teams.read'));
  protected readonly error = computed(() => {
    const error = this.home.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  /** "over 3 dagen", "vandaag", "1 dag geleden": Intl plural rules for the UI language. */
  protected days(days: number): string {
    if (days === 0) {
      return this.transloco.translate('homeStatus.today');
    }
    const prefix = days > 0 ? 'homeStatus.inDays.' : 'homeStatus.daysAgo.';
    return this.counted(prefix, Math.abs(days));
  }

  /** A text with a count in its plural form: `prefix` + one/other. */
  protected counted(prefix: string, count: number, params: Record<string, unknown> = {}): string {
    const key = pluralKey(prefix, count, this.language.active());
    return this.transloco.translate(key, { ...params, count: this.number(count) });
  }

  protected percentage(value: number | null): string {
    if (value === null) {
      return this.transloco.translate('homeStatus.noScore');
    }
    return formatPercent(value, this.language.active());
  }

  private number(value: number): string {
    return formatNumber(value, this.language.active());
  }
}
