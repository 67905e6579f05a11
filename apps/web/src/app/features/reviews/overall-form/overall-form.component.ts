import {
  OVERALL_TEXT_MAX_LENGTH,
  OverallInput,
  OverallJudgement,
  PeerJudgement,
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
import { map } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { LocalDateTimePipe } from '../../../shared/ui/local-date/local-date-time.pipe';
import { ReviewsApiService } from '../data-access/reviews-api.service';
import { DebouncedSave, SAVE_DELAY_MS } from '../finding-form/debounced-save';
import { JudgementLabelComponent } from '../judgement-label/judgement-label.component';
import { JudgementPickerComponent } from '../judgement-picker/judgement-picker.component';

/** The overall judgement with strengths and points for improvement, saved like a finding. */
@Component({
  selector: 'lk-overall-form',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    JudgementPickerComponent,
    JudgementLabelComponent,
    LocalDateTimePipe,
  ],
  templateUrl: './overall-form.component.html',
  styleUrl: '../finding-form/finding-form.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverallFormComponent {
  private readonly reviewsApi = inject(ReviewsApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  readonly reviewId = input.required<string>();
  readonly overall = input.required<OverallJudgement>();
  readonly canEdit = input(false);
  readonly delayMs = input(SAVE_DELAY_MS);
  readonly saved = output<OverallInput>();

  protected readonly textMax = OVERALL_TEXT_MAX_LENGTH;
  protected readonly form = new FormGroup({
    judgement: new FormControl<PeerJudgement | null>(null),
    strengths: new FormControl('', { nonNullable: true }),
    improvements: new FormControl('', { nonNullable: true }),
  });
  protected readonly saver = signal<DebouncedSave<OverallInput, OverallInput> | null>(null);
  protected readonly needsJudgement = signal(false);
  protected readonly errorText = computed(() => {
    const error = this.saver()?.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  constructor() {
    effect(() => {
      const overall = this.overall();
      untracked(() => this.start(overall));
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

  private start(overall: OverallJudgement): void {
    if (this.saver()) {
      return;
    }
    this.form.setValue(
      {
        judgement: overall.judgement,
        strengths: overall.strengths,
        improvements: overall.improvements,
      },
      { emitEvent: false },
    );
    const save = (value: OverallInput) =>
      this.reviewsApi.saveOverall(this.reviewId(), value).pipe(map(() => value));
    this.saver.set(new DebouncedSave(save, (value) => this.saved.emit(value), this.delayMs()));
  }

  private changed(): void {
    const { judgement, strengths, improvements } = this.form.getRawValue();
    this.needsJudgement.set(
      judgement === null && (strengths.trim() !== '' || improvements.trim() !== ''),
    );
    if (judgement !== null) {
      this.saver()?.change({ judgement, strengths, improvements });
    }
  }
}
