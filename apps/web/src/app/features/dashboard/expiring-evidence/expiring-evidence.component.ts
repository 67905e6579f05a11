import type { ExpiringEvidence } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';
import { LocalDatePipe } from '../../../shared/ui/local-date/local-date.pipe';

/** Evidence valid today that will have expired by the target date, soonest first. */
@Component({
  selector: 'lk-expiring-evidence',
  imports: [TranslocoPipe, LocalDatePipe],
  template: `
    @let lang = language.active();
    <section class="card" aria-labelledby="expiring-title">
      <h2 id="expiring-title" class="card__title" tabindex="-1">
        {{ 'dashboard.expiring.title' | transloco }}
      </h2>
      @if (evidence().length === 0) {
        <p class="muted">
          {{ 'dashboard.expiring.none' | transloco: { date: (targetDate() | lkDate: lang) } }}
        </p>
      } @else {
        <p class="muted">
          {{ 'dashboard.expiring.intro' | transloco: { date: (targetDate() | lkDate: lang) } }}
        </p>
        <div class="table-scroll" tabindex="0" role="group" aria-labelledby="expiring-title">
          <table class="table">
            <caption class="visually-hidden">
              {{
                'dashboard.expiring.title' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'dashboard.expiring.evidence' | transloco }}</th>
                <th scope="col">{{ 'dashboard.expiring.validUntil' | transloco }}</th>
                <th scope="col">{{ 'dashboard.expiring.criteria' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (item of evidence(); track item.evidenceId) {
                <tr>
                  <th scope="row">
                    {{ item.title }}
                    <span class="muted">({{ kindLabels().get(item.kind) ?? item.kind }})</span>
                  </th>
                  <td>{{ item.validUntil | lkDate: lang }}</td>
                  <td>{{ item.criterionCodes.join(', ') }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  styles: `
    h2:focus {
      outline: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExpiringEvidenceComponent {
  protected readonly language = inject(LanguageService);

  readonly targetDate = input.required<string>();
  readonly evidence = input.required<ExpiringEvidence[]>();
  /** Evidence kinds by key, in the UI language; an unknown key shows as is. */
  readonly kindLabels = input<ReadonlyMap<string, string>>(new Map());
}
