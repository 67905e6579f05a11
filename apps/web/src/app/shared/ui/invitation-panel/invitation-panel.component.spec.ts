import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TestBed } from '@angular/core/testing';
import { Observable, of, throwError } from 'rxjs';

import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import {
  InvitationPanelComponent,
  InvitationRevocation,
  removeRevoked,
} from './invitation-panel.component';

interface Row {
  id: string;
  email: string;
  status: 'pending' | 'accepted';
}

const rows: Row[] = [
  { id: 'a', email: 'a@voorbeeld.nl', status: 'pending' },
  { id: 'b', email: 'b@voorbeeld.nl', status: 'accepted' },
];

@Component({
  imports: [InvitationPanelComponent],
  template: `
    <lk-invitation-panel [invitations]="invitations" [revocation]="revocation" [show]="isPending">
      <ng-template let-list let-revoke="revoke">
        <ul>
          @for (invitation of list; track invitation.id) {
            <li>
              {{ invitation.email }}
              <button type="button" (click)="revoke(invitation)">revoke</button>
            </li>
          }
        </ul>
      </ng-template>
    </lk-invitation-panel>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostComponent {
  readonly revokeCall = signal<(row: Row) => Observable<unknown>>(() => of(null));
  readonly invitations = rxResource({ stream: () => of(rows) });
  readonly isPending = (row: Row) => row.status === 'pending';
  readonly revocation: InvitationRevocation<Row> = {
    revoke: (row) => this.revokeCall()(row),
    revokedKey: 'members.invitations.revoked',
    afterRevoke: removeRevoked,
  };
}

describe('InvitationPanelComponent', () => {
  let host: HTMLElement;
  let component: HostComponent;
  let clickRevoke: () => Promise<void>;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [HostComponent, translocoTesting()] });
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    await settle(fixture);
    fixture.detectChanges();
    host = fixture.nativeElement as HTMLElement;
    component = fixture.componentInstance;
    clickRevoke = async () => {
      host.querySelector<HTMLButtonElement>('li button')?.click();
      await settle(fixture);
      fixture.detectChanges();
    };
  });

  it('shows the invitations the host chooses, in the host rows', () => {
    const items = Array.from(host.querySelectorAll('li')).map((li) => li.textContent?.trim());
    expect(items).toEqual([expect.stringContaining('a@voorbeeld.nl')]);
  });

  it('revokes through the API, drops the row and says so', async () => {
    const calls: string[] = [];
    component.revokeCall.set((row) => {
      calls.push(row.id);
      return of(null);
    });
    await clickRevoke();
    expect(calls).toEqual(['a']);
    expect(host.querySelectorAll('li')).toHaveLength(0);
    expect(host.querySelector('[role="status"]')?.textContent).toContain('a@voorbeeld.nl');
  });

  it('keeps the row and announces the error when revoking fails', async () => {
    component.revokeCall.set(() => throwError(() => new Error('offline')));
    await clickRevoke();
    expect(host.querySelectorAll('li')).toHaveLength(1);
    expect(host.querySelector('[role="alert"]')?.textContent?.trim()).not.toBe('');
  });
});

describe('removeRevoked', () => {
  it('drops the revoked invitation only', () => {
    expect(removeRevoked(rows, rows[0])).toEqual([rows[1]]);
  });
});
