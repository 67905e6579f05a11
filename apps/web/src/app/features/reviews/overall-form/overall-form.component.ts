import {
  OVERALL_TEXT_MAX_LENGTH,
  OverallInput,
  OverallJudgement,
  PeerJudgement,
  ReviewDetail,
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

type OverallValue = Omit<OverallInput, 'version' | 'judgement'> & {
  judgement: PeerJudgement | null;
};

const FIELDS: readonly (keyof OverallValue)[] = ['judgement', 'strengths', 'improvements'];

const valueOf = (overall: OverallJudgement): OverallValue => ({
  judgement: overall.judgement,
  strengths: overall.strengths,
  improvements: overall.improvements,
});

/** The overall judgement with strengths and points for improvement, saved like a finding. */
@Component({
  selector: 'lk-overall-form',
  imports: [
    TextLimitComponent,
    TextLimitDirective,
    ReactiveFormsModule,
    TranslocoPipe,
    JudgementPickerComponent,
    JudgementLabelComponent,
    SaveStatusComponent,
  ],
  templateUrl: './overall-form.component.html',
  styleUrl: '../finding-form/finding-form.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverallFormComponent {
  private readonly reviewsApi = inject(ReviewsApiService);

  readonly reviewId = input.required<string>();
  readonly overall = input.required<OverallJudgement>();
  /** The review's version when the page loaded; each save sends the one it last saw. */
  readonly version = input.required<number>();
  readonly canEdit = input(false);
  readonly delayMs = input(AUTOSAVE_DELAY_MS);
  readonly saved = output<ReviewDetail>();

  protected readonly textMax = OVERALL_TEXT_MAX_LENGTH;
  protected readonly form = new FormGroup({
    judgement: new FormControl<PeerJudgement | null>(null),
    strengths: new FormControl('', { nonNullable: true }),
    improvements: new FormControl('', { nonNullable: true }),
  });
  /** The first value fills the form; later ones (our own saves coming back) leave it alone. */
  protected readonly saver = autosaveFrom(this.overall, (first) => this.start(first));
  protected readonly needsJudgement = signal(false);

  constructor() {
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.changed());
  }

  /** Waits for what is still being typed, so a submit sends the last word too. */
  async settle(): Promise<void> {
    await this.saver()?.flush();
  }

  private start(overall: OverallJudgement): Autosave<OverallValue, ReviewDetail> {
    this.fill(overall);
    const save = (value: OverallValue, version: number) =>
      this.reviewsApi.saveOverall(this.reviewId(), { ...(value as OverallInput), version });
    return new Autosave(
      {
        save,
        versionOf: (review) => review.version,
        valueOf: (review) => valueOf(review.overall),
        fields: FIELDS,
        describe: () => ({ by: null, at: null }),
        onSaved: (review) => this.saved.emit(review),
        delayMs: this.delayMs(),
      },
      { version: this.version(), value: valueOf(overall) },
    );
  }

  /** The other version, loaded on request: the form shows it and continues from it. */
  protected reloaded(review: ReviewDetail): void {
    this.fill(review.overall);
    this.saved.emit(review);
  }

  private fill(overall: OverallJudgement): void {
    this.form.setValue(valueOf(overall), { emitEvent: false });
    this.needsJudgement.set(false);
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
