import {
  FINDING_MAX_LENGTH,
  FindingInput,
  PeerJudgement,
  QUESTIONS_MAX_LENGTH,
  ReviewFinding,
} from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

import { Autosave, AUTOSAVE_DELAY_MS, autosaveFrom } from '../../../shared/autosave/autosave';
import { SaveStatusComponent } from '../../../shared/autosave/save-status.component';
import { TextLimitComponent } from '../../../shared/ui/text-limit/text-limit.component';
import { TextLimitDirective } from '../../../shared/ui/text-limit/text-limit.directive';
import { ReviewsApiService } from '../data-access/reviews-api.service';
import { JudgementLabelComponent } from '../judgement-label/judgement-label.component';
import { JudgementPickerComponent } from '../judgement-picker/judgement-picker.component';

type FindingValue = Required<Omit<FindingInput, 'version'>>;

const FIELDS: readonly (keyof FindingValue)[] = ['judgement', 'finding', 'questions'];

const valueOf = (finding: ReviewFinding): FindingValue => ({
  judgement: finding.judgement as FindingValue['judgement'],
  finding: finding.finding,
  questions: finding.questions,
});

/**
 * The reviewer's finding on one criterion, saved automatically once a judgement is chosen (the
 * API needs one). Read-only once the review is submitted.
 */
@Component({
  selector: 'lk-finding-form',
  imports: [
    TextLimitComponent,
    TextLimitDirective,
    ReactiveFormsModule,
    TranslocoPipe,
    JudgementPickerComponent,
    JudgementLabelComponent,
    SaveStatusComponent,
  ],
  templateUrl: './finding-form.component.html',
  styleUrl: './finding-form.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FindingFormComponent {
  private readonly reviewsApi = inject(ReviewsApiService);

  readonly reviewId = input.required<string>();
  readonly criterionCode = input.required<string>();
  readonly finding = input<ReviewFinding | null>(null);
  readonly canEdit = input(false);
  readonly delayMs = input(AUTOSAVE_DELAY_MS);
  readonly saved = output<ReviewFinding>();

  protected readonly findingMax = FINDING_MAX_LENGTH;
  protected readonly questionsMax = QUESTIONS_MAX_LENGTH;
  protected readonly form = new FormGroup({
    judgement: new FormControl<PeerJudgement | null>(null),
    finding: new FormControl('', { nonNullable: true }),
    questions: new FormControl('', { nonNullable: true }),
  });
  /** The first value fills the form; later ones (our own saves coming back) leave it alone. */
  protected readonly saver = autosaveFrom(this.finding, (first) => this.start(first));
  protected readonly needsJudgement = signal(false);

  constructor() {
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.changed());
  }

  /** Waits for what is still being typed, so a submit sends the last word too. */
  async settle(): Promise<void> {
    await this.saver()?.flush();
  }

  private start(finding: ReviewFinding | null): Autosave<FindingValue, ReviewFinding> {
    this.fill(finding);
    // A finding not written yet has no version: the first save creates it.
    const save = (value: FindingValue, version: number) =>
      this.reviewsApi.saveFinding(
        this.reviewId(),
        this.criterionCode(),
        version > 0 ? { ...value, version } : value,
      );
    return new Autosave(
      {
        save,
        versionOf: (saved) => saved.version,
        valueOf,
        fields: FIELDS,
        describe: (current) => ({ by: null, at: current.updatedAt }),
        onSaved: (saved) => this.saved.emit(saved),
        delayMs: this.delayMs(),
      },
      {
        version: finding?.version ?? 0,
        value: finding
          ? valueOf(finding)
          : { judgement: 'not-assessed', finding: '', questions: '' },
      },
    );
  }

  /** The other version, loaded on request: the form shows it and continues from it. */
  protected reloaded(finding: ReviewFinding): void {
    this.fill(finding);
    this.saved.emit(finding);
  }

  private fill(finding: ReviewFinding | null): void {
    this.form.setValue(
      {
        judgement: finding?.judgement ?? null,
        finding: finding?.finding ?? '',
        questions: finding?.questions ?? '',
      },
      { emitEvent: false },
    );
    this.needsJudgement.set(false);
  }

  private changed(): void {
    const { judgement, finding, questions } = this.form.getRawValue();
    this.needsJudgement.set(
      judgement === null && (finding.trim() !== '' || questions.trim() !== ''),
    );
    if (judgement !== null) {
      this.saver()?.change({ judgement, finding, questions });
    }
  }
}
