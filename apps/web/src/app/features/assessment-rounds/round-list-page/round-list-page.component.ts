import { AssessmentRoundDetail } from '@labelklaar/domain';

import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { AssessmentRoundsApiService } from '../data-access/assessment-rounds-api.service';
import { NewRoundFormComponent } from '../new-round-form/new-round-form.component';

@Component({
  selector: 'lk-round-list-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent, LocalDatePipe, NewRoundFormComponent],
  templateUrl: './round-list-page.component.html',
  styleUrl: './round-list-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundListPageComponent {
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  protected readonly session = inject(SessionStore);
  private readonly permissions = inject(PermissionsStore);
  protected readonly language = inject(LanguageService);

  /** Reloads whenever the user switches organisation. */
  protected readonly rounds = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.roundsApi.list(),
  });
  protected readonly loadError = computed(() => {
    const error = this.rounds.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
  protected readonly canStart = computed(() => this.permissions.can('round.create'));
  protected readonly canUpgrade = computed(() => this.permissions.can('round.upgrade'));
  protected readonly formOpen = signal(false);

  protected toggleForm(): void {
    this.formOpen.update((open) => !open);
    if (this.formOpen()) {
      afterNextRender(() => document.getElementById('new-round-title')?.focus(), {
        injector: this.injector,
      });
    }
  }

  protected async started(round: AssessmentRoundDetail): Promise<void> {
    await this.router.navigate(['/rounds', round.id]);
  }
}
