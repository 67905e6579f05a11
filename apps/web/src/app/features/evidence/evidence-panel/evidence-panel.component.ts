import {
  CriterionResponse,
  Evidence,
  EVIDENCE_TITLE_MAX_LENGTH,
  EVIDENCE_URL_MAX_LENGTH,
  isAllowedEvidenceUrl,
  LinkedEvidence,
} from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, Observable, switchMap } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import {
  LiveMessageComponent,
  LiveMessageKind,
} from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { TextLimitComponent } from '../../../shared/ui/text-limit/text-limit.component';
import { TextLimitDirective } from '../../../shared/ui/text-limit/text-limit.directive';
import { CriterionResponsesApiService } from '../../assessment-rounds/data-access/criterion-responses-api.service';
import { EvidenceApiService, evidenceContentUrl } from '../data-access/evidence-api.service';

export interface KindOption {
  key: string;
  label: string;
}

type Source = 'file' | 'link';

const urlValidator = (control: { value: string }) =>
  control.value === '' || isAllowedEvidenceUrl(control.value) ? null : { url: true };

/** The evidence of one criterion in a round: upload, register a link, link existing, unlink. */
@Component({
  selector: 'lk-evidence-panel',
  imports: [
    TextLimitComponent,
    TextLimitDirective,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
    LocalDatePipe,
  ],
  templateUrl: './evidence-panel.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvidencePanelComponent {
  private readonly evidenceApi = inject(EvidenceApiService);
  private readonly responsesApi = inject(CriterionResponsesApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  readonly roundId = input.required<string>();
  readonly criterionCode = input.required<string>();
  readonly linked = input.required<LinkedEvidence[]>();
  readonly kinds = input.required<KindOption[]>();
  readonly canEdit = input(false);
  readonly changed = output<CriterionResponse>();
  readonly unlinked = output<string>();

  protected readonly contentUrl = evidenceContentUrl;
  protected readonly titleMax = EVIDENCE_TITLE_MAX_LENGTH;
  protected readonly urlMax = EVIDENCE_URL_MAX_LENGTH;
  private readonly organisationEvidence = rxResource({
    params: () => (this.canEdit() ? this.criterionCode() : undefined),
    stream: () => this.evidenceApi.list(),
  });
  /** Evidence of the organisation not yet linked here: one piece can support several criteria. */
  protected readonly linkable = computed(() => {
    const linked = new Set(this.linked().map((e) => e.id));
    const all = this.organisationEvidence.hasValue() ? this.organisationEvidence.value() : [];
    return all.filter((e) => !linked.has(e.id));
  });
  protected readonly kindLabel = computed(() => {
    const labels = new Map(this.kinds().map((kind) => [kind.key, kind.label]));
    return (key: string) => labels.get(key) ?? key;
  });

  protected readonly source = signal<Source>('file');
  protected readonly file = signal<File | null>(null);
  protected readonly dragging = signal(false);
  protected readonly fileMissing = signal(false);
  protected readonly feedback = signal<{ kind: LiveMessageKind; text: string } | null>(null);
  protected readonly form = new FormGroup({
    url: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(EVIDENCE_URL_MAX_LENGTH), urlValidator],
    }),
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(EVIDENCE_TITLE_MAX_LENGTH)],
    }),
    evidenceKind: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    documentDate: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    validUntil: new FormControl('', { nonNullable: true }),
  });
  protected readonly submission = injectFormSubmission(this.form);
  protected readonly existing = new FormControl('', { nonNullable: true });
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');

  protected chooseSource(source: Source): void {
    this.source.set(source);
    const url = this.form.controls.url;
    url.setValidators(
      source === 'link'
        ? [Validators.required, Validators.maxLength(EVIDENCE_URL_MAX_LENGTH), urlValidator]
        : [],
    );
    url.updateValueAndValidity();
    this.submission.reset();
  }

  protected pickFile(event: Event): void {
    this.setFile((event.target as HTMLInputElement).files?.item(0) ?? null);
  }

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    this.chooseSource('file');
    this.setFile(event.dataTransfer?.files.item(0) ?? null);
  }

  protected async add(): Promise<void> {
    const file = this.file();
    const isFile = this.source() === 'file';
    this.fileMissing.set(isFile && !file);
    if (isFile && !file) {
      return;
    }
    const { url, validUntil, ...rest } = this.form.getRawValue();
    const metadata = { ...rest, title: rest.title.trim(), validUntil: validUntil || null };
    const created: Observable<Evidence> =
      isFile && file
        ? this.evidenceApi.upload(file, metadata)
        : this.evidenceApi.registerLink(url.trim(), metadata);
    const response = await this.submission.submit(() =>
      created.pipe(switchMap((evidence) => this.link$(evidence.id))),
    );
    if (response) {
      this.form.reset();
      this.setFile(null);
      const input = this.fileInput()?.nativeElement;
      if (input) {
        input.value = '';
      }
      this.submission.reset();
      this.organisationEvidence.reload();
      this.announce('success', 'evidence.panel.added', { title: metadata.title });
      this.changed.emit(response);
    }
  }

  protected async linkExisting(): Promise<void> {
    const id = this.existing.value;
    if (!id) {
      return;
    }
    await this.run(async () => {
      const response = await firstValueFrom(this.link$(id));
      this.existing.setValue('');
      this.changed.emit(response);
      this.announce('success', 'evidence.panel.linked');
    });
  }

  protected async unlink(evidence: LinkedEvidence): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(
        this.responsesApi.unlinkEvidence(this.roundId(), this.criterionCode(), evidence.id),
      );
      this.unlinked.emit(evidence.id);
      this.announce('success', 'evidence.panel.unlinkedMessage', { title: evidence.title });
    });
  }

  private link$(evidenceId: string): Observable<CriterionResponse> {
    return this.responsesApi.linkEvidence(this.roundId(), this.criterionCode(), evidenceId);
  }

  private setFile(file: File | null): void {
    this.file.set(file);
    if (file) {
      this.fileMissing.set(false);
      if (!this.form.controls.title.value) {
        this.form.controls.title.setValue(file.name.replace(/\.[^.]+$/, ''));
      }
    }
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.feedback.set(null);
    try {
      await action();
    } catch (error) {
      const text = toUserMessage(error, (key) => this.transloco.translate(key));
      this.feedback.set({ kind: 'error', text });
    }
  }

  private announce(kind: LiveMessageKind, key: string, params: Record<string, unknown> = {}): void {
    this.feedback.set({ kind, text: this.transloco.translate(key, params) });
  }
}
