import { isRoundOpen, type Criterion } from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { AssessmentRoundsApiService } from '../../assessment-rounds/data-access/assessment-rounds-api.service';
import { RubricsApiService } from '../../rubrics/data-access/rubrics-api.service';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import {
  LearningReportApiService,
  LearningReportQuery,
  LinkedLearningEvidence,
} from '../data-access/learning-report-api.service';

/** The domain whose criteria take the learning report as evidence (libs/domain `assertVakmanschapCriteria`). */
export const VAKMANSCHAP_DOMAIN = 'VAK';

/**
 * The quality officer links the shown report, as a PDF, to vakmanschap criteria of an open round:
 * choose the round and the criteria, and the API renders and links it.
 */
@Component({
  selector: 'lk-learning-evidence-form',
  imports: [TranslocoPipe, RouterLink, LiveMessageComponent],
  templateUrl: './learning-evidence-form.component.html',
  styles: `
    .learning-evidence__result .live-message {
      margin-top: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LearningEvidenceFormComponent {
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  private readonly rubricsApi = inject(RubricsApiService);
  private readonly api = inject(LearningReportApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly session = inject(SessionStore);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  /** The report's scope and period, as shown above. */
  readonly query = input.required<LearningReportQuery>();

  protected readonly rounds = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.roundsApi.list(),
  });
  protected readonly openRounds = computed(() =>
    this.rounds.hasValue() ? this.rounds.value().filter((round) => isRoundOpen(round.status)) : [],
  );
  protected readonly roundId = signal<string>('');
  protected readonly round = computed(
    () => this.openRounds().find((round) => round.id === this.roundId()) ?? null,
  );
  private readonly rubric = rxResource({
    params: () => {
      const round = this.round();
      return round ? { id: round.rubricId, version: round.rubricVersion } : undefined;
    },
    stream: ({ params }) => this.rubricsApi.version(params.id, params.version),
  });
  protected readonly criteria = computed<Criterion[]>(() =>
    this.rubric.hasValue()
      ? (this.rubric.value().domains.find((domain) => domain.code === VAKMANSCHAP_DOMAIN)
          ?.criteria ?? [])
      : [],
  );
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly linked = signal<(LinkedLearningEvidence & { roundId: string }) | null>(null);
  protected readonly missingChoice = signal(false);

  constructor() {
    // The first open round is preselected; most organisations have just one.
    effect(() => {
      const open = this.openRounds();
      if (!open.some((round) => round.id === this.roundId())) {
        this.roundId.set(open[0]?.id ?? '');
      }
    });
  }

  protected chooseRound(event: Event): void {
    this.roundId.set((event.target as HTMLSelectElement).value);
    this.selected.set(new Set());
    this.linked.set(null);
    this.error.set(null);
  }

  protected toggle(code: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const next = new Set(this.selected());
    if (checked) {
      next.add(code);
    } else {
      next.delete(code);
    }
    this.selected.set(next);
    if (next.size > 0) {
      this.missingChoice.set(false);
    }
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const round = this.round();
    const codes = this.criteria()
      .map((criterion) => criterion.code)
      .filter((code) => this.selected().has(code));
    this.linked.set(null);
    this.error.set(null);
    if (!round || codes.length === 0) {
      this.missingChoice.set(true);
      return;
    }
    this.busy.set(true);
    try {
      const result = await firstValueFrom(this.api.linkAsEvidence(round.id, this.query(), codes));
      this.linked.set({ ...result, roundId: round.id });
      this.selected.set(new Set());
    } catch (error) {
      this.error.set(toUserMessage(error, (key) => this.transloco.translate(key)));
    } finally {
      this.busy.set(false);
    }
  }
}
