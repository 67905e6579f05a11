import { ReviewFinding } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { DomainSection } from '../../assessment-rounds/round-view';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { JudgementLabelComponent } from '../judgement-label/judgement-label.component';

/** The criteria of the round, per domain, each with the reviewer's judgement so far. */
@Component({
  selector: 'lk-review-criteria-nav',
  imports: [RouterLink, TranslocoPipe, JudgementLabelComponent],
  templateUrl: './review-criteria-nav.component.html',
  styleUrl: './review-criteria-nav.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewCriteriaNavComponent {
  readonly domains = input.required<DomainSection[]>();
  readonly findings = input.required<ReadonlyMap<string, ReviewFinding>>();
  readonly selected = input<string | null>(null);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;
}
