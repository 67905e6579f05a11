import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@labelklaar/domain';

import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ValidatorFn, Validators } from '@angular/forms';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

export function passwordValidators(): ValidatorFn[] {
  return [
    Validators.required,
    Validators.minLength(PASSWORD_MIN_LENGTH),
    Validators.maxLength(PASSWORD_MAX_LENGTH),
  ];
}

/**
 * The repeat of a new password: it must equal `password` (a typo would lock one out) and is
 * judged again whenever the password changes. Create it in an injection context (a field).
 */
export function passwordRepeat(password: FormControl<string>): FormControl<string> {
  const repeat = new FormControl('', {
    nonNullable: true,
    validators: [
      Validators.required,
      (control) =>
        control.value && control.value !== password.value ? { passwordMismatch: true } : null,
    ],
  });
  password.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => repeat.updateValueAndValidity());
  return repeat;
}
