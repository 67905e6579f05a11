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
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable } from 'rxjs';

import {
  Autosave,
  AUTOSAVE_DELAY_MS,
  autosaveFrom,
  changedFields,
} from '../../../shared/autosave/autosave';
import { SaveStatusComponent } from '../../../shared/autosave/save-status.component';
import { TextLimitComponent } from '../../../shared/ui/text-limit/text-limit.component';
import { TextLimitDirective } from '../../../shared/ui/text-limit/text-limit.directive';
import { CriterionResponsesApiService } from '../data-access/criterion-responses-api.service';
import { LevelPickerComponent } from '../level-picker/level-picker.component';

const FIELDS: readonly (keyof ResponseInput)[] = [
  'level',
  'targetLevel',
  'rationale',
  'notApplicable',
  'notApplicableReason',
  'state',
];

export function inputOf(response: CriterionResponse): ResponseInput {
  const { level, targetLevel, rationale, notApplicable, notApplicableReason, state } = response;
  return { level, targetLevel, rationale, notApplicable, notApplicableReason, state };
}

/** The autosave of one response: its version guards the save, and a 409 names the other author. */
export function responseAutosave(
  save: (input: ResponseInput, version: number) => Observable<CriterionResponse>,
  onSaved: (response: CriterionResponse) => void,
  initial: CriterionResponse,
  delayMs = AUTOSAVE_DELAY_MS,
): Autosave<ResponseInput, CriterionResponse> {
  return new Autosave(
    {
      save,
      versionOf: (saved) => saved.version,
      valueOf: inputOf,
      fields: FIELDS,
      describe: (current) => ({
        by: current.updatedBy?.displayName ?? null,
        byUserId: current.updatedBy?.userId ?? null,
        at: current.updatedAt,
      }),
      savedAtOf: (saved) => saved.updatedAt,
      onSaved,
      delayMs,
    },
    { version: initial.version, value: inputOf(initial) },
  );
}

export const changedResponseFields = (before: ResponseInput, after: ResponseInput) =>
  changedFields(FIELDS, before, after);

/** The answer to one criterion, saved automatically; a conflicting edit is shown, never lost. */
@Component({
  selector: 'lk-response-editor',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    LevelPickerComponent,
    SaveStatusComponent,
    TextLimitComponent,
    TextLimitDirective,
  ],
  templateUrl: './response-editor.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResponseEditorComponent {
  private readonly responsesApi = inject(CriterionResponsesApiService);

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
  /** The first response starts the autosave; later ones (evidence linked) leave the form alone. */
  protected readonly autosave = autosaveFrom(this.response, (response) => this.start(response));
  protected readonly reasonMissing = signal(false);
  protected readonly notApplicable = signal(false);
  protected readonly rationaleLength = signal(0);
  protected readonly reasonLength = signal(0);
  /** Why the form as it stands is not saved: said instead of an earlier "saved". */
  protected readonly holdReason = computed(() => {
    if (this.reasonMissing()) {
      return 'rounds.editor.notSavedReasonMissing';
    }
    const tooLong =
      this.rationaleLength() > this.rationaleMax || this.reasonLength() > this.reasonMax;
    return tooLong ? 'rounds.editor.notSavedTooLong' : null;
  });

  constructor() {
    // The right to edit can arrive after the answer (a contributor's ownership needs the members).
    effect(() => {
      const canEdit = this.canEdit();
      untracked(() => this.allowEditing(canEdit));
    });
    this.form.controls.notApplicable.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((notApplicable) => this.carryRationaleToReason(notApplicable));
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.changed());
  }

  protected flush(): void {
    void this.autosave()?.flush();
  }

  /** The other person's version, loaded on request: the form shows it and continues from it. */
  protected reloadTheirs(current: CriterionResponse): void {
    this.fill(current);
    this.saved.emit(current);
  }

  private start(response: CriterionResponse): Autosave<ResponseInput, CriterionResponse> {
    this.fill(response);
    const save = (input: ResponseInput, version: number) =>
      this.responsesApi.save(this.roundId(), this.criterion().code, input, version);
    return responseAutosave(save, (saved) => this.saved.emit(saved), response, this.delayMs());
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

  /**
   * Not applicable shows one text, the reason, where the toelichting was: what was written there
   * becomes the start of the reason rather than staying behind, unseen and unused.
   */
  private carryRationaleToReason(notApplicable: boolean): void {
    const { notApplicableReason, rationale } = this.form.controls;
    if (notApplicable && notApplicableReason.value.trim() === '' && rationale.value.trim() !== '') {
      notApplicableReason.setValue(rationale.value, { emitEvent: false });
    }
  }

  private changed(): void {
    this.syncDerived();
    if (this.holdReason()) {
      // The API refuses it as it is (no reason, too long): say "not saved" until it can go.
      this.autosave()?.hold();
      return;
    }
    this.autosave()?.change(this.value());
  }

  /** Ready for review needs an answer; not applicable leaves no level to choose. */
  private syncDerived(): void {
    const { level, notApplicable, notApplicableReason, rationale } = this.form.getRawValue();
    this.notApplicable.set(notApplicable);
    this.reasonMissing.set(notApplicable && notApplicableReason.trim() === '');
    this.rationaleLength.set(rationale.length);
    this.reasonLength.set(notApplicable ? notApplicableReason.length : 0);
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
