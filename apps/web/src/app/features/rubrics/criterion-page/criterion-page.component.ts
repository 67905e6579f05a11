import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { CriterionHeaderComponent } from '../../../shared/ui/criterion-header/criterion-header.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { RubricsApiService } from '../data-access/rubrics-api.service';
import { MaturityScaleComponent } from '../maturity-scale/maturity-scale.component';
import { RUBRIC_CONTENT_LANG } from '../rubric-content';
import { RubricVersionInfoComponent } from '../version-info/rubric-version-info.component';

@Component({
  selector: 'lk-criterion-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    LiveMessageComponent,
    CriterionHeaderComponent,
    MaturityScaleComponent,
    RubricVersionInfoComponent,
  ],
  templateUrl: './criterion-page.component.html',
  styleUrl: './criterion-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CriterionPageComponent {
  private readonly rubricsApi = inject(RubricsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  readonly rubricId = input.required<string>();
  readonly version = input.required<string>();
  readonly code = input.required<string>();

  protected readonly rubric = rxResource({
    params: () => ({ rubricId: this.rubricId(), version: this.version() }),
    stream: ({ params }) => this.rubricsApi.version(params.rubricId, params.version),
  });

  /** The criterion with its domain, or null when the code is not in this version. */
  protected readonly found = computed(() => {
    if (!this.rubric.hasValue()) {
      return null;
    }
    for (const domain of this.rubric.value().domains) {
      const criterion = domain.criteria.find((c) => c.code === this.code());
      if (criterion) {
        return { domain, criterion };
      }
    }
    return null;
  });

  /** Expected evidence, labelled in the UI language from the rubric's list of evidence kinds. */
  protected readonly evidenceKinds = computed(() => {
    const found = this.found();
    if (!found || !this.rubric.hasValue()) {
      return [];
    }
    const lang = this.language.active();
    const kinds = this.rubric.value().evidenceKinds;
    return found.criterion.evidenceKinds.map((key) => {
      const kind = kinds.find((k) => k.key === key);
      return { key, label: kind ? kind.label[lang] : key };
    });
  });

  protected readonly error = computed(() => {
    const error = this.rubric.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });
}
