import {
  EVIDENCE_URL_MAX_LENGTH,
  EvidenceRevision,
  isAllowedEvidenceUrl,
} from '@labelklaar/domain';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { SessionStore } from '../../../core/session/session.store';
import { injectFormSubmission } from '../../../shared/forms/form-submission';
import { FieldErrorComponent } from '../../../shared/ui/field-error/field-error.component';
import {
  LiveMessageComponent,
  LiveMessageKind,
} from '../../../shared/ui/live-message/live-message.component';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import {
  EvidenceApiService,
  evidenceContentUrl,
  revisionContentUrl,
} from '../data-access/evidence-api.service';
import { EvidenceKindsService } from '../data-access/evidence-kinds.service';

type Source = 'file' | 'link';

const urlValidator = (control: { value: string }) =>
  control.value === '' || isAllowedEvidenceUrl(control.value) ? null : { url: true };

/**
 * One evidence item of the library: its current document, a new version to replace an expired
 * one (draft rounds follow it, submitted rounds keep theirs) and every version with its rounds.
 */
@Component({
  selector: 'lk-evidence-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FieldErrorComponent,
    LiveMessageComponent,
    LocalDatePipe,
  ],
  templateUrl: './evidence-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvidencePageComponent {
  private readonly api = inject(EvidenceApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly permissions = inject(PermissionsStore);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  protected readonly kinds = inject(EvidenceKindsService);

  readonly evidenceId = input.required<string>();

  protected readonly contentUrl = evidenceContentUrl;
  protected readonly revisionUrl = revisionContentUrl;
  protected readonly urlMax = EVIDENCE_URL_MAX_LENGTH;
  protected readonly canRevise = computed(() => this.permissions.can('evidence.add'));

  protected readonly history = rxResource({
    params: () => ({ id: this.evidenceId(), org: this.session.activeOrganisationId() }),
    stream: ({ params }) => this.api.revisions(params.id),
  });
  protected readonly revisions = computed<EvidenceRevision[]>(() =>
    this.history.hasValue() ? this.history.value() : [],
  );
  protected readonly current = computed(() => this.revisions().find((item) => item.isCurrent));
  protected readonly loadError = computed(() => {
    const error = this.history.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  protected readonly formOpen = signal(false);
  protected readonly source = signal<Source>('file');
  protected readonly file = signal<File | null>(null);
  protected readonly fileMissing = signal(false);
  protected readonly feedback = signal<{ kind: LiveMessageKind; text: string } | null>(null);
  protected readonly form = new FormGroup({
    url: new FormControl('', { nonNullable: true }),
    documentDate: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    validUntil: new FormControl('', { nonNullable: true }),
  });
  protected readonly submission = injectFormSubmission(this.form);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly openButton = viewChild<ElementRef<HTMLButtonElement>>('openButton');

  protected open(): void {
    this.feedback.set(null);
    this.formOpen.set(true);
  }

  protected cancel(): void {
    this.formOpen.set(false);
    this.resetForm();
    queueMicrotask(() => this.openButton()?.nativeElement.focus());
  }

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
    const file = (event.target as HTMLInputElement).files?.item(0) ?? null;
    this.file.set(file);
    this.fileMissing.set(false);
  }

  protected async upload(): Promise<void> {
    const file = this.file();
    const isFile = this.source() === 'file';
    this.fileMissing.set(isFile && !file);
    if (isFile && !file) {
      return;
    }
    const { url, documentDate, validUntil } = this.form.getRawValue();
    const replacement = isFile && file ? { file } : { url: url.trim() };
    const saved = await this.submission.submit(() =>
      this.api.revise(this.evidenceId(), replacement, {
        documentDate,
        validUntil: validUntil || null,
      }),
    );
    if (saved) {
      this.formOpen.set(false);
      this.resetForm();
      this.history.reload();
      this.feedback.set({
        kind: 'success',
        text: this.transloco.translate('evidenceRevisions.page.saved', {
          revision: saved.revision,
        }),
      });
      queueMicrotask(() => this.openButton()?.nativeElement.focus());
    }
  }

  private resetForm(): void {
    this.form.reset();
    this.file.set(null);
    this.fileMissing.set(false);
    const input = this.fileInput()?.nativeElement;
    if (input) {
      input.value = '';
    }
    this.submission.reset();
  }
}
