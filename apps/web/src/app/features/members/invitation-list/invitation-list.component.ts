import { Invitation } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';

/** Pending invitations, each with a revoke button. */
@Component({
  selector: 'lk-invitation-list',
  imports: [TranslocoPipe, LocalDatePipe],
  templateUrl: './invitation-list.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationListComponent {
  readonly invitations = input.required<Invitation[]>();
  readonly lang = input.required<string>();
  readonly labelledBy = input.required<string>();
  readonly revokeRequested = output<Invitation>();
}
