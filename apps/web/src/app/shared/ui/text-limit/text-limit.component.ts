import { formatNumber } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';
import { TextLimitDirective } from './text-limit.directive';

const NEAR_SHARE = 0.9;

/**
 * The counter under a text field with a limit ("123/10.000 tekens") and, once the text is over
 * it, how much too long it is. The field has no `maxlength`, so a paste is never cut off unseen:
 * the writer decides what goes, and the form does not save until it fits. Give it the field's
 * `lkTextLimit` directive, or the length and limit where the form keeps them itself. From 90% of
 * the limit it says how much is left, and a polite live region tells a screen reader the same.
 */
@Component({
  selector: 'lk-text-limit',
  imports: [TranslocoPipe],
  template: `
    <span class="form-field__hint" [class.text-limit--near]="near()">
      {{ 'textLimit.count' | transloco: { used: format(used()), max: format(limit()) } }}
      @if (near()) {
        · {{ 'textLimitNear.shown' | transloco: { left: format(left()) } }}
      }
    </span>
    <span class="visually-hidden" aria-live="polite">
      @if (near()) {
        {{ 'textLimitNear.spoken' | transloco: { left: format(left()), max: format(limit()) } }}
      }
    </span>
    <span role="alert">
      @if (over() > 0) {
        <span class="field-error">{{
          (wasPasted() ? 'textLimit.pastedTooLong' : 'textLimit.tooLong')
            | transloco: { over: format(over()), max: format(limit()) }
        }}</span>
      }
    </span>
  `,
  styles: `
    @use 'tokens' as *;

    :host {
      display: grid;
      gap: $space-1;
    }

    .text-limit--near {
      color: $color-warning-ink;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextLimitComponent {
  private readonly language = inject(LanguageService);

  /** The field's directive: length, limit and paste from there. */
  readonly field = input<TextLimitDirective>();
  readonly length = input<number>();
  readonly max = input<number>();
  /** The text went over the limit by a paste: the message says so. */
  readonly pasted = input<boolean>();

  protected readonly used = computed(() => this.length() ?? this.field()?.length() ?? 0);
  protected readonly limit = computed(() => this.max() ?? this.field()?.max() ?? 0);
  protected readonly wasPasted = computed(() => this.pasted() ?? this.field()?.pasted() ?? false);
  protected readonly over = computed(() => Math.max(0, this.used() - this.limit()));
  protected readonly left = computed(() => this.limit() - this.used());
  /** Close to the limit, not over it: the last tenth of the room. */
  protected readonly near = computed(
    () => this.limit() > 0 && this.left() >= 0 && this.used() >= this.limit() * NEAR_SHARE,
  );

  protected format(value: number): string {
    return formatNumber(value, this.language.active(), 0);
  }
}
