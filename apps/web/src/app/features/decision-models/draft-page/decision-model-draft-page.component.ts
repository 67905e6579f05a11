import {
  DECISION_MODEL_TIMINGS,
  DECISION_SITUATIONS,
  DecisionModelContent,
  DecisionModelDraft,
  DecisionModelTexts,
  DecisionModelViolation,
} from '@labelklaar/domain';

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
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { ApiError, toUserMessage } from '../../../core/http/api-error';
import { FieldMessage } from '../../../shared/forms/field-message';
import { ConfirmService } from '../../../shared/ui/confirm-dialog/confirm.service';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { DecisionModelsApiService } from '../data-access/decision-models-api.service';
import { violationMessage } from '../draft-content';

type StepForm = FormGroup<{
  title: FormControl<string>;
  prompt: FormControl<string>;
  enTitle: FormControl<string>;
  enPrompt: FormControl<string>;
}>;

const text = (value = '') => new FormControl(value, { nonNullable: true });

function stepForm(
  nl?: { title: string; prompt: string },
  en?: { title: string; prompt: string },
): StepForm {
  return new FormGroup({
    title: text(nl?.title),
    prompt: text(nl?.prompt),
    enTitle: text(en?.title),
    enPrompt: text(en?.prompt),
  });
}

/** The form's fields that have a label of their own (`decisionModels.drafts.fields.<key>`). */
const FIELD_KEYS = new Set([
  'id',
  'version',
  'name',
  'summary',
  'timing',
  'situations',
  'suitsWhen',
  'sourceTitle',
  'sourcePublisher',
  'sourceUrl',
  'sourceYear',
  'exampleSituation',
  'exampleWalkthrough',
  'enName',
  'enSummary',
  'enSuitsWhen',
  'enExampleSituation',
  'enExampleWalkthrough',
]);

const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A draft decision model field by field, in Dutch and English; saved, thrown away or published. */
@Component({
  selector: 'lk-decision-model-draft-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
  ],
  templateUrl: './decision-model-draft-page.component.html',
  styleUrl: './decision-model-draft-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DecisionModelDraftPageComponent {
  private readonly api = inject(DecisionModelsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly confirmer = inject(ConfirmService);

  readonly draftId = input.required<string>();

  protected readonly timings = DECISION_MODEL_TIMINGS;
  protected readonly situationIds = DECISION_SITUATIONS;
  protected readonly draft = rxResource({
    params: () => this.draftId(),
    stream: ({ params }) => this.api.draft(params),
  });
  protected readonly violations = signal<DecisionModelViolation[]>([]);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly loadError = computed(() => {
    const error = this.draft.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  protected readonly form = new FormGroup({
    id: text(),
    version: text(),
    name: text(),
    summary: text(),
    timing: text('both'),
    situations: new FormGroup(
      Object.fromEntries(
        DECISION_SITUATIONS.map((id) => [id, new FormControl(false, { nonNullable: true })]),
      ) as Record<string, FormControl<boolean>>,
    ),
    suitsWhen: text(),
    exampleSituation: text(),
    exampleWalkthrough: text(),
    sourceTitle: text(),
    sourcePublisher: text(),
    sourceUrl: text(),
    sourceYear: text(),
    enName: text(),
    enSummary: text(),
    enSuitsWhen: text(),
    enExampleSituation: text(),
    enExampleWalkthrough: text(),
    steps: new FormArray<StepForm>([]),
  });

  constructor() {
    effect(() => {
      const draft = this.draft.value();
      if (draft) {
        this.fill(draft);
      }
    });
  }

  protected get steps(): FormArray<StepForm> {
    return this.form.controls.steps;
  }

  /** What the API says breaks at exactly this field: `steps[1].prompt`, `en.name`, `source.title`. */
  protected problemAt(...locations: string[]): FieldMessage | null {
    const found = this.violations().filter((v) => locations.includes(v.location));
    return found.length ? violationMessage(found[0]) : null;
  }

  protected violationText(violation: DecisionModelViolation): string {
    const message = violationMessage(violation);
    return 'key' in message ? this.transloco.translate(message.key) : message.text;
  }

  /** Where a violation is, in the form's own words: "Stap 2: Vraag aan de professional". */
  protected violationPlace(location: string): string {
    const t = (key: string, params?: Record<string, unknown>) =>
      this.transloco.translate(`decisionModels.drafts.fields.${key}`, params);
    const step = /^(en\.)?steps\[(\d+)\]\.(title|prompt)$/.exec(location);
    if (step) {
      const part = step[1] ? `en${step[3] === 'title' ? 'Title' : 'Prompt'}` : step[3];
      return `${t('step', { number: Number(step[2]) + 1 })}: ${t(`stepParts.${part}`)}`;
    }
    const english = location.startsWith('en.');
    const field = (english ? location.slice(3) : location).replace(
      /^(source|example)\.(\w)/,
      (_match, group: string, first: string) => group + first.toUpperCase(),
    );
    const key = english ? `en${field.charAt(0).toUpperCase()}${field.slice(1)}` : field;
    return FIELD_KEYS.has(key) ? t(key) : location || '/';
  }

  protected addStep(): void {
    this.steps.push(stepForm());
  }

  protected removeStep(index: number): void {
    this.steps.removeAt(index);
  }

  protected async save(): Promise<void> {
    await this.run(async () => {
      const draft = await firstValueFrom(this.api.updateDraft(this.draftId(), this.content()));
      this.violations.set(draft.violations);
      this.message.set(this.transloco.translate('decisionModels.drafts.saved'));
    });
  }

  protected async publish(): Promise<void> {
    const name = this.form.controls.name.value;
    const version = this.form.controls.version.value;
    const ok = await this.confirm('publish', { name, version });
    if (!ok) {
      return;
    }
    await this.run(async () => {
      const draft = await firstValueFrom(this.api.updateDraft(this.draftId(), this.content()));
      this.violations.set(draft.violations);
      const model = await firstValueFrom(this.api.publish(this.draftId()));
      await this.router.navigate(['/decision-models', model.id]);
    });
  }

  protected async remove(): Promise<void> {
    if (!(await this.confirm('delete', {}))) {
      return;
    }
    await this.run(async () => {
      await firstValueFrom(this.api.deleteDraft(this.draftId()));
      await this.router.navigate(['/decision-models']);
    });
  }

  /** The form as model content; empty optional fields left out. */
  protected content(): DecisionModelContent {
    const v = this.form.getRawValue();
    const steps = v.steps.map((s) => ({ title: s.title.trim(), prompt: s.prompt.trim() }));
    const year = Number(v.sourceYear);
    const content: DecisionModelContent = {
      id: v.id.trim(),
      version: v.version.trim(),
      name: v.name.trim(),
      summary: v.summary.trim(),
      source: {
        title: v.sourceTitle.trim(),
        publisher: v.sourcePublisher.trim(),
        ...(v.sourceUrl.trim() ? { url: v.sourceUrl.trim() } : {}),
        ...(v.sourceYear.trim() && Number.isInteger(year) ? { year } : {}),
      },
      situations: DECISION_SITUATIONS.filter((id) => v.situations[id]),
      timing: v.timing as DecisionModelContent['timing'],
      suitsWhen: lines(v.suitsWhen),
      steps,
      example: { situation: v.exampleSituation.trim(), walkthrough: v.exampleWalkthrough.trim() },
    };
    const enSteps = v.steps.map((s) => ({ title: s.enTitle.trim(), prompt: s.enPrompt.trim() }));
    const hasEnglish =
      v.enName.trim() ||
      v.enSummary.trim() ||
      v.enSuitsWhen.trim() ||
      enSteps.some((s) => s.title || s.prompt) ||
      v.enExampleSituation.trim() ||
      v.enExampleWalkthrough.trim();
    if (hasEnglish) {
      const en: DecisionModelTexts = {
        name: v.enName.trim(),
        summary: v.enSummary.trim(),
        suitsWhen: lines(v.enSuitsWhen),
        steps: enSteps,
        example: {
          situation: v.enExampleSituation.trim(),
          walkthrough: v.enExampleWalkthrough.trim(),
        },
      };
      content.en = en;
    }
    return content;
  }

  private fill(draft: DecisionModelDraft): void {
    const c = (draft.content ?? {}) as Partial<DecisionModelContent>;
    const en = (c.en ?? {}) as Partial<DecisionModelTexts>;
    const str = (value: unknown) => (typeof value === 'string' ? value : '');
    const arr = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
    this.form.patchValue({
      id: str(c.id),
      version: str(c.version),
      name: str(c.name),
      summary: str(c.summary),
      timing: str(c.timing) || 'both',
      situations: Object.fromEntries(
        DECISION_SITUATIONS.map((id) => [id, arr<string>(c.situations).includes(id)]),
      ),
      suitsWhen: arr<string>(c.suitsWhen).join('\n'),
      exampleSituation: str(c.example?.situation),
      exampleWalkthrough: str(c.example?.walkthrough),
      sourceTitle: str(c.source?.title),
      sourcePublisher: str(c.source?.publisher),
      sourceUrl: str(c.source?.url),
      sourceYear: c.source?.year ? String(c.source.year) : '',
      enName: str(en.name),
      enSummary: str(en.summary),
      enSuitsWhen: arr<string>(en.suitsWhen).join('\n'),
      enExampleSituation: str(en.example?.situation),
      enExampleWalkthrough: str(en.example?.walkthrough),
    });
    this.steps.clear();
    const enSteps = arr<{ title: string; prompt: string }>(en.steps);
    arr<{ title: string; prompt: string }>(c.steps).forEach((step, i) =>
      this.steps.push(stepForm(step, enSteps[i])),
    );
    this.violations.set(draft.violations);
  }

  private confirm(kind: 'publish' | 'delete', params: Record<string, unknown>): Promise<boolean> {
    const t = (key: string) =>
      this.transloco.translate(`decisionModels.drafts.${kind}Confirm.${key}`, params);
    return this.confirmer.confirm({
      title: t('title'),
      message: t('text'),
      confirmLabel: t('confirm'),
      cancelLabel: this.transloco.translate('common.cancel'),
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.actionError.set(null);
    this.message.set(null);
    try {
      await action();
    } catch (error) {
      const problem = error instanceof ApiError ? error.problem : null;
      const violations = problem?.['violations'];
      if (Array.isArray(violations)) {
        this.violations.set(violations as DecisionModelViolation[]);
      }
      this.actionError.set(toUserMessage(error, (key) => this.transloco.translate(key)));
    } finally {
      this.busy.set(false);
    }
  }
}
