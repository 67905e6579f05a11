import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChild,
  inject,
  input,
  ResourceRef,
  signal,
  TemplateRef,
} from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, Observable } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LiveMessageComponent, LiveMessageKind } from '../live-message/live-message.component';

/** What a list of invitations may hold: member, review and peer-group invitations alike. */
export interface PanelInvitation {
  id: string;
  email: string;
}

/** The context of the rows template: the invitations to show and the revoke action. */
export interface InvitationRowsContext<T> {
  $implicit: T[];
  revoke: (invitation: T) => void;
}

/** How one kind of invitation is revoked. */
export interface InvitationRevocation<T> {
  revoke: (invitation: T) => Observable<unknown>;
  /** Translation key of the message after revoking, with `{ email }`. */
  revokedKey: string;
  /** The list afterwards: a joining link leaves it, an access grant stays as revoked. */
  afterRevoke: (list: T[], revoked: T) => T[];
  /** Asked first when given (an access grant ends at once); false cancels. */
  confirm?: (invitation: T) => Promise<boolean>;
}

/** A joining link leaves the list once revoked (member and peer-group invitations). */
export const removeRevoked = <T extends PanelInvitation>(list: T[], revoked: T): T[] =>
  list.filter((invitation) => invitation.id !== revoked.id);

/**
 * The one invitation panel of members, review and peer-group invitations: the outcome of a
 * revocation and a load error (announced), the loading state, then the host's own rows (a table
 * or a list, given as the `<ng-template let-invitations let-revoke="revoke">` inside) with the
 * revoke action wired to the API, the list and the message.
 */
@Component({
  selector: 'lk-invitation-panel',
  imports: [NgTemplateOutlet, TranslocoPipe, LiveMessageComponent],
  template: `
    <lk-live-message [message]="feedback()?.text" [kind]="feedback()?.kind ?? 'info'" />
    <lk-live-message [message]="loadError()" kind="error" />
    @let resource = invitations();
    @if (resource.isLoading() && !resource.hasValue()) {
      <p role="status">{{ 'common.loading' | transloco }}</p>
    } @else if (resource.hasValue()) {
      <ng-container
        [ngTemplateOutlet]="rows()"
        [ngTemplateOutletContext]="{ $implicit: shown(), revoke: revokeAction }"
      />
    }
  `,
  styles: ':host { display: block; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationPanelComponent<T extends PanelInvitation> {
  private readonly transloco = inject(TranslocoService);

  readonly invitations = input.required<ResourceRef<T[] | undefined>>();
  readonly revocation = input.required<InvitationRevocation<T>>();
  /** Which invitations the rows show (e.g. only the pending ones); all by default. */
  readonly show = input<(invitation: T) => boolean>(() => true);

  protected readonly rows =
    contentChild.required<TemplateRef<InvitationRowsContext<T>>>(TemplateRef);
  protected readonly feedback = signal<{ kind: LiveMessageKind; text: string } | null>(null);
  protected readonly shown = computed(() => {
    const resource = this.invitations();
    return resource.hasValue() ? (resource.value() ?? []).filter(this.show()) : [];
  });
  protected readonly loadError = computed(() => {
    const error = this.invitations().error();
    return error ? this.message(error) : null;
  });
  protected readonly revokeAction = (invitation: T): void => void this.revoke(invitation);

  /** A new invitation or another action makes the last outcome stale. */
  clearFeedback(): void {
    this.feedback.set(null);
  }

  async revoke(invitation: T): Promise<void> {
    this.feedback.set(null);
    const revocation = this.revocation();
    if (revocation.confirm && !(await revocation.confirm(invitation))) {
      return;
    }
    try {
      await firstValueFrom(revocation.revoke(invitation));
      this.invitations().update((list) => revocation.afterRevoke(list ?? [], invitation));
      const text = this.transloco.translate(revocation.revokedKey, { email: invitation.email });
      this.feedback.set({ kind: 'success', text });
    } catch (error) {
      this.feedback.set({ kind: 'error', text: this.message(error) });
    }
  }

  private message(error: unknown): string {
    return toUserMessage(error, (key) => this.transloco.translate(key));
  }
}
