import {
  insertMention,
  Member,
  mentionCandidates,
  MentionQuery,
  mentionQueryAt,
  mentionsStillInText,
} from '@labelklaar/domain';

import { computed, Signal, signal } from '@angular/core';

/**
 * The @mention picker of a comment field, as a combobox over a listbox: typing "@" and letters
 * offers members, arrows move, Enter or Tab picks, Escape closes. The field keeps the name as
 * typed; the picked members go along as membership ids.
 */
export class MentionPicker {
  private readonly query = signal<MentionQuery | null>(null);
  private readonly caret = signal(0);
  readonly active = signal(0);
  readonly picked = signal<Member[]>([]);
  readonly candidates = computed(() => {
    const query = this.query();
    return query ? mentionCandidates(this.members(), query.query) : [];
  });
  readonly isOpen = computed(() => this.candidates().length > 0);

  constructor(private readonly members: Signal<readonly Member[]>) {}

  /** After each change or caret move in the field. */
  follow(text: string, caret: number): void {
    this.caret.set(caret);
    this.query.set(mentionQueryAt(text, caret));
    this.active.set(0);
  }

  close(): void {
    this.query.set(null);
  }

  move(step: 1 | -1): void {
    const count = this.candidates().length;
    this.active.update((index) => (index + step + count) % count);
  }

  /** The field's new text and caret once `member` (else the active option) is picked. */
  pick(text: string, member?: Member): { text: string; caret: number } | null {
    const query = this.query();
    const chosen = member ?? this.candidates()[this.active()];
    if (!query || !chosen) {
      return null;
    }
    this.picked.update((list) => (list.some((m) => m.id === chosen.id) ? list : [...list, chosen]));
    this.close();
    return insertMention(text, query, this.caret(), chosen.displayName);
  }

  unpick(member: Member): void {
    this.picked.update((list) => list.filter((m) => m.id !== member.id));
  }

  /** The membership ids to send: picked members whose name is still in the text. */
  mentionsIn(text: string): string[] {
    return mentionsStillInText(text, this.picked()).map((member) => member.id);
  }

  reset(): void {
    this.picked.set([]);
    this.close();
  }
}
