import { PEER_JUDGEMENTS, PeerJudgement } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, forwardRef, input, signal } from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

import { JUDGEMENT_ICONS } from '../peer-judgement';

/** The label's judgement scale as a radio group (arrow keys move between the options). */
@Component({
  selector: 'lk-judgement-picker',
  imports: [TranslocoPipe],
  template: `
    <fieldset class="judgement-picker" [disabled]="disabled()">
      <legend class="judgement-picker__legend">{{ legend() }}</legend>
      <div class="judgement-picker__options">
        @for (judgement of judgements; track judgement) {
          <label class="judgement-picker__option" [class.is-checked]="value() === judgement">
            <input
              type="radio"
              [name]="name()"
              [value]="judgement"
              [checked]="value() === judgement"
              (change)="choose(judgement)"
              (blur)="touched()"
            />
            <span class="judgement-picker__icon" aria-hidden="true">{{ icons[judgement] }}</span>
            <span>{{ 'reviews.judgement.' + judgement | transloco }}</span>
          </label>
        }
      </div>
    </fieldset>
  `,
  styles: `
    @use 'tokens' as *;

    .judgement-picker {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }

    .judgement-picker__legend {
      margin-block-end: $space-2;
      padding: 0;
      color: $color-ink-strong;
      font-weight: 600;
    }

    .judgement-picker__options {
      display: flex;
      flex-wrap: wrap;
      gap: $space-2;
    }

    .judgement-picker__option {
      display: flex;
      flex: 1 1 auto;
      white-space: nowrap;
      align-items: center;
      gap: $space-2;
      padding: $space-2 $space-3;
      border: 1px solid $color-border;
      border-radius: $radius-md;
      background: $color-surface;
      font-weight: 600;
      cursor: pointer;

      &:hover {
        border-color: $color-border-strong;
      }

      &.is-checked {
        border-color: $color-teal;
        background: $color-teal-tint;
        box-shadow: inset 0 0 0 1px $color-teal;
      }

      input {
        flex: none;
        width: 1.2rem;
        height: 1.2rem;
        margin: 0;
        accent-color: $color-teal;
      }
    }

    .judgement-picker__icon {
      color: $color-ink-muted;
    }

    fieldset:disabled .judgement-picker__option {
      cursor: not-allowed;
      opacity: 0.75;
    }
  `,
  providers: [
    {
      provide: NG_VALUE_ACCESSOR,
      useExisting: forwardRef(() => JudgementPickerComponent),
      multi: true,
    },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JudgementPickerComponent implements ControlValueAccessor {
  /** Unique per page: the radios' `name`. */
  readonly name = input.required<string>();
  readonly legend = input.required<string>();

  protected readonly judgements = PEER_JUDGEMENTS;
  protected readonly icons = JUDGEMENT_ICONS;
  protected readonly value = signal<PeerJudgement | null>(null);
  protected readonly disabled = signal(false);
  private onChange: (value: PeerJudgement | null) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  writeValue(value: PeerJudgement | null): void {
    this.value.set(value ?? null);
  }

  registerOnChange(fn: (value: PeerJudgement | null) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected choose(value: PeerJudgement): void {
    this.value.set(value);
    this.onChange(value);
  }

  protected touched(): void {
    this.onTouched();
  }
}
