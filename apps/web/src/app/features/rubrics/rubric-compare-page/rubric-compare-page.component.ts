import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { RubricLibraryApiService } from '../data-access/rubric-library-api.service';
import { RubricsApiService } from '../data-access/rubrics-api.service';
import { RUBRIC_CONTENT_LANG } from '../rubric-content';
import { FieldChangesTableComponent } from './field-changes-table.component';
import { bySemver, toComparisonView } from './rubric-compare.view';

/** Two versions of one rubric side by side: criteria added, removed and changed field by field. */
@Component({
  selector: 'lk-rubric-compare-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent, FieldChangesTableComponent],
  templateUrl: './rubric-compare-page.component.html',
  styleUrl: './rubric-compare-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RubricComparePageComponent {
  private readonly libraryApi = inject(RubricLibraryApiService);
  private readonly rubricsApi = inject(RubricsApiService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  readonly rubricId = input.required<string>();
  readonly from = input<string>();
  readonly to = input<string>();

  private readonly catalogue = rxResource({ stream: () => this.rubricsApi.list() });
  protected readonly versions = computed(() =>
    this.catalogue.hasValue()
      ? this.catalogue
          .value()
          .filter((rubric) => rubric.id === this.rubricId())
          .map((rubric) => rubric.version)
          .sort(bySemver)
      : [],
  );
  /** Without a choice in the address: the newest version against the one before it. */
  protected readonly chosenTo = linkedSignal(() => this.to() ?? this.versions().at(-1) ?? '');
  protected readonly chosenFrom = linkedSignal(
    () => this.from() ?? this.versions().at(-2) ?? this.versions().at(0) ?? '',
  );
  private readonly pair = computed(() => {
    const from = this.from() ?? this.versions().at(-2);
    const to = this.to() ?? this.versions().at(-1);
    return from && to && from !== to ? { rubricId: this.rubricId(), from, to } : undefined;
  });
  protected readonly isSamePair = computed(() => this.chosenFrom() === this.chosenTo());

  protected readonly comparison = rxResource({
    params: () => this.pair(),
    stream: ({ params }) => this.libraryApi.compare(params.rubricId, params.from, params.to),
  });
  protected readonly view = computed(() => {
    const lang = this.language.active();
    const t = (key: string, params?: Record<string, unknown>) =>
      this.transloco.translate(key, params);
    return this.comparison.hasValue() ? toComparisonView(this.comparison.value(), t, lang) : null;
  });
  /** The workbook of `to` holds a sheet comparing it with its previous version: this one. */
  protected readonly workbookUrl = computed(() => {
    const pair = this.pair();
    return pair && this.view()?.hasMapping
      ? this.libraryApi.exportUrl(pair.rubricId, pair.to, 'xlsx')
      : null;
  });
  protected readonly error = computed(() => {
    const error = this.comparison.error() ?? this.catalogue.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  protected choose(which: 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    (which === 'from' ? this.chosenFrom : this.chosenTo).set(value);
  }

  protected async show(event: Event): Promise<void> {
    event.preventDefault();
    if (this.isSamePair()) {
      return;
    }
    await this.router.navigate(['/rubrics', this.rubricId(), 'compare'], {
      queryParams: { from: this.chosenFrom(), to: this.chosenTo() },
    });
  }
}
