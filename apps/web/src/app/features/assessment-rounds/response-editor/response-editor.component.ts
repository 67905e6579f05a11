import {
  Criterion,
  CriterionResponse,
  NOT_APPLICABLE_REASON_MAX_LENGTH,
  RATIONALE_MAX_LENGTH,
  RESPONSE_STATES,
  ResponseInput,
  ResponseState,
} from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { LocalDateTimePipe } from '../../../shared/ui/local-date/local-date-time.pipe';
import { CriterionResponsesApiService } from '../data-access/criterion-responses-api.service';
import { LevelPickerComponent } from '../level-picker/level-picker.component';
import { AUTOSAVE_DELAY_MS, inputOf, ResponseAutosave } from './response-autosave';

/** The answer to one criterion, saved automatically; a conflicting edit is shown, never lost. */
@Component({
  selector: 'lk-response-editor',
  imports: [ReactiveFormsModule, TranslocoPipe, LevelPickerComponent, LocalDateTimePipe],
  templateUrl: './response-editor.component.html',
  styleUrl: './response-editor.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResponseEditorComponent {
  private readonly responsesApi = inject(CriterionResponsesApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  readonly roundId = input.required<string>();
  readonly criterion = input.required<Criterion>();
  readonly response = input.required<CriterionResponse>();
  readonly canEdit = input(false);
  readonly delayMs = input(AUTOSAVE_DELAY_MS);
  readonly saved = output<CriterionResponse>();

  protected readonly states = RESPONSE_STATES;
  protected readonly rationaleMax = RATIONALE_MAX_LENGTH;
  protected readonly reasonMax = NOT_APPLICABLE_REASON_MAX_LENGTH;
  protected readonly form = new FormGroup({
    level: new FormControl<number | null>(null),
    targetLevel: new FormControl<number | null>(null),
    rationale: new FormControl('', { nonNullable: true }),
    notApplicable: new FormControl(false, { nonNullable: true }),
    notApplicableReason: new FormControl('', { nonNullable: true }),
    state: new FormControl<ResponseState>('draft', { nonNullable: true }),
  });
  protected readonly autosave = signal<ResponseAutosave | null>(null);
  protected readonly reasonMissing = signal(false);
  protected readonly notApplicable = signal(false);
  protected readonly rationaleLength = signal(0);
  protected readonly errorText = computed(() => {
    const error = this.autosave()?.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  constructor() {
    effect(() => {
      const response = this.response();
      untracked(() => this.start(response));
    });
    // The right to edit can arrive after the answer (a contributor's ownership needs the members).
    effect(() => {
      const canEdit = this.canEdit();
      untracked(() => this.allowEditing(canEdit));
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.changed());
    inject(DestroyRef).onDestroy(() => {
      const autosave = this.autosave();
      void autosave?.flush().finally(() => autosave.destroy());
    });
  }

  protected flush(): void {
    void this.autosave()?.flush();
  }

  protected reloadTheirs(): void {
    const current = this.autosave()?.reload();
    if (current) {
      this.fill(current);
      this.saved.emit(current);
    }
  }

  protected keepMine(): void {
    void this.autosave()?.overwrite(this.value());
  }

  protected fieldLabel(field: keyof ResponseInput): string {
    return this.transloco.translate(`rounds.editor.fields.${field}`);
  }

  /** The first response starts the autosave; later ones (evidence linked) leave the form alone. */
  private start(response: CriterionResponse): void {
    if (this.autosave()) {
      return;
    }
    this.fill(response);
    const save = (input: ResponseInput, version: number) =>
      this.responsesApi.save(this.roundId(), this.criterion().code, input, version);
    this.autosave.set(
      new ResponseAutosave(save, (saved) => this.saved.emit(saved), response, this.delayMs()),
    );
  }

  private fill(response: CriterionResponse): void {
    const input = inputOf(response);
    this.form.setValue(
      { ...input, notApplicableReason: input.notApplicableReason ?? '' },
      { emitEvent: false },
    );
    this.allowEditing(this.canEdit());
  }

  private allowEditing(canEdit: boolean): void {
    if (canEdit) {
      this.form.enable({ emitEvent: false });
    } else {
      this.form.disable({ emitEvent: false });
    }
    this.syncDerived();
  }

  private changed(): void {
    this.syncDerived();
    const value = this.value();
    if (value.notApplicable && !value.notApplicableReason?.trim()) {
      // The API refuses not applicable without a reason; wait until there is one.
      return;
    }
    this.autosave()?.change(value);
  }

  /** Ready for review needs an answer; not applicable leaves no level to choose. */
  private syncDerived(): void {
    const { level, notApplicable, notApplicableReason, rationale } = this.form.getRawValue();
    this.notApplicable.set(notApplicable);
    this.reasonMissing.set(notApplicable && notApplicableReason.trim() === '');
    this.rationaleLength.set(rationale.length);
    if (!this.canEdit()) {
      return;
    }
    const levels = [this.form.controls.level, this.form.controls.targetLevel];
    levels.forEach((control) =>
      notApplicable ? control.disable({ emitEvent: false }) : control.enable({ emitEvent: false }),
    );
    const state = this.form.controls.state;
    if (level === null && !notApplicable) {
      state.setValue('draft', { emitEvent: false });
      state.disable({ emitEvent: false });
    } else {
      state.enable({ emitEvent: false });
    }
  }

  private value(): ResponseInput {
    const raw = this.form.getRawValue();
    return {
      level: raw.notApplicable ? null : raw.level,
      targetLevel: raw.notApplicable ? null : raw.targetLevel,
      rationale: raw.rationale,
      notApplicable: raw.notApplicable,
      notApplicableReason: raw.notApplicable ? raw.notApplicableReason : null,
      state: raw.state,
    };
  }
}
