import { PeerGroupInvitation } from '@labelklaar/domain';

import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { InvitationLinkComponent } from '../../../shared/ui/invitation-panel/invitation-link.component';
import {
  InvitationPanelComponent,
  InvitationRevocation,
  removeRevoked,
} from '../../../shared/ui/invitation-panel/invitation-panel.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { PeerGroupsApiService } from '../data-access/peer-groups-api.service';

/**
 * The creating organisation invites others by their quality officer's e-mail address. There is
 * no mail server: the link is shown to copy and send by hand.
 */
@Component({
  selector: 'lk-invite-organisation-panel',
  imports: [
    InvitationLinkComponent,
    ReactiveFormsModule,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
    LocalDatePipe,
    InvitationPanelComponent,
  ],
  templateUrl: './invite-organisation-panel.component.html',
  styles: '.invitations-title { margin-top: 1.5rem; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteOrganisationPanelComponent {
  private readonly api = inject(PeerGroupsApiService);
  private readonly document = inject(DOCUMENT);
  protected readonly language = inject(LanguageService);

  readonly groupId = input.required<string>();

  protected readonly invitations = rxResource({
    params: () => this.groupId(),
    stream: ({ params: groupId }) => this.api.invitations(groupId),
  });
  protected readonly isPending = (invitation: PeerGroupInvitation) =>
    invitation.status === 'pending';
  protected readonly revocation: InvitationRevocation<PeerGroupInvitation> = {
    revoke: (invitation) => this.api.revoke(this.groupId(), invitation.id),
    revokedKey: 'peerGroups.invitations.revoked',
    afterRevoke: removeRevoked,
  };
  private readonly panel = viewChild(InvitationPanelComponent);

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(254)],
    }),
  });
  protected readonly submission = injectFormSubmission(this.form);
  protected readonly created = signal<{ email: string; link: string } | null>(null);

  protected async invite(): Promise<void> {
    this.panel()?.clearFeedback();
    const { email } = this.form.getRawValue();
    const result = await this.submission.submit(() => this.api.invite(this.groupId(), email));
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
