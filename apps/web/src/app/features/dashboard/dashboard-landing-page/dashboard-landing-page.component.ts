import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { AssessmentRoundsApiService } from '../../assessment-rounds/data-access/assessment-rounds-api.service';

/** `/dashboard` when there is no round to show yet (or the rounds could not be loaded). */
@Component({
  selector: 'lk-dashboard-landing-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent],
  template: `
    <header class="page-header">
      <p class="eyebrow">{{ 'dashboard.round.eyebrow' | transloco }}</p>
      <h1>{{ 'dashboard.landing.title' | transloco }}</h1>
    </header>
    <lk-live-message [message]="error()" kind="error" />
    @if (rounds.isLoading()) {
      <p role="status">{{ 'common.loading' | transloco }}</p>
    } @else if (latest(); as round) {
      <p>
        <a class="button" [routerLink]="['/dashboard/rounds', round.id]">{{
          'dashboard.landing.open' | transloco: { title: round.title }
        }}</a>
      </p>
    } @else if (!error()) {
      <section class="card" aria-labelledby="landing-empty-title">
        <h2 id="landing-empty-title" class="card__title">
          {{ 'dashboard.landing.emptyTitle' | transloco }}
        </h2>
        <p>
          {{
            (canStart() ? 'dashboard.landing.emptyManage' : 'dashboard.landing.empty') | transloco
          }}
        </p>
        <ul class="link-list">
          <li>
            <a class="button" routerLink="/rounds">{{ 'dashboard.landing.rounds' | transloco }}</a>
          </li>
          <li>
            <a class="button button--secondary" routerLink="/rubrics">{{
              'dashboard.landing.rubric' | transloco
            }}</a>
          </li>
        </ul>
      </section>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardLandingPageComponent {
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly session = inject(SessionStore);
  private readonly permissions = inject(PermissionsStore);

  protected readonly rounds = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.roundsApi.list(),
  });
  protected readonly canStart = computed(() => this.permissions.can('round.create'));
  protected readonly latest = computed(() =>
    this.rounds.hasValue() ? (this.rounds.value()[0] ?? null) : null,
  );
  protected readonly error = computed(() => {
    const error = this.rounds.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
}
