import { PeerGroupMember } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';

/** The member organisations in join order; the creator may remove the others. */
@Component({
  selector: 'lk-peer-group-members',
  imports: [TranslocoPipe, LocalDatePipe],
  templateUrl: './peer-group-members.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeerGroupMembersComponent {
  readonly members = input.required<PeerGroupMember[]>();
  readonly canRemove = input.required<boolean>();
  readonly lang = input.required<string>();
  readonly labelledBy = input.required<string>();
  readonly removeRequested = output<PeerGroupMember>();
}
