import {
  PeerGroupAwaitingRound,
  PeerGroupReviewInvitations,
  PeerGroupScheduleEntry,
} from '@labelklaar/domain';

import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import {
  LiveMessageComponent,
  LiveMessageKind,
} from '../../../shared/ui/live-message/live-message.component';
import { PeerGroupsApiService } from '../data-access/peer-groups-api.service';

interface Feedback {
  kind: LiveMessageKind;
  text: string;
}

/**
 * Each organisation invites its own scheduled reviewers: one button creates the review
 * invitations for our round awaiting review, and shows their links to send by hand.
 */
@Component({
  selector: 'lk-review-invitations-panel',
  imports: [TranslocoPipe, LiveMessageComponent],
  templateUrl: './review-invitations-panel.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewInvitationsPanelComponent {
  private readonly api = inject(PeerGroupsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly clipboard = inject(Clipboard);
  private readonly document = inject(DOCUMENT);

  readonly groupId = input.required<string>();
  /** Our round awaiting review, if any. */
  readonly ownRound = input.required<PeerGroupAwaitingRound | null>();
  /** This cycle's line in which we are the reviewed organisation, if any. */
  readonly ownReviewer = input.required<PeerGroupScheduleEntry | null>();
  readonly invited = output<void>();

  protected readonly busy = signal(false);
  protected readonly result = signal<PeerGroupReviewInvitations | null>(null);
  protected readonly feedback = signal<Feedback | null>(null);
  protected readonly alreadyInvited = computed(() => this.result()?.alreadyInvited.length ?? 0);
  protected readonly links = computed(() =>
    (this.result()?.created ?? []).map((invitation) => ({
      ...invitation,
      link: new URL(invitation.acceptUrl, this.document.location.origin).toString(),
    })),
  );

  protected async inviteReviewers(): Promise<void> {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.feedback.set(null);
    try {
      const result = await firstValueFrom(this.api.inviteReviewers(this.groupId()));
      this.result.set(result);
      const key =
        result.created.length > 0
          ? 'peerGroups.reviewers.created'
          : 'peerGroups.reviewers.nothingNew';
      const text = this.transloco.translate(key, { count: result.created.length });
      this.feedback.set({ kind: 'success', text });
      this.invited.emit();
    } catch (error) {
      this.feedback.set({ kind: 'error', text: this.message(error) });
    } finally {
      this.busy.set(false);
    }
  }

  protected copy(link: string): void {
    const copied = this.clipboard.copy(link);
    const key = copied ? 'peerGroups.invite.copied' : 'peerGroups.invite.copyFailed';
    this.feedback.set({ kind: copied ? 'success' : 'error', text: this.transloco.translate(key) });
  }

  private message(error: unknown): string {
    return toUserMessage(error, (key) => this.transloco.translate(key));
  }
}
