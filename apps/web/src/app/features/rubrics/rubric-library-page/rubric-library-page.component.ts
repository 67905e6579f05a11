import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { PermissionsStore } from '../../../core/permissions/permissions.store';
import { ConfirmService } from '../../../shared/ui/confirm-dialog/confirm.service';
import {
  LiveMessageComponent,
  LiveMessageKind,
} from '../../../shared/ui/live-message/live-message.component';
import { LocalDateTimePipe } from '../../../shared/ui/local-date/local-date-time.pipe';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { RubricLibraryApiService } from '../data-access/rubric-library-api.service';
import { RUBRIC_CONTENT_LANG } from '../rubric-content';
import { RubricHistoryComponent } from './rubric-history.component';
import { LibraryRubricView, LibraryVersionRow, toLibraryView } from './rubric-library.view';

/** The label owner's overview: every rubric, its versions and drafts, and what can be done with them. */
@Component({
  selector: 'lk-rubric-library-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    LiveMessageComponent,
    LocalDatePipe,
    LocalDateTimePipe,
    RubricHistoryComponent,
  ],
  templateUrl: './rubric-library-page.component.html',
  styleUrl: './rubric-library-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RubricLibraryPageComponent {
  private readonly api = inject(RubricLibraryApiService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly confirmService = inject(ConfirmService);
  private readonly permissions = inject(PermissionsStore);
  protected readonly language = inject(LanguageService);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;
  protected readonly templateUrl = this.api.templateUrl;

  protected readonly canAuthor = computed(() => this.permissions.can('rubric.author'));
  protected readonly canRetire = computed(() => this.permissions.can('rubric.retire'));
  protected readonly busy = signal(false);
  protected readonly message = signal<{ kind: LiveMessageKind; text: string } | null>(null);
  /** Bumped after a change, so each rubric's history is read again. */
  protected readonly revision = signal(0);

  protected readonly library = rxResource({ stream: () => this.api.library() });
  protected readonly rubrics = computed<LibraryRubricView[]>(() =>
    this.library.hasValue()
      ? this.library
          .value()
          .map((rubric) => toLibraryView(rubric, (...args) => this.api.exportUrl(...args)))
      : [],
  );
  protected readonly loadError = computed(() => {
    const error = this.library.error();
    return error ? this.translateError(error) : null;
  });

  protected async startDraft(rubricId: string, fromVersion?: string): Promise<void> {
    this.busy.set(true);
    this.message.set(null);
    try {
      const draft = await firstValueFrom(this.api.createDraft(rubricId, fromVersion));
      await this.router.navigate(this.api.draftLink(draft));
    } catch (error) {
      this.message.set({ kind: 'error', text: this.translateError(error) });
    } finally {
      this.busy.set(false);
    }
  }

  protected async retire(rubric: LibraryRubricView, row: LibraryVersionRow): Promise<void> {
    const params = { rubric: rubric.title, version: row.version };
    const confirmed = await this.confirmService.confirm({
      title: this.transloco.translate('rubrics.library.retireDialog.title', params),
      message: this.transloco.translate('rubrics.library.retireDialog.message', params),
      confirmLabel: this.transloco.translate('rubrics.library.retireDialog.confirm'),
      cancelLabel: this.transloco.translate('common.cancel'),
    });
    if (!confirmed) {
      return;
    }
    this.busy.set(true);
    this.message.set(null);
    try {
      await firstValueFrom(this.api.retire(rubric.id, row.version));
      this.library.reload();
      this.revision.update((value) => value + 1);
      const text = this.transloco.translate('rubrics.library.retired', params);
      this.message.set({ kind: 'success', text });
    } catch (error) {
      this.message.set({ kind: 'error', text: this.translateError(error) });
    } finally {
      this.busy.set(false);
    }
  }

  protected async copyHash(hash: string, version: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(hash);
      const text = this.transloco.translate('rubrics.library.hashCopied', { version });
      this.message.set({ kind: 'success', text });
    } catch {
      this.message.set({
        kind: 'error',
        text: this.transloco.translate('rubrics.library.hashNotCopied'),
      });
    }
  }

  private translateError(error: unknown): string {
    return toUserMessage(error, (key) => this.transloco.translate(key));
  }
}
