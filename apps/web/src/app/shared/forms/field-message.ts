import { AbstractControl, ValidationErrors } from '@angular/forms';

/** A message under a form field: a translation key from client validation, or text from the API. */
export type FieldMessage =
  { readonly key: string; readonly params?: Record<string, unknown> } | { readonly text: string };

export function validationMessage(errors: ValidationErrors | null): FieldMessage | null {
  if (!errors) {
    return null;
  }
  if (errors['required']) {
    return { key: 'common.validation.required' };
  }
  if (errors['email']) {
    return { key: 'common.validation.email' };
  }
  if (errors['passwordWeak']) {
    return { key: 'common.validation.passwordWeak' };
  }
  if (errors['url']) {
    return { key: 'validationHelp.url' };
  }
  if (errors['dateInPast']) {
    return { key: 'common.validation.dateInPast' };
  }
  if (errors['notInFuture']) {
    return { key: 'common.validation.dateInFuture' };
  }
  if (errors['passwordMismatch']) {
    return { key: 'common.validation.passwordMismatch' };
  }
  const minLength = errors['minlength'] as { requiredLength: number } | undefined;
  if (minLength) {
    return { key: 'common.validation.minLength', params: { length: minLength.requiredLength } };
  }
  const maxLength = errors['maxlength'] as { requiredLength: number } | undefined;
  if (maxLength) {
    return { key: 'common.validation.maxLength', params: { length: maxLength.requiredLength } };
  }
  return { key: 'common.validation.invalid' };
}

/**
 * The message for one field: the API's word wins; client validation shows once the form was
 * submitted or the user has typed in the field and left it.
 */
export function fieldMessage(
  control: AbstractControl,
  submitted: boolean,
  serverMessage?: string,
): FieldMessage | null {
  if (serverMessage) {
    return { text: serverMessage };
  }
  const visited = control.dirty && control.touched;
  if (!(submitted || visited) || control.valid) {
    return null;
  }
  return validationMessage(control.errors);
}

/** Moves focus to the first field marked invalid, so keyboard and screen-reader users land on it. */
export function focusFirstInvalid(host: HTMLElement): void {
  host.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
