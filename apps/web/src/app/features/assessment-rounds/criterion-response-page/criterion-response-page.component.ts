import {
  canEditResponse,
  canReadComments,
  canWriteComment,
  CriterionResponse,
  isRoundOpen,
  possibleOwners,
} from '@labelklaar/domain';

import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { CriterionHeaderComponent } from '../../../shared/ui/criterion-header/criterion-header.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { EvidencePanelComponent } from '../../evidence/evidence-panel/evidence-panel.component';
import { CriterionActionsComponent } from '../../improvement-actions/criterion-actions/criterion-actions.component';
import { MembersApiService } from '../../members/data-access/members-api.service';
import { RubricsApiService } from '../../rubrics/data-access/rubrics-api.service';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { CriterionCommentsComponent } from '../criterion-comments/criterion-comments.component';
import { CriterionHistoryComponent } from '../criterion-history/criterion-history.component';
import { CriterionPrintComponent } from '../criterion-print/criterion-print.component';
import { AssessmentRoundsApiService } from '../data-access/assessment-rounds-api.service';
import { CriterionResponsesApiService } from '../data-access/criterion-responses-api.service';
import { ResponseEditorComponent } from '../response-editor/response-editor.component';

@Component({
  selector: 'lk-criterion-response-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    LiveMessageComponent,
    CriterionHeaderComponent,
    ResponseEditorComponent,
    EvidencePanelComponent,
    CriterionActionsComponent,
    CriterionCommentsComponent,
    CriterionHistoryComponent,
    CriterionPrintComponent,
  ],
  templateUrl: './criterion-response-page.component.html',
  styleUrl: './criterion-response-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CriterionResponsePageComponent {
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  private readonly responsesApi = inject(CriterionResponsesApiService);
  private readonly rubricsApi = inject(RubricsApiService);
  private readonly membersApi = inject(MembersApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  protected readonly session = inject(SessionStore);
  private readonly permissions = inject(PermissionsStore);
  protected readonly language = inject(LanguageService);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  readonly roundId = input.required<string>();
  readonly code = input.required<string>();

  protected readonly round = rxResource({
    params: () => ({ id: this.roundId(), org: this.session.activeOrganisationId() }),
    stream: ({ params }) => this.roundsApi.get(params.id),
  });
  protected readonly response = rxResource({
    params: () => ({ id: this.roundId(), code: this.code() }),
    stream: ({ params }) => this.responsesApi.get(params.id, params.code),
  });
  protected readonly rubric = rxResource({
    params: () => {
      const round = this.round.hasValue() ? this.round.value() : null;
      return round ? { id: round.rubricId, version: round.rubricVersion } : undefined;
    },
    stream: ({ params }) => this.rubricsApi.version(params.id, params.version),
  });
  protected readonly events = rxResource({
    params: () => ({ id: this.roundId(), code: this.code() }),
    stream: ({ params }) => this.roundsApi.events(params.id, params.code),
  });
  private readonly members = rxResource({
    params: () => this.session.activeOrganisationId() ?? undefined,
    stream: () => this.membersApi.list(),
  });

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
  /** The rubric's vocabulary, this criterion's expected kinds first. */
  protected readonly kinds = computed(() => {
    const found = this.found();
    if (!found || !this.rubric.hasValue()) {
      return [];
    }
    const lang = this.language.active();
    const all = this.rubric
      .value()
      .evidenceKinds.map((k) => ({ key: k.key, label: k.label[lang] }));
    const expected = found.criterion.evidenceKinds;
    return [
      ...all.filter((k) => expected.includes(k.key)),
      ...all.filter((k) => !expected.includes(k.key)),
    ];
  });
  protected readonly allMembers = computed(() =>
    this.members.hasValue() ? this.members.value() : [],
  );
  /** Overleg is internal: members only, never a reviewer. */
  protected readonly canReadComments = computed(() => canReadComments(this.permissions.actor()));
  protected readonly canWriteComment = computed(() => canWriteComment(this.permissions.actor()));
  protected readonly owners = computed(() =>
    this.members.hasValue() ? possibleOwners(this.members.value()) : [],
  );
  protected readonly isOpen = computed(
    () => this.round.hasValue() && isRoundOpen(this.round.value().status),
  );
  /** The same rule as the API's: quality officers edit everything, contributors what they own. */
  protected readonly canEdit = computed(() => {
    if (!this.round.hasValue() || !this.response.hasValue()) {
      return false;
    }
    const members = this.members.hasValue() ? this.members.value() : [];
    return canEditResponse(
      this.round.value().status,
      this.permissions.editor(members),
      this.response.value().owner?.memberId ?? null,
    );
  });
  protected readonly loadError = computed(() => {
    const error = this.round.error() ?? this.response.error() ?? this.rubric.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  protected readonly confirming = signal(false);
  protected readonly confirmError = signal<string | null>(null);

  /** "Klopt nog": the carried-over answer stays as it is and counts as confirmed. */
  protected async confirmCarried(): Promise<void> {
    const current = this.response.hasValue() ? this.response.value() : null;
    if (!current) {
      return;
    }
    this.confirming.set(true);
    this.confirmError.set(null);
    try {
      this.saved(
        await firstValueFrom(
          this.responsesApi.confirm(this.roundId(), current.criterionCode, current.version),
        ),
      );
    } catch (error) {
      this.confirmError.set(toUserMessage(error, (key) => this.transloco.translate(key)));
    } finally {
      this.confirming.set(false);
    }
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected saved(response: CriterionResponse): void {
    this.response.set(response);
    this.events.reload();
  }

  protected evidenceUnlinked(evidenceId: string): void {
    this.response.update(
      (response) =>
        response && { ...response, evidence: response.evidence.filter((e) => e.id !== evidenceId) },
    );
    this.events.reload();
  }
}
