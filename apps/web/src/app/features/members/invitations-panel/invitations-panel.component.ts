import { Invitation, MEMBER_ROLES, MemberRole } from '@labelklaar/domain';

import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';
import { SessionStore } from '../../../core/session/session.store';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { InvitationLinkComponent } from '../../../shared/ui/invitation-panel/invitation-link.component';
import {
  InvitationPanelComponent,
  InvitationRevocation,
  removeRevoked,
} from '../../../shared/ui/invitation-panel/invitation-panel.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { InvitationsApiService } from '../../invitations/data-access/invitations-api.service';
import { InvitationListComponent } from '../invitation-list/invitation-list.component';

/** Quality officers invite people and manage pending invitations; there is no mail server, so the
 * link is shown to copy and send by hand. */
@Component({
  selector: 'lk-invitations-panel',
  imports: [
    InvitationLinkComponent,
    ReactiveFormsModule,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
    InvitationListComponent,
    InvitationPanelComponent,
  ],
  templateUrl: './invitations-panel.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationsPanelComponent {
  private readonly invitationsApi = inject(InvitationsApiService);
  private readonly document = inject(DOCUMENT);
  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  protected readonly roles = MEMBER_ROLES;
  protected readonly invitations = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.invitationsApi.list(),
  });
  protected readonly isPending = (invitation: Invitation) => invitation.status === 'pending';
  protected readonly revocation: InvitationRevocation<Invitation> = {
    revoke: (invitation) => this.invitationsApi.revoke(invitation.id),
    revokedKey: 'members.invitations.revoked',
    afterRevoke: removeRevoked,
  };
  private readonly panel = viewChild(InvitationPanelComponent);

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(254)],
    }),
    role: new FormControl<MemberRole>('contributor', { nonNullable: true }),
  });
  protected readonly submission = injectFormSubmission(this.form);
  protected readonly created = signal<{ email: string; link: string } | null>(null);

  protected async invite(): Promise<void> {
    this.panel()?.clearFeedback();
    const result = await this.submission.submit(() =>
      this.invitationsApi.create(this.form.getRawValue()),
    );
    if (!result) {
      return;
    }
    const link = new URL(result.acceptUrl, this.document.location.origin).toString();
    this.created.set({ email: result.invitation.email, link });
    this.invitations.update((list) => [result.invitation, ...(list ?? [])]);
    this.form.reset();
    this.submission.reset();
  }
}
