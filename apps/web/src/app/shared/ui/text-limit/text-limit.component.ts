import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';

/**
 * The counter under a text field with a limit ("123/10.000 tekens") and, once the text is over
 * it, how much too long it is. The field has no `maxlength`, so a paste is never cut off unseen:
 * the writer decides what goes, and the form does not save until it fits.
 */
@Component({
  selector: 'lk-text-limit',
  imports: [TranslocoPipe],
  template: `
    <span class="form-field__hint">{{
      'textLimit.count' | transloco: { used: format(length()), max: format(max()) }
    }}</span>
    <span role="alert">
      @if (over() > 0) {
        <span class="field-error">{{
          (pasted() ? 'textLimit.pastedTooLong' : 'textLimit.tooLong')
            | transloco: { over: format(over()), max: format(max()) }
        }}</span>
      }
    </span>
  `,
  styles: ':host { display: grid; gap: 0.25rem; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextLimitComponent {
  private readonly language = inject(LanguageService);

  readonly length = input.required<number>();
  readonly max = input.required<number>();
  /** The text went over the limit by a paste: the message says so. */
  readonly pasted = input(false);

  protected readonly over = computed(() => Math.max(0, this.length() - this.max()));

  protected format(value: number): string {
    return value.toLocaleString(this.language.active() === 'nl' ? 'nl-NL' : 'en-GB');
  }
}
