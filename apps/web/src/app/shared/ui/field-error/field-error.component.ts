import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { FieldMessage } from '../../forms/field-message';

/** The message under a field; give it an `id` and point the field's `aria-describedby` at it. */
@Component({
  selector: 'lk-field-error',
  imports: [TranslocoPipe],
  template: `
    @if (translated(); as message) {
      <span class="field-error">{{ message.key | transloco: message.params }}</span>
    } @else if (text()) {
      <span class="field-error">{{ text() }}</span>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldErrorComponent {
  readonly message = input<FieldMessage | null>(null);

  protected readonly translated = computed(() => {
    const message = this.message();
    return message && 'key' in message ? message : null;
  });
  protected readonly text = computed(() => {
    const message = this.message();
    return message && 'text' in message ? message.text : null;
  });
}
