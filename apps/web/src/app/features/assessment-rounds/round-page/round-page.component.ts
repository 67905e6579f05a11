import {
  AssessmentRoundDetail,
  canEditResponse,
  isRoundOpen,
  isRoundReviewable,
  possibleOwners,
  SubmissionChecks,
} from '@labelklaar/domain';

import { Dialog } from '@angular/cdk/dialog';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { ApiError, toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import {
  LiveMessageComponent,
  LiveMessageKind,
} from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { MembersApiService } from '../../members/data-access/members-api.service';
import { OrganisationApiService } from '../../organisation/data-access/organisation-api.service';
import { RoundReviewSectionComponent } from '../../reviews/round-review-section/round-review-section.component';
import { RubricsApiService } from '../../rubrics/data-access/rubrics-api.service';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { AssessmentRoundsApiService } from '../data-access/assessment-rounds-api.service';
import { CriterionResponsesApiService } from '../data-access/criterion-responses-api.service';
import { DomainProgressComponent } from '../domain-progress/domain-progress.component';
import {
  OwnerChange,
  RoundCriteriaTableComponent,
} from '../round-criteria-table/round-criteria-table.component';
import { RoundNotesFormComponent } from '../round-notes-form/round-notes-form.component';
import { RoundSettingsFormComponent } from '../round-settings-form/round-settings-form.component';
import { RoundSignOffComponent } from '../round-sign-off/round-sign-off.component';
import { buildRoundView, CriterionRow } from '../round-view';
import { SubmitDialogComponent, SubmitDialogData } from '../submit-dialog/submit-dialog.component';
import { SubmitPanelComponent, SubmitRefusal } from '../submit-panel/submit-panel.component';

@Component({
  selector: 'lk-round-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    LiveMessageComponent,
    LocalDatePipe,
    DomainProgressComponent,
    RoundCriteriaTableComponent,
    RoundNotesFormComponent,
    RoundSettingsFormComponent,
    SubmitPanelComponent,
    RoundReviewSectionComponent,
    RoundSignOffComponent,
  ],
  templateUrl: './round-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundPageComponent {
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  private readonly responsesApi = inject(CriterionResponsesApiService);
  private readonly rubricsApi = inject(RubricsApiService);
  private readonly membersApi = inject(MembersApiService);
  private readonly dialog = inject(Dialog);
  private readonly organisationApi = inject(OrganisationApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  private readonly permissions = inject(PermissionsStore);
  protected readonly language = inject(LanguageService);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  readonly roundId = input.required<string>();

  protected readonly round = rxResource({
    params: () => ({ id: this.roundId(), org: this.session.activeOrganisationId() }),
    stream: ({ params }) => this.roundsApi.get(params.id),
  });
  protected readonly rubric = rxResource({
    params: () => {
      const round = this.round.hasValue() ? this.round.value() : null;
      return round ? { id: round.rubricId, version: round.rubricVersion } : undefined;
    },
    stream: ({ params }) => this.rubricsApi.version(params.id, params.version),
  });
  protected readonly isOpen = computed(
    () => this.round.hasValue() && isRoundOpen(this.round.value().status),
  );
  /** Submitted, and perhaps reviewed since: the review section belongs to it. */
  protected readonly isSubmitted = computed(
    () =>
      this.round.hasValue() &&
      (isRoundReviewable(this.round.value().status) || this.round.value().status === 'reviewed'),
  );
  protected readonly canAssign = computed(
    () => this.permissions.can('response.assign') && this.isOpen(),
  );
  protected readonly canSeeAssignments = computed(() => this.permissions.can('round.assignments'));
  protected readonly canSubmit = computed(
    () => this.permissions.can('round.submit') && this.isOpen(),
  );
  protected readonly canSignOff = computed(
    () => this.permissions.can('round.sign-off') && this.isOpen(),
  );
  private readonly organisation = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.organisationApi.overview(),
  });
  protected readonly signOffRequired = computed(
    () => this.organisation.hasValue() && this.organisation.value().signOffRequired,
  );
  protected readonly canUpgrade = computed(
    () => this.permissions.can('round.upgrade') && this.isOpen(),
  );
  protected readonly canConfirmDomain = computed(
    () => this.permissions.can('round.confirm-domain') && this.isOpen(),
  );
  /** Domain code → how many carried-over answers in it still wait for "Klopt nog". */
  protected readonly toConfirm = computed(() => {
    const counts = new Map<string, number>();
    const round = this.round.hasValue() ? this.round.value() : null;
    const rubric = this.rubric.hasValue() ? this.rubric.value() : null;
    for (const domain of rubric?.domains ?? []) {
      const codes = new Set(domain.criteria.map((criterion) => criterion.code));
      counts.set(
        domain.code,
        (round?.responses ?? []).filter(
          (response) => response.isCarriedOver && codes.has(response.criterionCode),
        ).length,
      );
    }
    return counts;
  });
  protected readonly confirming = signal<string | null>(null);
  protected readonly canEditNotes = computed(
    () => this.permissions.can('round.update') && this.isOpen(),
  );
  /** Read while the round is open: to assign owners, and to know whose answers the person may confirm. */
  private readonly members = rxResource({
    params: () => (this.isOpen() ? this.session.activeOrganisationId() : undefined),
    stream: () => this.membersApi.list(),
  });
  /** Managers only read, so they cannot own a criterion. */
  protected readonly owners = computed(() =>
    this.members.hasValue() ? possibleOwners(this.members.value()) : [],
  );
  /** The same rule as the API's for "Klopt nog" on one answer: who may edit it may confirm it. */
  protected readonly canConfirmRow = computed(() => {
    const round = this.round.hasValue() ? this.round.value() : null;
    if (!round || !this.members.hasValue()) {
      return () => false;
    }
    const editor = this.permissions.editor(this.members.value());
    return (row: CriterionRow) =>
      row.version !== null && canEditResponse(round.status, editor, row.owner?.memberId ?? null);
  });
  protected readonly confirmingOne = signal<string | null>(null);
  protected readonly domains = computed(() =>
    this.round.hasValue() && this.rubric.hasValue()
      ? buildRoundView(this.rubric.value(), this.round.value())
      : [],
  );
  protected readonly loadError = computed(() => {
    const error = this.round.error() ?? this.rubric.error();
    return error ? this.message(error) : null;
  });

  protected readonly feedback = signal<{ kind: LiveMessageKind; text: string } | null>(null);
  protected readonly submitting = signal(false);
  protected readonly refusal = signal<SubmitRefusal | null>(null);

  /** Criteria chosen in the tables for one owner at once. */
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly bulkOwner = signal<string>('');
  protected readonly assigning = signal(false);

  protected toggleSelected({ code, selected }: { code: string; selected: boolean }): void {
    this.selected.update((current) => {
      const next = new Set(current);
      if (selected) {
        next.add(code);
      } else {
        next.delete(code);
      }
      return next;
    });
  }

  protected clearSelection(): void {
    this.selected.set(new Set());
  }

  protected async assignSelected(): Promise<void> {
    const codes = [...this.selected()];
    if (codes.length === 0 || this.assigning()) {
      return;
    }
    const memberId = this.bulkOwner() || null;
    this.feedback.set(null);
    this.assigning.set(true);
    try {
      const responses = await firstValueFrom(
        this.responsesApi.assignOwners(this.roundId(), codes, memberId),
      );
      this.round.update(
        (round) =>
          round && responses.reduce((acc, response) => replaceResponse(acc, response), round),
      );
      const name = this.owners().find((member) => member.id === memberId)?.displayName;
      this.feedback.set({
        kind: 'success',
        text: this.transloco.translate(
          name ? 'roundReview.bulk.assigned' : 'roundReview.bulk.cleared',
          { count: codes.length, name },
        ),
      });
      this.selected.set(new Set());
    } catch (error) {
      this.feedback.set({ kind: 'error', text: this.message(error) });
    } finally {
      this.assigning.set(false);
    }
  }

  protected async changeOwner({ code, memberId }: OwnerChange): Promise<void> {
    this.feedback.set(null);
    try {
      const response = await firstValueFrom(
        this.responsesApi.setOwner(this.roundId(), code, memberId),
      );
      this.round.update((round) => round && replaceResponse(round, response));
      const name = response.owner?.displayName;
      const key = name ? 'rounds.round.ownerChanged' : 'rounds.round.ownerCleared';
      this.feedback.set({ kind: 'success', text: this.transloco.translate(key, { code, name }) });
    } catch (error) {
      this.feedback.set({ kind: 'error', text: this.message(error) });
      this.round.reload();
    }
  }

  protected notesSaved(round: AssessmentRoundDetail): void {
    this.round.set(round);
    this.feedback.set({
      kind: 'success',
      text: this.transloco.translate('rounds.notes.saved'),
    });
  }

  protected settingsSaved(round: AssessmentRoundDetail): void {
    this.round.set(round);
    this.feedback.set({
      kind: 'success',
      text: this.transloco.translate('rounds.settings.saved'),
    });
  }

  protected signOffChanged(round: AssessmentRoundDetail): void {
    this.round.set(round);
    this.feedback.set({
      kind: 'success',
      text: this.transloco.translate(round.signOff ? 'signOff.saved' : 'signOff.withdrawn'),
    });
  }

  protected withdrawn(round: AssessmentRoundDetail): void {
    this.round.set(round);
    this.feedback.set({
      kind: 'success',
      text: this.transloco.translate('rounds.settings.withdrawn', { title: round.title }),
    });
  }

  protected async confirmOne(row: CriterionRow): Promise<void> {
    if (row.version === null) {
      return;
    }
    this.feedback.set(null);
    this.confirmingOne.set(row.code);
    try {
      await firstValueFrom(this.responsesApi.confirm(this.roundId(), row.code, row.version));
      this.feedback.set({
        kind: 'success',
        text: this.transloco.translate('rounds.confirm.oneDone', { code: row.code }),
      });
      // The round's progress (answers still to confirm) is counted by the API.
      this.round.reload();
    } catch (error) {
      this.feedback.set({ kind: 'error', text: this.message(error) });
      this.round.reload();
    } finally {
      this.confirmingOne.set(null);
    }
  }

  protected async confirmDomain(domain: string): Promise<void> {
    this.confirming.set(domain);
    try {
      const { confirmed } = await firstValueFrom(
        this.roundsApi.confirmDomain(this.roundId(), domain),
      );
      this.feedback.set({
        kind: 'success',
        text: this.transloco.translate('rounds.confirm.domainDone', { count: confirmed.length }),
      });
      this.round.reload();
    } catch (error) {
      this.feedback.set({ kind: 'error', text: this.message(error) });
    } finally {
      this.confirming.set(null);
    }
  }

  /** Runs the submission checks first, then asks for the irreversible confirmation. */
  protected async submit(): Promise<void> {
    this.refusal.set(null);
    this.feedback.set(null);
    this.submitting.set(true);
    let result: SubmissionChecks;
    try {
      result = await firstValueFrom(this.roundsApi.submissionCheck(this.roundId()));
    } catch (error) {
      this.feedback.set({ kind: 'error', text: this.message(error) });
      this.submitting.set(false);
      return;
    }
    this.submitting.set(false);
    const ref = this.dialog.open<boolean, SubmitDialogData>(SubmitDialogComponent, {
      data: { roundId: this.roundId(), result },
      role: result.canSubmit ? 'alertdialog' : 'dialog',
      ariaLabelledBy: 'lk-submit-title',
      ariaDescribedBy: 'lk-submit-message',
      autoFocus: 'first-tabbable',
      restoreFocus: true,
      panelClass: 'dialog-panel',
      backdropClass: 'dialog-backdrop',
    });
    const confirmed = (await firstValueFrom(ref.closed)) === true;
    if (!confirmed || !result.canSubmit) {
      return;
    }
    this.submitting.set(true);
    try {
      await firstValueFrom(this.roundsApi.submit(this.roundId()));
      this.feedback.set({ kind: 'success', text: this.transloco.translate('rounds.submit.done') });
      this.round.reload();
    } catch (error) {
      this.refusal.set(toRefusal(error, this.message(error)));
    } finally {
      this.submitting.set(false);
    }
  }

  private message(error: unknown): string {
    return toUserMessage(error, (key) => this.transloco.translate(key));
  }
}

function replaceResponse(
  round: AssessmentRoundDetail,
  response: AssessmentRoundDetail['responses'][number],
): AssessmentRoundDetail {
  const responses = round.responses.some((r) => r.criterionCode === response.criterionCode)
    ? round.responses.map((r) => (r.criterionCode === response.criterionCode ? response : r))
    : [...round.responses, response];
  return { ...round, responses };
}

/** The 422 of an incomplete round lists the criteria still open. */
export function toRefusal(error: unknown, message: string): SubmitRefusal {
  const problem = error instanceof ApiError ? error.problem : null;
  const codes = (value: unknown) =>
    Array.isArray(value) ? value.filter((code): code is string => typeof code === 'string') : [];
  const missing = codes(problem?.['missing']);
  const unconfirmed = codes(problem?.['unconfirmed']);
  // The detail names the codes too; with the lists below it, the title says enough.
  const title = typeof problem?.['title'] === 'string' ? problem['title'] : null;
  const listed = missing.length + unconfirmed.length > 0;
  return { message: listed && title ? title : message, missing, unconfirmed };
}
