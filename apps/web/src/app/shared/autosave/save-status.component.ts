import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { pluralKey } from '../../core/i18n/plural';
import { SessionStore } from '../../core/session/session.store';
import { LocalDateTimePipe } from '../ui/local-date/local-date-time.pipe';
import { Autosave } from './autosave';

/**
 * What an autosave is doing, in a polite live region (waiting, saving, saved at, not saved), with
 * "save now" to retry, the error in an alert, and on a conflict what changed in the other
 * version with the choice to load it or to keep one's own.
 */
@Component({
  selector: 'lk-save-status',
  imports: [TranslocoPipe, LocalDateTimePipe],
  templateUrl: './save-status.component.html',
  styleUrl: './save-status.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaveStatusComponent {
  private readonly transloco = inject(TranslocoService);
  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly saver = input.required<Autosave<any, any> | null>();
  /** Said instead of the status while the form cannot be saved yet (e.g. a judgement is missing). */
  readonly hint = input<string | null>(null);
  /**
   * Translation prefix (ending in a dot) of the form: its `conflict.` texts (title, titleSelf
   * where the API names who saved, theirs, reload, overwrite) and its `fields.` names.
   */
  readonly texts = input.required<string>();
  /** Text fields whose other version is quoted on a conflict. */
  readonly quoted = input<readonly string[]>([]);
  /** The other version, after the user chose to load it: the form shows it. */
  readonly reloaded = output<unknown>();

  protected readonly errorText = computed(() => {
    const error = this.saver()?.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  /** The signed-in user saved the other version too: in another tab, not someone else. */
  protected readonly conflictTitle = computed(() => {
    const byUserId = this.saver()?.conflict()?.byUserId ?? null;
    return byUserId !== null && byUserId === this.session.me()?.user.id ? 'titleSelf' : 'title';
  });

  protected readonly changedText = computed(() => {
    const count = this.saver()?.conflict()?.changed.length ?? 0;
    const key = pluralKey('autosave.changedFields.', count, this.language.active());
    return this.transloco.translate(key, { count });
  });

  protected fieldLabel(field: string | number | symbol): string {
    return this.transloco.translate(`${this.texts()}fields.${String(field)}`);
  }

  protected quote(current: unknown, field: string): string {
    const value = (current as Record<string, unknown>)[field];
    return typeof value === 'string' ? value : '';
  }

  protected flush(): void {
    void this.saver()?.flush();
  }

  protected reload(): void {
    const current = this.saver()?.reload();
    if (current) {
      this.reloaded.emit(current);
    }
  }

  protected overwrite(): void {
    void this.saver()?.overwrite();
  }
}
