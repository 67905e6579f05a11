import { Member, MEMBER_ROLES, MemberRole } from '@labelklaar/domain';

import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  output,
  viewChildren,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';

export interface RoleChange {
  member: Member;
  role: MemberRole;
}

/** The member list; with `canManage` each row gets a role select and a remove button. */
@Component({
  selector: 'lk-member-table',
  imports: [TranslocoPipe, LocalDatePipe],
  templateUrl: './member-table.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MemberTableComponent {
  readonly members = input.required<Member[]>();
  readonly canManage = input(false);
  readonly currentUserId = input<string | null>(null);
  readonly lang = input.required<string>();
  readonly labelledBy = input.required<string>();
  readonly roleChanged = output<RoleChange>();
  readonly removeRequested = output<Member>();

  protected readonly roles = MEMBER_ROLES;

  private readonly roleSelects = viewChildren<ElementRef<HTMLSelectElement>>('roleSelect');

  constructor() {
    // A refused change (e.g. the last quality officer) must not leave the select showing the
    // refused role: after each render every select shows the member's actual role.
    afterRenderEffect({
      write: () => {
        const roles = new Map(this.members().map((member) => [member.id, member.role]));
        for (const { nativeElement: select } of this.roleSelects()) {
          const role = roles.get(select.dataset['memberId'] ?? '');
          if (role && select.value !== role) {
            select.value = role;
          }
        }
      },
    });
  }

  protected chooseRole(member: Member, event: Event): void {
    const role = (event.target as HTMLSelectElement).value as MemberRole;
    if (role !== member.role) {
      this.roleChanged.emit({ member, role });
    }
  }
}
