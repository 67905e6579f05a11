import {
  FINDING_MAX_LENGTH,
  FindingInput,
  PeerJudgement,
  QUESTIONS_MAX_LENGTH,
  ReviewFinding,
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
import { ReviewsApiService } from '../data-access/reviews-api.service';
import { JudgementLabelComponent } from '../judgement-label/judgement-label.component';
import { JudgementPickerComponent } from '../judgement-picker/judgement-picker.component';
import { DebouncedSave, SAVE_DELAY_MS } from './debounced-save';

/**
 * The reviewer's finding on one criterion, saved automatically once a judgement is chosen (the
 * API needs one). Read-only once the review is submitted.
 */
@Component({
  selector: 'lk-finding-form',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    JudgementPickerComponent,
    JudgementLabelComponent,
    LocalDateTimePipe,
  ],
  templateUrl: './finding-form.component.html',
  styleUrl: './finding-form.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FindingFormComponent {
  private readonly reviewsApi = inject(ReviewsApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  readonly reviewId = input.required<string>();
  readonly criterionCode = input.required<string>();
  readonly finding = input<ReviewFinding | null>(null);
  readonly canEdit = input(false);
  readonly delayMs = input(SAVE_DELAY_MS);
  readonly saved = output<ReviewFinding>();

  protected readonly findingMax = FINDING_MAX_LENGTH;
  protected readonly questionsMax = QUESTIONS_MAX_LENGTH;
  protected readonly form = new FormGroup({
    judgement: new FormControl<PeerJudgement | null>(null),
    finding: new FormControl('', { nonNullable: true }),
    questions: new FormControl('', { nonNullable: true }),
  });
  protected readonly saver = signal<DebouncedSave<FindingInput, ReviewFinding> | null>(null);
  protected readonly needsJudgement = signal(false);
  protected readonly findingLength = signal(0);
  protected readonly errorText = computed(() => {
    const error = this.saver()?.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  constructor() {
    effect(() => {
      const finding = this.finding();
      untracked(() => this.start(finding));
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.changed());
    inject(DestroyRef).onDestroy(() => {
      const saver = this.saver();
      void saver?.flush().finally(() => saver.destroy());
    });
  }

  protected flush(): void {
    void this.saver()?.flush();
  }

  /** Waits for what is still being typed, so a submit sends the last word too. */
  async settle(): Promise<void> {
    await this.saver()?.flush();
  }

  /** The first value fills the form; later ones (our own saves coming back) leave it alone. */
  private start(finding: ReviewFinding | null): void {
    if (this.saver()) {
      return;
    }
    this.form.setValue(
      {
        judgement: finding?.judgement ?? null,
        finding: finding?.finding ?? '',
        questions: finding?.questions ?? '',
      },
      { emitEvent: false },
    );
    this.findingLength.set(finding?.finding.length ?? 0);
    const save = (value: FindingInput) =>
      this.reviewsApi.saveFinding(this.reviewId(), this.criterionCode(), value);
    this.saver.set(new DebouncedSave(save, (saved) => this.saved.emit(saved), this.delayMs()));
  }

  private changed(): void {
    const { judgement, finding, questions } = this.form.getRawValue();
    this.findingLength.set(finding.length);
    this.needsJudgement.set(
      judgement === null && (finding.trim() !== '' || questions.trim() !== ''),
    );
    if (judgement !== null) {
      this.saver()?.change({ judgement, finding, questions });
    }
  }
}
