import {
  judgePassword,
  PasswordContext,
  PasswordEstimator,
  passwordEstimatorOptions,
  PasswordVerdict,
} from '@labelklaar/domain';

import { computed, effect, inject, Injectable, Signal, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ValidatorFn } from '@angular/forms';

/** zxcvbn-ts and its dictionaries (about 1 MB): fetched only when a password is chosen. */
async function loadEstimator(): Promise<PasswordEstimator> {
  const [{ ZxcvbnFactory }, common, en, nl] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    import('@zxcvbn-ts/language-nl-be'),
  ]);
  return new ZxcvbnFactory(passwordEstimatorOptions({ common, languages: [en, nl] }));
}

/** The API's password rule in the browser, so a form can tell while typing what the API will say. */
@Injectable({ providedIn: 'root' })
export class PasswordStrengthService {
  private readonly estimator = signal<PasswordEstimator | null>(null);
  private loading: Promise<void> | null = null;

  readonly isReady = computed(() => this.estimator() !== null);

  load(): void {
    this.loading ??= loadEstimator().then(
      (estimator) => this.estimator.set(estimator),
      // Offline or blocked: the form still works, the API judges on submit.
      () => {
        this.loading = null;
      },
    );
  }

  /** Null until the dictionaries are in. */
  judge(password: string, context: PasswordContext): PasswordVerdict | null {
    const estimator = this.estimator();
    return estimator ? judgePassword(password, context, estimator) : null;
  }
}

export interface PasswordStrength {
  /** The verdict on what is typed now; null while empty or loading. */
  readonly verdict: Signal<PasswordVerdict | null>;
  /** `passwordWeak` with the weakness when the rule refuses it (length has its own validators). */
  readonly validator: ValidatorFn;
}

/**
 * Judges `control` against `context` (names typed elsewhere in the form count as they change),
 * while `isChosen()`: a form that only asks for an existing password loads no dictionaries.
 */
export function injectPasswordStrength(
  control: FormControl<string>,
  context: () => PasswordContext,
  isChosen: () => boolean = () => true,
): PasswordStrength {
  const strength = inject(PasswordStrengthService);
  const value = toSignal(control.valueChanges, { initialValue: control.value });
  const validator: ValidatorFn = ({ value: password }) => {
    const verdict = untracked(() => strength.judge(String(password ?? ''), context()));
    const weakness = verdict?.weakness;
    return weakness && weakness !== 'too-short' && weakness !== 'too-long'
      ? { passwordWeak: weakness }
      : null;
  };
  // Judge again once the dictionaries arrive and whenever a name in the form changes.
  effect(() => {
    if (isChosen()) {
      strength.load();
    }
    strength.isReady();
    context();
    untracked(() => control.updateValueAndValidity({ emitEvent: false }));
  });
  const verdict = computed(() =>
    isChosen() && value() ? strength.judge(value(), context()) : null,
  );
  return { verdict, validator };
}
