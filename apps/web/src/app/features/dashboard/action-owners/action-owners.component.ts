import type { ActionSummary } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** Open and overdue improvement actions per owner. */
@Component({
  selector: 'lk-action-owners',
  imports: [RouterLink, TranslocoPipe],
  template: `
    @let summary = actions();
    <section class="card" aria-labelledby="action-owners-title">
      <h2 id="action-owners-title" class="card__title">
        {{ 'dashboard.actions.title' | transloco }}
      </h2>
      <p class="muted">
        {{
          'dashboard.actions.summary'
            | transloco: { open: summary.open, overdue: summary.overdue, done: summary.done }
        }}
      </p>
      @if (summary.byOwner.length > 0) {
        <div class="table-scroll" tabindex="0" role="group" aria-labelledby="action-owners-title">
          <table class="table">
            <caption class="visually-hidden">
              {{
                'dashboard.actions.caption' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'dashboard.actions.owner' | transloco }}</th>
                <th scope="col">{{ 'dashboard.actions.open' | transloco }}</th>
                <th scope="col">{{ 'dashboard.actions.overdue' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of summary.byOwner; track row.owner?.memberId ?? '') {
                <tr>
                  <th scope="row">
                    {{ row.owner?.displayName ?? ('dashboard.actions.noOwner' | transloco) }}
                  </th>
                  <td>{{ row.open }}</td>
                  <td>
                    @if (row.overdue > 0) {
                      <span class="badge badge--danger">
                        <span aria-hidden="true">! </span>{{ row.overdue }}
                      </span>
                    } @else {
                      0
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      <p>
        <a routerLink="/actions">{{ 'dashboard.actions.link' | transloco }}</a>
      </p>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionOwnersComponent {
  readonly actions = input.required<ActionSummary>();
}
