import type { AuditBlocker } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { StatusLabelComponent } from '../status-label/status-label.component';

/** What keeps the round from the label on its target date, heaviest first, as the API orders it. */
@Component({
  selector: 'lk-audit-blockers',
  imports: [RouterLink, TranslocoPipe, LocalDatePipe, StatusLabelComponent],
  templateUrl: './audit-blockers.component.html',
  styleUrl: './audit-blockers.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditBlockersComponent {
  protected readonly language = inject(LanguageService);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;

  readonly roundId = input.required<string>();
  readonly targetDate = input.required<string>();
  readonly blockers = input.required<AuditBlocker[]>();

  /**
   * The heaviest first; the rest one click away, so the charts stay within reach on screen. They
   * stay in the page, hidden, so print always lists every blocker.
   */
  protected readonly limit = 8;
  protected readonly expanded = signal(false);

  protected toggle(): void {
    this.expanded.update((expanded) => !expanded);
  }
}
