import { Clipboard } from '@angular/cdk/clipboard';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { LiveMessageComponent, LiveMessageKind } from '../live-message/live-message.component';

/** A link just made, shown once: there is no mail server, so it is copied and sent by hand. */
export interface CreatedInvitationLink {
  email: string;
  link: string;
}

/**
 * The new invitation's link, selected for copying, with a copy button and its outcome announced.
 * The same block for member, review and peer-group invitations; `keys` names the translations
 * (`<keys>.created`, `.linkLabel`, `.copy`, `.copied`, `.copyFailed`), `idPrefix` the element ids.
 */
@Component({
  selector: 'lk-invitation-link',
  imports: [TranslocoPipe, LiveMessageComponent],
  template: `
    @let created = invitation();
    <div class="invite-result">
      <p [id]="idPrefix() + '-created'" class="notice" role="status">
        {{ keys() + '.created' | transloco: { email: created.email } }}
      </p>
      <label class="form-field__label" [for]="idPrefix() + '-link'">{{
        keys() + '.linkLabel' | transloco
      }}</label>
      <div class="copy-field">
        <input
          #linkInput
          [id]="idPrefix() + '-link'"
          class="input"
          type="text"
          readonly
          [attr.aria-describedby]="idPrefix() + '-created'"
          [value]="created.link"
        />
        <button type="button" class="button button--secondary" (click)="copy(created.link)">
          {{ keys() + '.copy' | transloco }}
        </button>
      </div>
      <lk-live-message [message]="copyFeedback()?.text" [kind]="copyFeedback()?.kind ?? 'info'" />
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationLinkComponent {
  private readonly clipboard = inject(Clipboard);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);

  readonly invitation = input.required<CreatedInvitationLink>();
  readonly keys = input.required<string>();
  readonly idPrefix = input.required<string>();

  private readonly linkInput = viewChild<ElementRef<HTMLInputElement>>('linkInput');
  protected readonly copyFeedback = signal<{ kind: LiveMessageKind; text: string } | null>(null);

  constructor() {
    // Each new link: the last copy outcome is stale, and the link is selected to copy at once.
    effect(() => {
      this.invitation();
      untracked(() => this.copyFeedback.set(null));
      afterNextRender(() => this.linkInput()?.nativeElement.select(), { injector: this.injector });
    });
  }

  protected copy(link: string): void {
    const copied = this.clipboard.copy(link);
    const key = `${this.keys()}.${copied ? 'copied' : 'copyFailed'}`;
    this.copyFeedback.set({
      kind: copied ? 'success' : 'error',
      text: this.transloco.translate(key),
    });
  }
}
