import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';
import { ScorePipe } from '../../../shared/ui/charts/score.pipe';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { DomainSection } from '../round-view';

/** Scored criteria and readiness per domain. */
@Component({
  selector: 'lk-domain-progress',
  imports: [TranslocoPipe, ScorePipe],
  template: `
    <ul class="domain-progress">
      @for (domain of domains(); track domain.code) {
        <li class="stat domain-progress__item">
          <span class="domain-progress__title">
            <span class="domain-progress__code">{{ domain.code }}</span>
            <span [attr.lang]="contentLang">{{ domain.title }}</span>
          </span>
          <progress
            [value]="domain.answered"
            [max]="domain.total || 1"
            [attr.aria-label]="'rounds.progress.domainLabel' | transloco: { domain: domain.title }"
          ></progress>
          <span class="domain-progress__figures">
            {{
              'rounds.progress.answered'
                | transloco: { answered: domain.answered, total: domain.total }
            }}
          </span>
          <span class="domain-progress__figures">
            @if (domain.score === null) {
              {{ 'rounds.progress.readinessNone' | transloco }}
            } @else {
              {{
                'rounds.progress.readiness'
                  | transloco: { score: (domain.score | lkScore: language.active()) }
              }}
            }
          </span>
        </li>
      }
    </ul>
  `,
  styles: `
    .domain-progress {
      display: grid;
      gap: 1rem;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .domain-progress__item {
      display: grid;
      grid-template-rows: 1fr auto auto auto;
      gap: 0.35rem;
    }
    .domain-progress__title {
      font-weight: 700;
    }
    .domain-progress__code {
      display: block;
      color: #0f5a54;
      font-size: 0.85rem;
      letter-spacing: 0.04em;
    }
    progress {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DomainProgressComponent {
  protected readonly language = inject(LanguageService);
  readonly domains = input.required<DomainSection[]>();
  protected readonly contentLang = RUBRIC_CONTENT_LANG;
}
