import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type LiveMessageKind = 'error' | 'success' | 'info';

/**
 * A message region that is always in the page, so screen readers announce text put into it:
 * errors as `alert`, the rest as polite `status`.
 */
@Component({
  selector: 'lk-live-message',
  template: `
    @if (message()) {
      <p class="live-message__text">{{ message() }}</p>
    }
  `,
  host: {
    '[attr.role]': 'role()',
    '[class]': 'hostClass()',
    'aria-atomic': 'true',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LiveMessageComponent {
  readonly message = input<string | null | undefined>(null);
  readonly kind = input<LiveMessageKind>('info');

  protected readonly role = computed(() => (this.kind() === 'error' ? 'alert' : 'status'));
  protected readonly hostClass = computed(() =>
    this.message() ? `live-message live-message--${this.kind()}` : 'live-message',
  );
}
