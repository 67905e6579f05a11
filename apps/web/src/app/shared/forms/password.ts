import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@labelklaar/domain';

import { ValidatorFn, Validators } from '@angular/forms';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

export function passwordValidators(): ValidatorFn[] {
  return [
    Validators.required,
    Validators.minLength(PASSWORD_MIN_LENGTH),
    Validators.maxLength(PASSWORD_MAX_LENGTH),
  ];
}
