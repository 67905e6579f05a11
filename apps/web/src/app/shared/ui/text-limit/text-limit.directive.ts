import { computed, Directive, DoCheck, ElementRef, inject, input, signal } from '@angular/core';
import { NgControl } from '@angular/forms';

/**
 * On a text field with a limit: follows its length and whether the text went over the limit by a
 * paste, for the counter (`lk-text-limit [field]="…"`). The field keeps no `maxlength`, so a paste
 * is never cut off unseen; the form's maxLength validator keeps it from being sent until it fits.
 */
@Directive({
  selector: 'input[lkTextLimit], textarea[lkTextLimit]',
  exportAs: 'lkTextLimit',
  host: {
    '(paste)': 'notePaste()',
    '(input)': 'typed()',
  },
})
export class TextLimitDirective implements DoCheck {
  private readonly element = inject<ElementRef<HTMLInputElement | HTMLTextAreaElement>>(ElementRef);
  private readonly control = inject(NgControl, { self: true, optional: true });

  /** The most characters the field takes. */
  readonly max = input.required<number>({ alias: 'lkTextLimit' });

  readonly length = signal(0);
  /** The text went over the limit by a paste (and is over it still). */
  readonly pasted = signal(false);
  readonly over = computed(() => this.length() > this.max());
  private pasting = false;

  /**
   * Programmatic changes count as well: a reset after saving, and an autosaved form filled from
   * the server without a change event. Setting an unchanged length is free.
   */
  ngDoCheck(): void {
    const value: unknown = this.control?.value;
    if (this.control) {
      this.length.set(typeof value === 'string' ? value.length : 0);
    }
  }

  /** The paste event comes before the text: the next change is the pasted one. */
  protected notePaste(): void {
    this.pasting = true;
  }

  protected typed(): void {
    this.length.set(this.element.nativeElement.value.length);
    if (this.pasting) {
      this.pasted.set(this.over());
    } else if (!this.over()) {
      this.pasted.set(false);
    }
    this.pasting = false;
  }
}
