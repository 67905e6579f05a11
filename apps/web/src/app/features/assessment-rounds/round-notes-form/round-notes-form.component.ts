import {
  AssessmentRoundDetail,
  PARTICIPANT_GROUPS,
  ParticipantGroup,
  PARTICIPATION_METHODS,
  PARTICIPATION_NOTE_MAX_LENGTH,
  ParticipationEntry,
  ParticipationMethod,
  ROUND_TEXT_MAX_LENGTH,
} from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { TextLimitComponent } from '../../../shared/ui/text-limit/text-limit.component';
import { TextLimitDirective } from '../../../shared/ui/text-limit/text-limit.directive';
import { AssessmentRoundsApiService } from '../data-access/assessment-rounds-api.service';

type EntryForm = FormGroup<{
  group: FormControl<ParticipantGroup>;
  method: FormControl<ParticipationMethod>;
  date: FormControl<string>;
  note: FormControl<string>;
}>;

function entryForm(entry?: ParticipationEntry): EntryForm {
  return new FormGroup({
    group: new FormControl(entry?.group ?? 'staff', { nonNullable: true }),
    method: new FormControl(entry?.method ?? 'session', { nonNullable: true }),
    date: new FormControl(entry?.date ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    note: new FormControl(entry?.note ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(PARTICIPATION_NOTE_MAX_LENGTH)],
    }),
  });
}

/** Ambitions, bottlenecks and who took part in the self-evaluation; editable by quality officers. */
@Component({
  selector: 'lk-round-notes-form',
  imports: [
    TextLimitComponent,
    TextLimitDirective,
    ReactiveFormsModule,
    TranslocoPipe,
    LiveMessageComponent,
    LocalDatePipe,
  ],
  templateUrl: './round-notes-form.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundNotesFormComponent {
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  protected readonly language = inject(LanguageService);

  readonly round = input.required<AssessmentRoundDetail>();
  readonly canEdit = input(false);
  readonly saved = output<AssessmentRoundDetail>();

  protected readonly groups = PARTICIPANT_GROUPS;
  protected readonly methods = PARTICIPATION_METHODS;
  protected readonly textMax = ROUND_TEXT_MAX_LENGTH;
  protected readonly noteMax = PARTICIPATION_NOTE_MAX_LENGTH;
  protected readonly form = new FormGroup({
    ambitions: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(ROUND_TEXT_MAX_LENGTH)],
    }),
    bottlenecks: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(ROUND_TEXT_MAX_LENGTH)],
    }),
    participation: new FormArray<EntryForm>([]),
  });
  protected readonly submission = injectFormSubmission(this.form);

  constructor() {
    effect(() => this.fill(this.round()));
  }

  protected get entries(): FormArray<EntryForm> {
    return this.form.controls.participation;
  }

  protected addEntry(): void {
    this.entries.push(entryForm());
  }

  protected removeEntry(index: number): void {
    this.entries.removeAt(index);
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const round = await this.submission.submit(() =>
      this.roundsApi.update(this.round().id, { version: this.round().version, ...value }),
    );
    if (round) {
      this.saved.emit(round);
    }
  }

  private fill(round: AssessmentRoundDetail): void {
    this.form.controls.ambitions.setValue(round.ambitions);
    this.form.controls.bottlenecks.setValue(round.bottlenecks);
    this.entries.clear();
    round.participation.forEach((entry) => this.entries.push(entryForm(entry)));
    this.form.markAsPristine();
  }
}
