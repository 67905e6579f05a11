import { validateRubricContent } from '@labelklaar/criteria/rules';
import {
  Criterion,
  CriterionMapping,
  diffRubricVersions,
  EvidenceKind,
  RubricVersion,
  RubricVersionDetail,
} from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { Autosave, autosaveFrom } from '../../../shared/autosave/autosave';
import { SaveStatusComponent } from '../../../shared/autosave/save-status.component';
import { ConfirmService } from '../../../shared/ui/confirm-dialog/confirm.service';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { CriterionFormComponent } from '../criterion-form/criterion-form.component';
import { RubricDraft, RubricDraftsApiService } from '../data-access/rubric-drafts-api.service';
import { contentOf, DRAFT_PARTS, DraftParts, partsOf } from '../draft-editing/draft-autosave';
import * as edit from '../draft-editing/draft-editing';
import {
  problemCounts,
  PRODUCT_RULES,
  summaryItems,
  violationsUnder,
} from '../draft-editing/draft-violations';
import { DraftOutlineComponent, OutlineMove } from '../draft-outline/draft-outline.component';
import { MappingPanelComponent } from '../mapping-panel/mapping-panel.component';

const SUMMARY_LIMIT = 20;

/** What only the API checks; the rest the editor finds itself, as you type. */
const productViolations = (draft: RubricDraft) =>
  draft.violations.filter((item) => PRODUCT_RULES.includes(item.rule));

/**
 * Edits one draft: outline on one side, the chosen part's form on the other, saved automatically
 * with the draft's version (a stale save shows what the other admin changed). The loader's rules
 * run as you type; a draft that breaks them is saved but cannot be published.
 */
@Component({
  selector: 'lk-draft-editor',
  imports: [
    TranslocoPipe,
    SaveStatusComponent,
    FieldErrorComponent,
    LiveMessageComponent,
    CriterionFormComponent,
    DraftOutlineComponent,
    MappingPanelComponent,
  ],
  templateUrl: './draft-editor.component.html',
  styleUrl: './draft-editor.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DraftEditorComponent {
  private readonly draftsApi = inject(RubricDraftsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly confirmer = inject(ConfirmService);

  readonly draft = input.required<RubricDraft>();
  readonly previous = input<RubricVersion | null>(null);
  readonly evidenceKinds = input.required<EvidenceKind[]>();
  readonly published = output<RubricVersionDetail>();
  readonly deleted = output<void>();

  protected readonly content = linkedSignal(() => this.draft().content);
  /** The content as last saved or loaded: what a conflict is compared with. */
  private readonly savedContent = linkedSignal(() => this.draft().content);
  private readonly draftVersion = linkedSignal(() => this.draft().version);
  private readonly serverViolations = linkedSignal(() => productViolations(this.draft()));
  protected readonly selection = linkedSignal<edit.Selection>(() =>
    this.draft().content.domains?.[0]?.criteria?.[0]
      ? { kind: 'criterion', domain: 0, criterion: 0 }
      : { kind: 'version' },
  );
  protected readonly proposal = signal<CriterionMapping[] | null>(null);
  protected readonly proposalLoading = signal(false);
  protected readonly busy = signal(false);
  protected readonly actionError = signal<string | null>(null);
  protected readonly autosave = autosaveFrom(this.draft, (draft) => this.start(draft));

  protected readonly violations = computed(() => [
    ...validateRubricContent(this.content(), {
      evidenceKinds: this.evidenceKinds().map((kind) => kind.key),
      previous: this.previous() ?? undefined,
    }),
    ...this.serverViolations(),
  ]);
  protected readonly counts = computed(() => problemCounts(this.violations()));
  protected readonly summary = computed(() => summaryItems(this.violations(), this.content()));
  protected readonly summaryShown = computed(() => this.summary().slice(0, SUMMARY_LIMIT));
  protected readonly mappingProblemCount = computed(() => this.counts()['mapping'] ?? 0);
  protected readonly canAddDomain = computed(
    () => edit.freeDomainCode(this.content()) !== undefined,
  );
  protected readonly selectedDomain = computed(() => {
    const selection = this.selection();
    return selection.kind === 'domain' || selection.kind === 'criterion'
      ? this.content().domains[selection.domain]
      : undefined;
  });
  protected readonly selectedCriterion = computed(() => {
    const selection = this.selection();
    return selection.kind === 'criterion'
      ? this.selectedDomain()?.criteria[selection.criterion]
      : undefined;
  });
  protected readonly messages = computed(() => {
    const selection = this.selection();
    const violations = this.violations();
    if (selection.kind === 'criterion') {
      return violationsUnder(
        violations,
        `domains[${selection.domain}].criteria[${selection.criterion}]`,
      );
    }
    if (selection.kind === 'domain') {
      return violationsUnder(violations, `domains[${selection.domain}]`);
    }
    // The version's own fields: the first violation of each.
    const own = violations.filter((item) => !/^(domains\[|mapping)/.test(item.location));
    return Object.fromEntries(
      own.reverse().map((item) => [item.location, violationsUnder([item], item.location)['']]),
    );
  });
  /** Why publishing is not possible now, one reason each; empty: it is. */
  protected readonly publishBlockers = computed(() => {
    const reasons: { key: string; params?: Record<string, unknown> }[] = [];
    if (this.autosave()?.conflict()) {
      reasons.push({ key: 'rubrics.draft.publish.blockedConflict' });
    }
    if (this.summary().length > 0) {
      reasons.push({
        key: 'rubrics.draft.publish.blockedViolations',
        params: { count: this.summary().length },
      });
    }
    if (this.mappingProblemCount() > 0) {
      reasons.push({ key: 'rubrics.draft.publish.blockedMapping' });
    }
    return reasons;
  });
  /** Criteria the other admin changed, on a conflict: compared with what we last saved. */
  protected readonly conflictCriteria = computed(() => {
    const conflict = this.autosave()?.conflict();
    const saved = this.savedContent();
    if (!conflict || !saved) {
      return [];
    }
    try {
      const diff = diffRubricVersions(saved, (conflict.current as RubricDraft).content);
      return [...diff.changed, ...diff.added, ...diff.removed].map((item) => item.code);
    } catch {
      return [];
    }
  });

  protected select(selection: edit.Selection): void {
    this.selection.set(selection);
    // At 390 px the form is below the outline: take the reader (and the screen reader) there.
    setTimeout(() =>
      (
        document.getElementById('editor-heading') ?? document.getElementById('mapping-title')
      )?.focus(),
    );
  }

  protected change(next: RubricVersion): void {
    this.content.set(next);
    this.autosave()?.change(partsOf(next));
  }

  protected flush(): void {
    void this.autosave()?.flush();
  }

  protected setVersionField(field: 'title' | 'version' | 'effectiveDate', value: string): void {
    this.change({ ...this.content(), [field]: value });
  }

  protected setVersionEnglish(value: string): void {
    this.change(edit.withEnglishTitle(this.content(), value));
  }

  protected setDomainField(field: 'title' | 'description', value: string, lang: 'nl' | 'en'): void {
    const selection = this.selection();
    if (selection.kind === 'domain') {
      this.change(
        edit.updateDomain(this.content(), selection.domain, (domain) =>
          edit.withDomainText(domain, field, value, lang),
        ),
      );
    }
  }

  protected criterionChanged(criterion: Criterion): void {
    const selection = this.selection();
    if (selection.kind === 'criterion') {
      this.change(
        edit.replaceCriterion(this.content(), selection.domain, selection.criterion, criterion),
      );
    }
  }

  protected moved(move: OutlineMove): void {
    const content = this.content();
    if (move.criterion === undefined) {
      this.change({ ...content, domains: edit.moveItem(content.domains, move.domain, move.delta) });
      this.selection.set({ kind: 'domain', domain: move.domain + move.delta });
      return;
    }
    const criterion = move.criterion;
    this.change(
      edit.updateDomain(content, move.domain, (domain) => ({
        ...domain,
        criteria: edit.moveItem(domain.criteria, criterion, move.delta),
      })),
    );
    this.selection.set({
      kind: 'criterion',
      domain: move.domain,
      criterion: criterion + move.delta,
    });
  }

  protected addCriterion(domain: number): void {
    this.change(edit.addCriterion(this.content(), domain));
    const criteria = this.content().domains[domain]?.criteria.length ?? 1;
    this.select({ kind: 'criterion', domain, criterion: criteria - 1 });
  }

  protected addDomain(): void {
    this.change(edit.addDomain(this.content()));
    this.select({ kind: 'domain', domain: this.content().domains.length - 1 });
  }

  protected async removeSelected(): Promise<void> {
    const selection = this.selection();
    const name = this.selectedCriterion()?.code ?? this.selectedDomain()?.code ?? '';
    const kind = selection.kind === 'criterion' ? 'removeCriterion' : 'removeDomain';
    if (!(await this.confirm(kind, { name }))) {
      return;
    }
    if (selection.kind === 'criterion') {
      this.change(edit.removeCriterion(this.content(), selection.domain, selection.criterion));
    } else if (selection.kind === 'domain') {
      this.change(edit.removeDomain(this.content(), selection.domain));
    }
    this.select({ kind: 'version' });
  }

  protected mappingEntry(entry: CriterionMapping): void {
    this.change(edit.setMappingEntry(this.content(), entry.code, entry.previousCodes));
  }

  protected takeProposal(mapping: CriterionMapping[]): void {
    this.change({ ...this.content(), mapping });
  }

  protected pruneMapping(): void {
    this.change(edit.pruneMapping(this.content()));
  }

  protected async loadProposal(): Promise<void> {
    this.proposalLoading.set(true);
    this.actionError.set(null);
    try {
      await this.autosave()?.flush();
      const draft = this.draft();
      const answer = await firstValueFrom(this.draftsApi.mappingProposal(draft.rubricId, draft.id));
      this.proposal.set(answer.proposal);
    } catch (error) {
      this.showError(error);
    } finally {
      this.proposalLoading.set(false);
    }
  }

  protected async publish(): Promise<void> {
    const saver = this.autosave();
    await saver?.flush();
    if (this.publishBlockers().length > 0 || saver?.status() === 'error') {
      return;
    }
    const version = this.content().version;
    if (!(await this.confirm('publish', { version }))) {
      return;
    }
    await this.run(async () => {
      const draft = this.draft();
      const detail = await firstValueFrom(
        this.draftsApi.publish(draft.rubricId, draft.id, this.draftVersion()),
      );
      this.published.emit(detail);
    });
  }

  protected async remove(): Promise<void> {
    if (!(await this.confirm('delete', { version: this.content().version }))) {
      return;
    }
    this.autosave()?.destroy();
    await this.run(async () => {
      const draft = this.draft();
      await firstValueFrom(this.draftsApi.delete(draft.rubricId, draft.id));
      this.deleted.emit();
    });
  }

  /** The other admin's version, loaded on request: the editor continues from it. */
  protected reloadTheirs(current: unknown): void {
    const draft = current as RubricDraft;
    this.accept(draft);
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }

  private start(draft: RubricDraft): Autosave<DraftParts, RubricDraft> {
    return new Autosave<DraftParts, RubricDraft>(
      {
        save: (parts, version) =>
          this.draftsApi.save(draft.rubricId, draft.id, contentOf(parts), version),
        versionOf: (saved) => saved.version,
        valueOf: (saved) => partsOf(saved.content),
        fields: DRAFT_PARTS,
        describe: (current) => ({ by: current.updatedBy, at: current.updatedAt }),
        savedAtOf: (saved) => saved.updatedAt,
        onSaved: (saved) => this.saved(saved),
      },
      { version: draft.version, value: partsOf(draft.content) },
    );
  }

  private accept(draft: RubricDraft): void {
    this.content.set(draft.content);
    this.saved(draft);
  }

  private saved(draft: RubricDraft): void {
    this.savedContent.set(draft.content);
    this.draftVersion.set(draft.version);
    this.serverViolations.set(productViolations(draft));
  }

  private confirm(kind: string, params: Record<string, unknown>): Promise<boolean> {
    const t = (key: string) => this.transloco.translate(`rubrics.draft.${kind}.${key}`, params);
    return this.confirmer.confirm({
      title: t('confirmTitle'),
      message: t('confirmText'),
      confirmLabel: t('confirm'),
      cancelLabel: this.transloco.translate('rubrics.draft.cancel'),
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.actionError.set(null);
    try {
      await action();
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy.set(false);
    }
  }

  private showError(error: unknown): void {
    this.actionError.set(toUserMessage(error, (key) => this.transloco.translate(key)));
  }
}
