import { MaturityLevel } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, forwardRef, input, signal } from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * Chooses a level of a criterion's maturity scale: a radio group (arrow keys move between
 * levels) with each level's descriptor as part of its label, and "not chosen yet" to clear it.
 */
@Component({
  selector: 'lk-level-picker',
  imports: [TranslocoPipe],
  templateUrl: './level-picker.component.html',
  styleUrl: './level-picker.component.scss',
  providers: [
    {
      provide: NG_VALUE_ACCESSOR,
      useExisting: forwardRef(() => LevelPickerComponent),
      multi: true,
    },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LevelPickerComponent implements ControlValueAccessor {
  readonly levels = input.required<MaturityLevel[]>();
  readonly metLevel = input.required<number>();
  /** Unique per page: the radios' `name` and the ids of their parts. */
  readonly name = input.required<string>();
  readonly legend = input.required<string>();
  readonly contentLang = input('nl');

  protected readonly value = signal<number | null>(null);
  protected readonly disabled = signal(false);
  private onChange: (value: number | null) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  writeValue(value: number | null): void {
    this.value.set(value ?? null);
  }

  registerOnChange(fn: (value: number | null) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected choose(value: number | null): void {
    this.value.set(value);
    this.onChange(value);
  }

  protected touched(): void {
    this.onTouched();
  }
}
