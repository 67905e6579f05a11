import {
  evidenceExpiry,
  EvidenceExpiry,
  EvidenceListItem,
  nextTargetDate,
} from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { AssessmentRoundsApiService } from '../../assessment-rounds/data-access/assessment-rounds-api.service';
import { localToday } from '../../reviews/review-invite-form/review-invite-form.component';
import { EvidenceApiService } from '../data-access/evidence-api.service';
import { EvidenceKindsService } from '../data-access/evidence-kinds.service';

export interface LibraryRow {
  evidence: EvidenceListItem;
  expiry: EvidenceExpiry;
}

/**
 * The organisation's evidence library (Bewijsbibliotheek): every item with its kind, current
 * version and dates, filtered by kind and by "expired or expiring before the target date" of the
 * round being prepared; each item opens its own page with its versions and the rounds using it.
 */
@Component({
  selector: 'lk-evidence-library-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent, LocalDatePipe],
  templateUrl: './evidence-library-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvidenceLibraryPageComponent {
  private readonly api = inject(EvidenceApiService);
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  protected readonly kinds = inject(EvidenceKindsService);

  private readonly today = localToday();
  protected readonly kind = signal('');
  protected readonly needsAttention = signal(false);

  protected readonly evidence = rxResource({
    params: () => ({ org: this.session.activeOrganisationId() }),
    stream: () => this.api.list(),
  });
  private readonly rounds = rxResource({
    params: () => ({ org: this.session.activeOrganisationId() }),
    stream: () => this.roundsApi.list(),
  });

  /** The soonest coming target date of a draft round; null without one. */
  protected readonly targetDate = computed(() =>
    this.rounds.hasValue() ? nextTargetDate(this.rounds.value(), this.today) : null,
  );

  private readonly rows = computed<LibraryRow[]>(() => {
    const target = this.targetDate();
    const items = this.evidence.hasValue() ? this.evidence.value() : [];
    return items.map((evidence) => ({
      evidence,
      expiry: evidenceExpiry(evidence.validUntil, this.today, target),
    }));
  });

  /** The kinds the library holds, for the filter; labelled, in vocabulary order. */
  protected readonly kindOptions = computed(() => {
    const used = new Set(this.rows().map((row) => row.evidence.evidenceKind));
    const known = this.kinds.kinds().filter((kind) => used.has(kind.key));
    const knownKeys = new Set(known.map((kind) => kind.key));
    const unknown = [...used]
      .filter((key) => !knownKeys.has(key))
      .map((key) => ({ key, label: key }));
    return [...known, ...unknown];
  });

  protected readonly shown = computed(() =>
    this.rows().filter(
      (row) =>
        (this.kind() === '' || row.evidence.evidenceKind === this.kind()) &&
        (!this.needsAttention() || row.expiry === 'expired' || row.expiry === 'expiring'),
    ),
  );

  protected readonly loadError = computed(() => {
    const error = this.evidence.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  protected setKind(event: Event): void {
    this.kind.set((event.target as HTMLSelectElement).value);
  }

  protected setNeedsAttention(event: Event): void {
    this.needsAttention.set((event.target as HTMLInputElement).checked);
  }
}
