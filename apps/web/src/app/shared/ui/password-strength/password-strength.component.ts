import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PasswordVerdict } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * How guessable the password being typed is, and why: the same verdict the API gives on submit.
 * Give it an `id` and add it to the field's `aria-describedby`; changes are announced politely.
 */
@Component({
  selector: 'lk-password-strength',
  imports: [TranslocoPipe],
  template: `
    @if (verdict(); as verdict) {
      <span class="password-strength__bar" aria-hidden="true">
        @for (step of steps; track step) {
          <span
            class="password-strength__step"
            [class.password-strength__step--on]="step <= verdict.score"
          ></span>
        }
      </span>
      @if (verdict.weakness; as weakness) {
        <strong class="password-strength__verdict">{{
          'common.password.verdict.weak' | transloco
        }}</strong>
        {{ 'common.password.weakness.' + weakness | transloco: limits }}
      } @else {
        <strong class="password-strength__verdict">{{
          'common.password.verdict.strong' | transloco
        }}</strong>
      }
    }
  `,
  styleUrl: './password-strength.component.scss',
  host: {
    class: 'password-strength',
    'aria-live': 'polite',
    '[class.password-strength--strong]': 'verdict()?.isAcceptable === true',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordStrengthComponent {
  readonly verdict = input<PasswordVerdict | null>(null);

  protected readonly steps = [1, 2, 3, 4];
  protected readonly limits = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
}
