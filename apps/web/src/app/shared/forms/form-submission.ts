import { afterNextRender, ElementRef, inject, Injector, signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, Observable } from 'rxjs';

import { ApiError, toUserMessage } from '../../core/http/api-error';
import { fieldMessage, FieldMessage, focusFirstInvalid } from './field-message';

/**
 * The submit cycle of a form: client validation first (focus goes to the first invalid field),
 * then the request; the API's message and per-field messages end up in signals for the template.
 */
export class FormSubmission {
  readonly submitted = signal(false);
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  readonly fieldErrors = signal<Readonly<Record<string, string>>>({});

  constructor(
    private readonly form: AbstractControl,
    private readonly host: HTMLElement,
    private readonly injector: Injector,
    private readonly transloco: TranslocoService,
  ) {}

  /** The message to show under `field` (a control name of the form, matching the API's field name). */
  messageFor(field: string): FieldMessage | null {
    const control = this.form.get(field);
    if (!control) {
      return null;
    }
    return fieldMessage(control, this.submitted(), this.fieldErrors()[field]);
  }

  /** Resolves to the response, or `undefined` when the form was invalid or the request failed. */
  async submit<T>(request: () => Observable<T>): Promise<T | undefined> {
    if (this.busy()) {
      return undefined;
    }
    this.submitted.set(true);
    this.error.set(null);
    this.fieldErrors.set({});
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidAfterRender();
      return undefined;
    }
    this.busy.set(true);
    try {
      return await firstValueFrom(request());
    } catch (error) {
      this.fail(error);
      return undefined;
    } finally {
      this.busy.set(false);
    }
  }

  reset(): void {
    this.submitted.set(false);
    this.error.set(null);
    this.fieldErrors.set({});
  }

  private fail(error: unknown): void {
    this.error.set(toUserMessage(error, (key) => this.transloco.translate(key)));
    if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
      this.fieldErrors.set(error.fieldErrors);
      this.focusFirstInvalidAfterRender();
    }
  }

  private focusFirstInvalidAfterRender(): void {
    afterNextRender(() => focusFirstInvalid(this.host), { injector: this.injector });
  }
}

/** Creates a `FormSubmission` for `form` in the current component. */
export function injectFormSubmission(form: AbstractControl): FormSubmission {
  return new FormSubmission(
    form,
    inject<ElementRef<HTMLElement>>(ElementRef).nativeElement,
    inject(Injector),
    inject(TranslocoService),
  );
}
