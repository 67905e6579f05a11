import { PeerGroupMember, PeerGroupScheduleEntry } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Who reviews whom this cycle; the lines with the own organisation stand out. */
@Component({
  selector: 'lk-peer-group-schedule',
  imports: [TranslocoPipe],
  templateUrl: './peer-group-schedule.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeerGroupScheduleComponent {
  readonly schedule = input.required<PeerGroupScheduleEntry[]>();
  readonly members = input.required<PeerGroupMember[]>();
  readonly labelledBy = input.required<string>();

  protected isOwn(memberId: string): boolean {
    return this.members().some((member) => member.id === memberId && member.isOwnOrganisation);
  }
}
