import { PeerGroupAwaitingRound } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';

/** The members' submitted peer-review rounds that still await review. */
@Component({
  selector: 'lk-peer-group-rounds',
  imports: [RouterLink, TranslocoPipe, LocalDatePipe],
  templateUrl: './peer-group-rounds.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeerGroupRoundsComponent {
  readonly rounds = input.required<PeerGroupAwaitingRound[]>();
  readonly lang = input.required<string>();
  readonly labelledBy = input.required<string>();
}
