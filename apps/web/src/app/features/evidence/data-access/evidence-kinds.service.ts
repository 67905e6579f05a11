import { EvidenceKind } from '@labelklaar/domain';

import { computed, inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { map, of, switchMap } from 'rxjs';

import { LanguageService } from '../../../core/i18n/language.service';
import { RubricsApiService } from '../../rubrics/data-access/rubrics-api.service';

/**
 * The evidence-kind vocabulary with its Dutch and English labels. It is one list for every
 * rubric version (`evidence-kinds.yaml`), so it comes with any version's document; the cached
 * version fetch means pages that already read a rubric cost no extra request.
 */
@Injectable({ providedIn: 'root' })
export class EvidenceKindsService {
  private readonly rubrics = inject(RubricsApiService);
  private readonly language = inject(LanguageService);

  private readonly vocabulary = rxResource({
    stream: () =>
      this.rubrics.list().pipe(
        switchMap((list) => {
          const first = list.find((rubric) => rubric.status === 'published') ?? list[0];
          return first
            ? this.rubrics.version(first.id, first.version).pipe(map((v) => v.evidenceKinds))
            : of<EvidenceKind[]>([]);
        }),
      ),
  });

  /** The kinds in file order, labelled in the UI language. */
  readonly kinds = computed(() => {
    const lang = this.language.active();
    const kinds = this.vocabulary.hasValue() ? this.vocabulary.value() : [];
    return kinds.map((kind) => ({ key: kind.key, label: kind.label[lang] }));
  });

  /** Labels by key in the UI language. */
  readonly labels = computed(() => new Map(this.kinds().map((kind) => [kind.key, kind.label])));

  /** A kind's label; an unknown key (a kind since dropped from the vocabulary) shows as is. */
  label(key: string): string {
    return this.labels().get(key) ?? key;
  }
}
