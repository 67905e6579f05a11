import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { ApiError, toUserMessage } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import {
  ImportViolation,
  RubricLibraryApiService,
} from '../data-access/rubric-library-api.service';

const ACCEPT = '.yaml,.yml,.xlsx';

/** The violations of a refused import, when the API sent them. */
function violationsOf(error: unknown): ImportViolation[] {
  const violations = error instanceof ApiError ? error.problem?.['violations'] : undefined;
  return Array.isArray(violations) ? (violations as ImportViolation[]) : [];
}

/** Importing a rubric version from YAML or an Excel workbook; a valid file becomes a draft. */
@Component({
  selector: 'lk-rubric-import-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent],
  templateUrl: './rubric-import-page.component.html',
  styleUrl: './rubric-import-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RubricImportPageComponent {
  private readonly api = inject(RubricLibraryApiService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly accept = ACCEPT;
  protected readonly templateUrl = this.api.templateUrl;

  protected readonly file = signal<File | null>(null);
  protected readonly fileMissing = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly violations = signal<ImportViolation[]>([]);
  /** Each rule explained in the interface language; the API's own detail stays beside it. */
  protected readonly rows = computed(() => {
    this.language.active();
    return this.violations().map((violation) => ({
      ...violation,
      explanation: this.explain(violation.rule),
    }));
  });

  protected pickFile(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.item(0) ?? null);
    this.fileMissing.set(false);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const file = this.file();
    if (!file) {
      this.fileMissing.set(true);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.violations.set([]);
    try {
      const draft = await firstValueFrom(this.api.importFile(file));
      await this.router.navigate(this.api.draftLink(draft));
    } catch (error) {
      const violations = violationsOf(error);
      this.violations.set(violations);
      this.error.set(
        violations.length > 0
          ? this.transloco.translate('rubrics.import.refused', { count: violations.length })
          : toUserMessage(error, (key) => this.transloco.translate(key)),
      );
    } finally {
      this.busy.set(false);
    }
  }

  /** A rule this page has no words for is shown by its code. */
  private explain(rule: string): string | null {
    const key = `rubrics.import.rules.${rule}`;
    const text = this.transloco.translate(key);
    return text === key ? null : text;
  }
}
