import {
  SEARCH_QUERY_MAX_LENGTH,
  SEARCH_QUERY_MIN_LENGTH,
  SearchResults,
} from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { of } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { EvidenceKindsService } from '../../evidence/data-access/evidence-kinds.service';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { SearchApiService } from '../search-api.service';

const EMPTY: SearchResults = {
  query: '',
  criteria: { items: [], truncated: false },
  evidence: { items: [], truncated: false },
};

/** Search results: criteria of the organisation's rubrics and its evidence, in two groups. */
@Component({
  selector: 'lk-search-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, LiveMessageComponent, LocalDatePipe],
  templateUrl: './search-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchPageComponent {
  private readonly api = inject(SearchApiService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  protected readonly kinds = inject(EvidenceKindsService);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;
  protected readonly max = SEARCH_QUERY_MAX_LENGTH;

  /** The `q` query parameter. */
  readonly q = input<string | undefined>();
  protected readonly query = computed(() => (this.q() ?? '').trim());
  protected readonly tooShort = computed(
    () => this.query().length > 0 && this.query().length < SEARCH_QUERY_MIN_LENGTH,
  );
  protected readonly field = new FormControl('', { nonNullable: true });

  protected readonly results = rxResource({
    params: () => {
      const q = this.query();
      return q.length >= SEARCH_QUERY_MIN_LENGTH
        ? { q, organisationId: this.session.activeOrganisationId() }
        : undefined;
    },
    stream: ({ params }) => (params ? this.api.search(params.q) : of(EMPTY)),
  });
  protected readonly found = computed(() =>
    this.results.hasValue() ? this.results.value() : EMPTY,
  );
  protected readonly total = computed(
    () => this.found().criteria.items.length + this.found().evidence.items.length,
  );
  protected readonly loadError = computed(() => {
    const error = this.results.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  constructor() {
    effect(() => this.field.setValue(this.query()));
  }

  protected search(event: Event): void {
    event.preventDefault();
    const q = this.field.value.trim();
    void this.router.navigate(['/search'], { queryParams: q ? { q } : {} });
  }
}
