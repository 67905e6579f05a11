import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { SessionStore } from '../../../core/session/session.store';
import { AssessmentRoundsApiService } from '../../assessment-rounds/data-access/assessment-rounds-api.service';

/**
 * The dashboard's own navigation: the round dashboard and the trend, and a choice of round. The
 * round changes on submit, not on selection, so moving through the options never leaves the page.
 */
@Component({
  selector: 'lk-dashboard-nav',
  imports: [ReactiveFormsModule, RouterLink, RouterLinkActive, TranslocoPipe],
  templateUrl: './dashboard-nav.component.html',
  styleUrl: './dashboard-nav.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardNavComponent {
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  /** The round shown, if any. */
  readonly roundId = input<string | null>(null);

  protected readonly rounds = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.roundsApi.list(),
  });
  protected readonly roundLink = computed(() => {
    const id = this.roundId() ?? (this.rounds.hasValue() ? this.rounds.value()[0]?.id : undefined);
    return id ? ['/dashboard/rounds', id] : ['/dashboard'];
  });
  protected readonly form = new FormGroup({
    round: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    effect(() => this.form.controls.round.setValue(this.roundId() ?? ''));
  }

  protected show(): void {
    const roundId = this.form.controls.round.value;
    if (roundId) {
      void this.router.navigate(['/dashboard/rounds', roundId]);
    }
  }
}
