import { RubricStatus } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';
import { SessionStore } from '../../../core/session/session.store';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';

/**
 * Which version of the rubric the page shows, and a way to what changed since the previous one
 * (comparing needs a session, as the API asks for one).
 */
@Component({
  selector: 'lk-rubric-version-info',
  imports: [RouterLink, TranslocoPipe, LocalDatePipe],
  template: `
    <p class="version-info">
      <span class="version-info__label">{{
        'rubrics.versionInfo.reading' | transloco: { version: version() }
      }}</span>
      <span
        class="badge"
        [class.badge--published]="status() === 'published'"
        [class.badge--warning]="status() === 'retired'"
        >{{ 'rubrics.versionInfo.status.' + status() | transloco }}</span
      >
      <span class="muted">{{
        'rubrics.versionInfo.effective'
          | transloco: { date: (effectiveDate() | lkDate: language.active()) }
      }}</span>
      @if (compareQuery(); as query) {
        <a [routerLink]="['/rubrics', rubricId(), 'compare']" [queryParams]="query">{{
          'rubrics.versionInfo.compareWithPrevious' | transloco: { version: query.from }
        }}</a>
      }
    </p>
  `,
  styles: `
    .version-info {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      margin: 0 0 1rem;
    }
    .version-info__label {
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RubricVersionInfoComponent {
  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  readonly rubricId = input.required<string>();
  readonly version = input.required<string>();
  readonly status = input.required<RubricStatus>();
  readonly effectiveDate = input.required<string>();
  readonly previousVersion = input<string | undefined>();

  protected readonly compareQuery = computed(() => {
    const previous = this.previousVersion();
    return previous && this.session.isSignedIn() ? { from: previous, to: this.version() } : null;
  });
}
