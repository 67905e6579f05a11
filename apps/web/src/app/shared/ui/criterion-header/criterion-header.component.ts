import type { Criterion, RubricDomain } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The page header of a criterion: its domain as eyebrow, code and title as the h1, and a list of
 * badges. The required badge is built in; pages project their own extra `<li class="badge">`s.
 */
@Component({
  selector: 'lk-criterion-header',
  imports: [TranslocoPipe],
  template: `
    <header class="page-header">
      <p class="eyebrow">
        {{ domain().code }} · <span [attr.lang]="contentLang()">{{ domain().title }}</span>
      </p>
      <h1>
        <span class="criterion-code">{{ criterion().code }}</span>
        <span [attr.lang]="contentLang()">{{ criterion().title }}</span>
      </h1>
      <ul class="criterion-badges">
        @if (criterion().required) {
          <li class="badge badge--required">{{ 'rubrics.criterion.requiredBadge' | transloco }}</li>
        }
        <ng-content />
      </ul>
    </header>
  `,
  styles: `
    @use 'tokens' as *;

    :host {
      display: block;
    }

    .criterion-code {
      display: block;
      color: $color-teal-ink;
      font-size: 1rem;
      letter-spacing: 0.04em;
    }

    .criterion-badges {
      display: flex;
      flex-wrap: wrap;
      gap: $space-2;
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CriterionHeaderComponent {
  readonly domain = input.required<Pick<RubricDomain, 'code' | 'title'>>();
  readonly criterion = input.required<Pick<Criterion, 'code' | 'title' | 'required'>>();
  /** The language the rubric's own wording is written in, marked on its texts (WCAG 3.1.2). */
  readonly contentLang = input.required<string>();
}
