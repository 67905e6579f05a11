import { Criterion, EvidenceKind } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { FieldMessage } from '../../../shared/forms/field-message';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { addLevel, englishOf, moveItem, removeLevel } from '../draft-editing/draft-editing';

type English = NonNullable<Criterion['en']>;

const MIN_QUESTIONS = 2;
const MAX_QUESTIONS = 4;
const MAX_LEVELS = 10;

/**
 * One criterion of a draft, Dutch and English texts side by side per field. Presentational: the
 * criterion and its violations come in, every edit goes out as the whole changed criterion.
 */
@Component({
  selector: 'lk-criterion-form',
  imports: [TranslocoPipe, FieldErrorComponent],
  templateUrl: './criterion-form.component.html',
  styleUrl: './criterion-form.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CriterionFormComponent {
  readonly criterion = input.required<Criterion>();
  readonly evidenceKinds = input.required<readonly EvidenceKind[]>();
  /** Violations by field path relative to the criterion (`title`, `maturityScale[1].descriptor`). */
  readonly messages = input<Record<string, FieldMessage>>({});
  /** Prefix of the element ids; unique on the page. */
  readonly idPrefix = input('criterion');
  readonly changed = output<Criterion>();
  /** Leaving a field: save now rather than after the pause. */
  readonly left = output<void>();

  protected readonly minQuestions = MIN_QUESTIONS;
  protected readonly maxQuestions = MAX_QUESTIONS;
  protected readonly maxLevels = MAX_LEVELS;
  protected readonly english = computed(() => englishOf(this.criterion()));
  /** Keys the criterion names that the vocabulary lacks: shown so they can be unticked. */
  protected readonly unknownKinds = computed(() => {
    const known = new Set(this.evidenceKinds().map((kind) => kind.key));
    return this.criterion().evidenceKinds.filter((key) => !known.has(key));
  });

  protected message(path: string): FieldMessage | null {
    return this.messages()[path] ?? null;
  }

  protected set<K extends 'code' | 'title' | 'description'>(field: K, value: string): void {
    this.emit({ ...this.criterion(), [field]: field === 'code' ? value.trim() : value });
  }

  protected setNumber(field: 'weight' | 'metLevel', value: string): void {
    const number = Number(value);
    this.emit({ ...this.criterion(), [field]: Number.isInteger(number) ? number : 0 });
  }

  protected setFlag(field: 'required' | 'allowNotApplicable', value: boolean): void {
    this.emit({ ...this.criterion(), [field]: value });
  }

  protected setEnglish<K extends 'title' | 'description'>(field: K, value: string): void {
    this.emitEnglish({ ...this.english(), [field]: value });
  }

  protected setQuestion(index: number, value: string, lang: 'nl' | 'en'): void {
    if (lang === 'en') {
      const questions = this.englishQuestions().map((q, i) => (i === index ? value : q));
      this.emitEnglish({ ...this.english(), guidanceQuestions: questions });
      return;
    }
    const questions = this.criterion().guidanceQuestions.map((q, i) => (i === index ? value : q));
    this.emit({ ...this.criterion(), guidanceQuestions: questions });
  }

  protected englishQuestion(index: number): string {
    return this.english().guidanceQuestions[index] ?? '';
  }

  protected addQuestion(): void {
    const criterion = this.criterion();
    this.emit({
      ...criterion,
      guidanceQuestions: [...criterion.guidanceQuestions, ''],
      ...(criterion.en && {
        en: { ...criterion.en, guidanceQuestions: [...this.englishQuestions(), ''] },
      }),
    });
  }

  protected removeQuestion(index: number): void {
    const criterion = this.criterion();
    this.emit({
      ...criterion,
      guidanceQuestions: criterion.guidanceQuestions.filter((_, i) => i !== index),
      ...(criterion.en && {
        en: {
          ...criterion.en,
          guidanceQuestions: this.englishQuestions().filter((_, i) => i !== index),
        },
      }),
    });
  }

  protected moveQuestion(index: number, delta: -1 | 1): void {
    const criterion = this.criterion();
    this.emit({
      ...criterion,
      guidanceQuestions: moveItem(criterion.guidanceQuestions, index, delta),
      ...(criterion.en && {
        en: { ...criterion.en, guidanceQuestions: moveItem(this.englishQuestions(), index, delta) },
      }),
    });
  }

  protected toggleKind(key: string, checked: boolean): void {
    const kinds = this.criterion().evidenceKinds.filter((item) => item !== key);
    this.emit({ ...this.criterion(), evidenceKinds: checked ? [...kinds, key] : kinds });
  }

  protected setLevel(index: number, field: 'name' | 'descriptor', value: string): void {
    const criterion = this.criterion();
    const scale = criterion.maturityScale.map((step, i) =>
      i === index ? { ...step, [field]: value } : step,
    );
    this.emit({ ...criterion, maturityScale: scale });
  }

  protected setEnglishLevel(index: number, field: 'name' | 'descriptor', value: string): void {
    const english = this.english();
    const scale = this.criterion().maturityScale.map((_, i) => ({
      name: english.maturityScale[i]?.name ?? '',
      descriptor: english.maturityScale[i]?.descriptor ?? '',
      ...(i === index && { [field]: value }),
    }));
    this.emitEnglish({ ...english, maturityScale: scale });
  }

  protected englishLevel(index: number): { name: string; descriptor: string } {
    return this.english().maturityScale[index] ?? { name: '', descriptor: '' };
  }

  protected addLevel(): void {
    this.emit(addLevel(this.criterion()));
  }

  protected removeLevel(index: number): void {
    this.emit(removeLevel(this.criterion(), index));
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  private englishQuestions(): string[] {
    return this.criterion().guidanceQuestions.map((_, i) => this.englishQuestion(i));
  }

  private emitEnglish(english: English): void {
    this.emit({ ...this.criterion(), en: english });
  }

  private emit(criterion: Criterion): void {
    this.changed.emit(criterion);
  }
}
