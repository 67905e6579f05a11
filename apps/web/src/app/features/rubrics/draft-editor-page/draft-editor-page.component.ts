import { EvidenceKind, RubricVersion, RubricVersionDetail } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { map, Observable, of, switchMap } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { RubricDraftsApiService } from '../data-access/rubric-drafts-api.service';
import { RubricsApiService } from '../data-access/rubrics-api.service';
import { DraftEditorComponent } from '../draft-editor/draft-editor.component';

/** What the editor checks a draft against: the evidence-kind vocabulary and the version before. */
interface DraftReference {
  evidenceKinds: EvidenceKind[];
  previous: RubricVersion | null;
}

/** The label owner's editor of one draft: loads it and what it is checked against. */
@Component({
  selector: 'lk-draft-editor-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent, DraftEditorComponent],
  templateUrl: './draft-editor-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DraftEditorPageComponent {
  private readonly draftsApi = inject(RubricDraftsApiService);
  private readonly rubricsApi = inject(RubricsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);

  readonly rubricId = input.required<string>();
  readonly draftId = input.required<string>();

  protected readonly draft = rxResource({
    params: () => ({ rubricId: this.rubricId(), draftId: this.draftId() }),
    stream: ({ params }) => this.draftsApi.get(params.rubricId, params.draftId),
  });
  protected readonly reference = rxResource({
    params: () => {
      const draft = this.draft.value();
      return draft
        ? { rubricId: draft.rubricId, previous: draft.content.previousVersion ?? null }
        : undefined;
    },
    stream: ({ params }) => this.referenceOf(params.rubricId, params.previous),
  });
  protected readonly error = computed(() => {
    const error = this.draft.error() ?? this.reference.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  protected published(version: RubricVersionDetail): void {
    void this.router.navigate(['/rubrics', version.id, version.version]);
  }

  protected deleted(): void {
    void this.router.navigateByUrl('/rubrics/library');
  }

  /**
   * The version the draft continues, whose detail carries the vocabulary too; a draft that
   * continues none takes the vocabulary (the same for every rubric) from any published version.
   */
  private referenceOf(rubricId: string, previous: string | null): Observable<DraftReference> {
    const withPrevious = (detail: RubricVersionDetail | null, isPrevious: boolean) => ({
      evidenceKinds: detail?.evidenceKinds ?? [],
      previous: isPrevious ? detail : null,
    });
    if (previous) {
      return this.rubricsApi
        .version(rubricId, previous)
        .pipe(map((detail) => withPrevious(detail, true)));
    }
    return this.rubricsApi.list().pipe(
      switchMap((versions) => {
        const any = versions[0];
        return any ? this.rubricsApi.version(any.id, any.version) : of(null);
      }),
      map((detail) => withPrevious(detail, false)),
    );
  }
}
